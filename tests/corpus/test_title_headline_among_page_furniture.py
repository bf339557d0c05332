"""Saved pages titled by their lead paragraph, standfirst or advert instead of the headline
(acceptance t13ad N20, N5; issue #14: "derive the title from the headline"; "The title is never
taken from a block judged noise").

- A menu ("Menu", "Search") and the outlet's name over the headline, and a stamp and a "Listen to
  this article" line under it: the headline is the title, the name the outlet.
- A kicker ("BREAKING") over the headline and a photo credit under it: the headline is the title,
  and the kicker is no article text.
- A breadcrumb over the headline and a standfirst and a byline under it: the headline (not the
  standfirst) is the title; the breadcrumb is no title block.
- An old table layout's advert cell ("ADVERTISEMENT" over its lines) beside the headline in bold
  type: the headline is the title, never the advert's marker.

Invented pages: the reported layouts and variants (other outlets, wordings, another language).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.reader import Article, Corpus

_LEAD = (
    "A Nordair jet carrying 184 passengers made an emergency landing at Stavenholm on Tuesday after one of "
    "its engines caught fire, officials said.\n"
    "Fourteen people were injured during the evacuation, the regional health service said.\n"
)
_BRIDGE = (
    "The county closed the old river bridge at Brekka on Wednesday after engineers found cracks in two of "
    "its piers during a routine inspection.\n"
    "Drivers were told to use the ferry road, which adds about twenty minutes to the trip into town.\n"
)
_PONT = (
    "Le département a fermé mercredi le vieux pont de Brekka après que des ingénieurs ont découvert des "
    "fissures dans deux de ses piliers lors d'une inspection.\n"
    "Les automobilistes doivent emprunter la route du bac, ce qui rallonge le trajet d'une vingtaine de minutes.\n"
)


def _article(tmp_path: Path, text: str, name: str = "page.txt") -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return Corpus.scan(tmp_path).article(Path(name).stem)


@pytest.mark.parametrize(
    ("head", "headline", "outlet", "under", "body"),
    [
        (  # the reported page
            "Menu\nSearch\n",
            "Nordair jet lands safely after engine fire",
            "Nordic Evening Post",
            "Updated 12:30 GMT, 3 March 2026\nListen to this article · 3 min\n",
            _LEAD,
        ),
        (  # another outlet, another stamp and listening line
            "Menu\nSign in\n",
            "Old river bridge closed after cracks found",
            "Valley Herald",
            "Published 09:15 CET, 14 January 2026\nListen to this story · 4 min\n",
            _BRIDGE,
        ),
        (  # the listening line alone under the headline
            "Menu\nSearch\n",
            "Old river bridge closed after cracks found",
            "The Halvik Times",
            "Listen to this article · 2 min\n",
            _BRIDGE,
        ),
    ],
    ids=["reported", "other-outlet", "listen-alone"],
)
def test_the_headline_under_a_menu_over_a_stamp_and_listen_line_is_the_title(
    tmp_path: Path, head: str, headline: str, outlet: str, under: str, body: str
) -> None:
    article = _article(tmp_path, f"{head}{outlet}\n{headline}\n{under}{body}")
    assert article.title == headline
    assert article.outlet == outlet


def test_the_reported_whole_page_is_titled_by_its_headline(tmp_path: Path) -> None:
    page = (
        "Menu\nSearch\nNordic Evening Post\nNordair jet lands safely after engine fire\n"
        "Updated 12:30 GMT, 3 March 2026\nListen to this article · 3 min\n"
        "A Nordair jet carrying 184 passengers made an emergency landing at Stavenholm on Tuesday after one of "
        "its engines caught fire, officials said.\nAdvertisement\n"
        "Fourteen people were injured during the evacuation, the regional health service said. Three of them "
        "remain in hospital.\nRead more: Nordair's troubled year in five charts\n"
        '"We heard a bang and then saw the flames," passenger Erik Dahl told the Post. He said the crew had been '
        '"incredibly calm".\nPassengers wait on the tarmac at Stavenholm airport. (Photo: Kari Lunde/NEP)\n'
        "The Civil Aviation Authority said it had opened an investigation.\nFollow our live coverage here.\n"
        "This article was amended on 3 March 2026 to correct the number of passengers.\n"
        "Topics\nAviation\nNordair\nStavenholm\nMost viewed\nFerry strike ends after three days\n"
        "Snow closes mountain pass\n"
    )
    article = _article(tmp_path, page)
    assert article.title == "Nordair jet lands safely after engine fire"
    assert article.outlet == "Nordic Evening Post"


@pytest.mark.parametrize(
    ("kicker", "headline", "credit", "body"),
    [
        ("BREAKING", "Nordair jet lands safely after engine fire", "Photo: Per Holm/NEP", _LEAD),  # reported
        ("EXCLUSIVE", "Old river bridge closed after cracks found", "Photograph: Lise Berg/Valley Herald", _BRIDGE),
        ("BREAKING NEWS", "Le vieux pont de Brekka fermé après une inspection", "Photo : Claire Dubois/AFP", _PONT),
    ],
    ids=["reported", "other-kicker", "french"],
)
def test_the_headline_under_a_kicker_over_a_photo_credit_is_the_title(
    tmp_path: Path, kicker: str, headline: str, credit: str, body: str
) -> None:
    article = _article(tmp_path, f"{kicker}\n{headline}\n{credit}\n{body}")
    assert article.title == headline
    labels = classify_article(article.blocks, article.discarded)
    got = {b.text.strip(): lab for b, lab in zip(article.blocks, labels)}
    assert got[kicker] is not None  # a kicker, no article text
    assert got[headline] is None


@pytest.mark.parametrize(
    ("crumb", "headline", "standfirst", "byline", "body"),
    [
        (  # the reported page
            "Home > News > Aviation",
            "Nordair jet lands safely after engine fire",
            "Passengers describe panic as cabin fills with smoke",
            "3 March 2026 | By Kari Lunde",
            _LEAD,
        ),
        (  # other separators, outlet and byline order
            "News › Local › Transport",
            "Old river bridge closed after cracks found",
            "Drivers face long detours as engineers assess the damage",
            "By Tom Hale | 14 January 2026",
            _BRIDGE,
        ),
        (  # French
            "Accueil » Actualités » Transports",
            "Le vieux pont de Brekka fermé après une inspection",
            "Les automobilistes devront faire un détour pendant des mois",
            "14 janvier 2026 | Par Claire Dubois",
            _PONT,
        ),
    ],
    ids=["reported", "other-separators", "french"],
)
def test_the_headline_under_a_breadcrumb_over_a_standfirst_is_the_title(
    tmp_path: Path, crumb: str, headline: str, standfirst: str, byline: str, body: str
) -> None:
    article = _article(tmp_path, f"{crumb}\n{headline}\n{standfirst}\n{byline}\n{body}")
    assert article.title == headline
    kinds = {b.text.strip(): b.kind for b in article.blocks}
    assert kinds[crumb] != "title"
    assert kinds[headline] == "title"


_TABLE = """<html><head><title>{site} - {short}</title></head>
<body bgcolor="#ffffff">
<table width="760" border="0"><tr><td colspan="2"><font size="5" face="Arial"><b>{site}</b></font><br>
<font size="1"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/archive">Archive</a></font></td></tr>
<tr><td width="160" valign="top"><font size="1">{marker}<br>{advert}<br>Book now</font></td>
<td valign="top"><font face="Times"><b>{headline}</b><br>
<i>{date}</i><br><br>
{body}
</font></td></tr>
<tr><td colspan="2"><font size="1">Copyright 2026 {site}. All rights reserved.</font></td></tr>
</table></body></html>
"""
_COURIER_BODY = (
    "Passengers on a Nordair jet described scenes of panic on Tuesday after an engine fire forced the plane "
    "to land at Stavenholm. The airline said 182 people were on board.<br><br>\n"
    '"It was the longest twenty minutes of my life," said Erik Dahl, a retired engineer aged 62.<br><br>\n'
    "Nordair's chief executive, Rolf Agdestein, said the airline would pay passengers 600 euros each.<br><br>\n"
)
_HERALD_BODY = (
    "The county closed the old river bridge at Brekka on Wednesday after engineers found cracks in two of its "
    "piers during a routine inspection.<br><br>\n"
    "Drivers were told to use the ferry road, which adds about twenty minutes to the trip into town.<br><br>\n"
    '"We cannot take any risk with a bridge this old," the county engineer, Siri Holt, told the Herald.<br><br>\n'
)


@pytest.mark.parametrize(
    ("site", "short", "marker", "advert", "headline", "date", "body"),
    [
        (  # the reported page
            "Northern Courier",
            "Jet fire drama",
            "ADVERTISEMENT",
            "Cheap flights to Porto Marena!",
            "Jet fire drama over Stavenholm",
            "March 3, 2026",
            _COURIER_BODY,
        ),
        (
            "Valley Herald",
            "Bridge closed",
            "Advertisement",
            "Winter tyres at half price!",
            "Old river bridge closed after inspection",
            "14 January 2026",
            _HERALD_BODY,
        ),
        (
            "Valley Herald",
            "Bridge closed",
            "SPONSORED",
            "Winter tyres at half price!",
            "Old river bridge closed after inspection",
            "14 January 2026",
            _HERALD_BODY,
        ),
    ],
    ids=["reported", "other-outlet", "sponsored"],
)
def test_an_advert_cells_marker_never_titles_a_table_page(
    tmp_path: Path, site: str, short: str, marker: str, advert: str, headline: str, date: str, body: str
) -> None:
    page = _TABLE.format(site=site, short=short, marker=marker, advert=advert, headline=headline, date=date, body=body)
    article = _article(tmp_path, page, "oldpaper.html")
    assert article.title == headline
