"""An old table layout whose logo cell sets the outlet's name in big bold type with NO menu under it,
its ``<title>`` that name alone, a name no outlet rule knows ("Brekkaer Bote": no newspaper's word,
no og:site_name, no copyright line), then an advert cell and the article's cell with its headline in
bold: the page is titled by the headline and the logo names the outlet (t13ae P18, left undone by
round s37-z3; issue #14: "an old table layout's logo cell over its headline in bold type"). The
reported page without its menu, and variants: another outlet, advert and headline in English, the
logo in ``<big>`` type and no advert cell, a German page."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

_PAGE = """<html><head><title>{site}</title></head>
<body bgcolor="#ffffff">
<table width="100%"><tr><td colspan="2">{logo}</td></tr>
<tr>{advert}
<td valign="top"><b>{headline}</b><br><i>{date}</i><br><br>
{body}
</td></tr></table>
</body></html>
"""
_ADVERT = '<td width="150" valign="top"><font size="1">{marker}<br>{offer}<br>Call now</font></td>'
_MUD = (
    "Eleven people died when a wall of mud hit Brenzola, 15 kilometres north of our city, and<br>\n"
    "fourteen people were hurt.<br><br>\n"
    "The mud moved at around 60 kilometres per hour, a geologist said. Rescuers have worked for 30 hours.<br><br>\n"
    "Regional president Marta Colle says the region spent €3 million on the slope since 2019.<br><br>\n"
    "-- Reporting by Gianni Sala\n"
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

CASES = {
    "reported-no-menu": (
        "Brekkaer Bote",
        '<font size="5"><b>Brekkaer Bote</b></font>',
        _ADVERT.format(marker="SPONSORED", offer="Ski passes half price!"),
        "Mountain of mud: Brenzola counts its dead",
        "November 9, 2026",
        _MUD,
    ),
    "other-outlet-advert": (
        "Lindholm Crier",
        '<font size="+2" face="Arial"><b>Lindholm Crier</b></font>',
        _ADVERT.format(marker="ADVERTISEMENT", offer="Winter tyres at half price!"),
        "Old river bridge closed after inspection",
        "14 January 2026",
        _BRIDGE,
    ),
    "big-type-no-advert": (
        "Ostervik Runner",
        "<big><b>Ostervik Runner</b></big>",
        "",
        "Old river bridge closed after inspection",
        "14 January 2026",
        _BRIDGE,
    ),
    "german": (
        "Brekkaer Bote",
        '<font size="6"><b>Brekkaer Bote</b></font>',
        _ADVERT.format(marker="ANZEIGE", offer="Winterreifen zum halben Preis!"),
        "Alte Flussbrücke nach Prüfung gesperrt",
        "14. Januar 2026",
        _BRUECKE,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_logo_cell_alone_names_the_outlet_and_the_bold_headline_titles(tmp_path: Path, case: str) -> None:
    site, logo, advert, headline, date, body = CASES[case]
    page = _PAGE.format(site=site, logo=logo, advert=advert, headline=headline, date=date, body=body)
    (tmp_path / "oldpage.html").write_text(page, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("oldpage")
    assert (article.title, article.outlet) == (headline, site)
    kinds = {b.text.strip(): b.kind for b in article.blocks}
    assert kinds[headline] == "title"
    assert kinds.get(site) != "title"


def test_a_big_headline_in_the_articles_cell_stays_the_title(tmp_path: Path) -> None:
    """A page whose <title> is its headline, set in big bold type in the article's own cell over a
    bold subtitle and the date: a headline shares its cell with its article (a logo's cell holds
    the name alone), so it stays the title and names no outlet."""
    headline = "Storm Hits Varn"
    page = _PAGE.format(
        site=headline,
        logo="&nbsp;",
        advert="",
        headline=f'<font size="5">{headline}</font></b><br><b>Harbour closed for three days',
        date="14 January 2026",
        body=_BRIDGE,
    )
    (tmp_path / "oldpage.html").write_text(page, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("oldpage")
    assert article.title == headline
    assert article.outlet is None
