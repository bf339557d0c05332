"""An old table layout whose <title> and logo cell write the outlet's name alone ("Castelmarro
Courier" in a big bold cell over its menu, then an advert cell, then the article's cell with its
headline in bold): the page is titled by the headline, the logo line is navigation naming the
outlet (t13ae P18; issue #14: "a line that names the outlet is never the title when a
headline-shaped line follows"; round s37-x4 fixed the advert cell's marker, the <title> then
naming more than the outlet). The reported page and variants: another outlet and menu, another
language."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.reader import Corpus

_PAGE = """<html><head><title>{site}</title></head>
<body bgcolor="#ffffff">
<table width="100%"><tr><td colspan="2"><font size="5"><b>{site}</b></font>{menu}</td></tr>
<tr><td width="150" valign="top"><font size="1">{marker}<br>{advert}<br>Call now</font></td>
<td valign="top"><b>{headline}</b><br><i>{date}</i><br><br>
{body}
</td></tr></table>
</body></html>
"""
_MUD = (
    "Eleven people died when a wall of mud hit Brenzola, 15 kilometres north of our city, and<br>\n"
    "fourteen people were hurt.<br><br>\n"
    "The mud moved at around 60 kilometres per hour, a geologist said. Rescuers have worked for 30 hours.<br><br>\n"
    "Regional president Marta Colle says the region spent €3 million on the slope since 2019.<br><br>\n"
)
_BRIDGE = (
    "The county closed the old river bridge at Brekka on Wednesday after engineers found cracks in two of its "
    "piers during a routine inspection.<br><br>\n"
    "Drivers were told to use the ferry road, which adds about twenty minutes to the trip into town.<br><br>\n"
)
_BRUECKE = (
    "Der Landkreis hat am Mittwoch die alte Flussbrücke bei Brekka gesperrt, nachdem Ingenieure bei einer "
    "Routineprüfung Risse in zwei Pfeilern gefunden hatten.<br><br>\n"
    "Autofahrer sollen die Fährstraße nehmen, die die Fahrt in die Stadt um etwa zwanzig Minuten verlängert.<br><br>\n"
)
_MENU = '<br><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>'


@pytest.mark.parametrize(
    ("site", "menu", "marker", "advert", "headline", "date", "body"),
    [
        (  # the reported page
            "Castelmarro Courier",
            _MENU,
            "SPONSORED",
            "Ski passes half price!",
            "Mountain of mud: Brenzola counts its dead",
            "November 9, 2026",
            _MUD,
        ),
        (  # another outlet, menu and advert
            "Valley Herald",
            '<br><a href="/">Front page</a> | <a href="/local">Local</a> | <a href="/archive">Archive</a>',
            "ADVERTISEMENT",
            "Winter tyres at half price!",
            "Old river bridge closed after inspection",
            "14 January 2026",
            _BRIDGE,
        ),
        (  # German, another menu
            "Brekkaer Zeitung",
            '<br><a href="/">Startseite</a> | <a href="/lokales">Lokales</a> | <a href="/sport">Sport</a>',
            "ANZEIGE",
            "Winterreifen zum halben Preis!",
            "Alte Flussbrücke nach Prüfung gesperrt",
            "14. Januar 2026",
            _BRUECKE,
        ),
    ],
    ids=["reported", "other-outlet", "german"],
)
def test_a_logo_cell_naming_the_outlet_never_titles_a_table_page(
    tmp_path: Path, site: str, menu: str, marker: str, advert: str, headline: str, date: str, body: str
) -> None:
    page = _PAGE.format(site=site, menu=menu, marker=marker, advert=advert, headline=headline, date=date, body=body)
    (tmp_path / "oldpage.html").write_text(page, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("oldpage")
    assert article.title == headline
    assert article.outlet == site
    kinds = {b.text.strip(): b.kind for b in article.blocks}
    assert kinds[headline] == "title"
    assert kinds[site] != "title"
    # the logo over its menu is navigation, no line of the article
    labels = classify_article(article.blocks, article.discarded)
    at = next(i for i, b in enumerate(article.blocks) if b.text.strip() == site)
    assert labels[at] is not None and labels[at][0] == "navigation", labels
