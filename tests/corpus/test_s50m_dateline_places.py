"""Where an article says it was filed (``dateline_place``) is a dateline's place, by one positive
rule (``entities.patterns.names_place``, the entities' own: a place in capitals or an agency named,
a spaced dash, prose after it; or a town and its province as names): never a byline, a label
("Posted:", "Tags:", "BREAKING:", "Dead:"), a headline, a hyphened name in prose or a related
story's link (t13as N9, t13at N3, round s50-m). A real dateline under a byline in capitals is read
and its place's zone then dates a time written without one (README "Dates", rule 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import date_zones
from waic_reader.index.corpus.reader import Article, Corpus

LEAD = "Officials said on Thursday that flights would resume once the ash cloud had cleared the coast."


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13as N9): bylines, a stamp's label, a headline, a ticker, a tags line
        f"Iceland eruption: toll rises to four\n\nBy Callum Ferguson-Ōkubo, BBC News, Reykjavik\n\n{LEAD}\n",
        f"OPINION\nIceland was ready for lava.\nBy Annika Sørensen-Hale | The Northern Globe | November 19, 2026\n\n{LEAD}\n",
        f"Hrafnfell erupts again\nPosted: Nov 18, 2026\n\n{LEAD}\n",
        f"Islande : l'éruption du Hrafnfell paralyse le ciel européen\n\n{LEAD}\n",
        f"BREAKING: Keflavík airport closed\n\nAsh cloud grounds flights\n\n{LEAD}\n",
        f"Vulkanausbruch auf Island: Zwei Tote\n\n{LEAD}\n",
        f"Ash cloud grounds flights\n\n{LEAD}\n\nTags: iceland · eruption · aviation\n",
        # reported (t13at N3): a hyphened name in prose, a person, a related link, a figure's label
        f"Dam holds after the flood\n\nBut Mayor Goñi-Olabarria said the dam held. {LEAD}\n",
        f"Villages count the cost\n\nIsabelle Maréchal-Duarte, a French engineer, said the levee failed. {LEAD}\n",
        f"Flood toll rises\n\n{LEAD}\n\nRelated\nFootball: Real Valladolid sign Uruguayan striker\n",
        f"Flood toll rises\n\nDead: 31. Missing: 56.\n\n{LEAD}\n",
        # variants: other names, labels, languages and layouts
        f"Ferry strike ends\n\nBy Ingrid Vasquez-Lund, Nordic Herald, Bergen\n\n{LEAD}\n",
        f"Ferry strike ends\nUpdated: March 3, 2026\n\n{LEAD}\n",
        f"DEVELOPING: Port of Halvik shut\n\nFerries halted\n\n{LEAD}\n",
        f"Waldbrand in Kalifornien: Tausende fliehen\n\n{LEAD}\n",
        f"Ferry strike ends\n\n{LEAD}\n\nFiled under: ferries · Halvik · strikes\n",
        f"Ferry strike ends\n\nAnd Councillor Ortiz-Ybarra told reporters the port would reopen. {LEAD}\n",
        f"Ferry strike ends\n\n{LEAD}\n\nSport: Halvik United sign new keeper\n",
        f"Ferry strike ends\n\nMissing: 12. Injured: 40.\n\n{LEAD}\n",
    ],
)
def test_no_dateline_names_no_place(tmp_path: Path, text: str) -> None:
    assert date_zones.dateline_of(_article(tmp_path, text).text) == date_zones.NOT_FILED


@pytest.mark.parametrize(
    ("byline", "stamp", "dateline", "place", "iso"),
    [
        # reported (t13as N9): the real dateline under a byline in capitals
        (
            "By MERE TE RANGI-HALVORSEN and OLI BJARNASON",
            "November 19, 2026 07:30",
            "REYKJAVIK -",
            "REYKJAVIK",
            "2026-11-19T07:30+00:00",
        ),
        ("By JUAN PÉREZ-LUNA and ANA GIL", "March 12, 2026 10:30", "MADRID —", "MADRID", "2026-03-12T10:30+01:00"),
        ("By KARI NORDMANN-BERG", "July 2, 2026 09:15", "OSLO –", "OSLO", "2026-07-02T09:15+02:00"),
    ],
)
def test_the_dateline_under_a_capitals_byline_dates_the_time(
    tmp_path: Path, byline: str, stamp: str, dateline: str, place: str, iso: str
) -> None:
    article = _article(tmp_path, f"Eruption toll rises to four\n{byline}\n{stamp}\n\n{dateline} {LEAD}\n")
    assert date_zones.dateline_of(article.text).place == place
    # (as ``list`` reads it: the row's zone-less time in the zone of its dateline's place)
    row = {"doc": "a", "outlet": None, "date": article.date, **date_zones.filed_fields(article.text)}
    date_zones.zone_rows([row])
    assert row["date"] == iso


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("REYKJAVIK, Nov 18 (Reuters) -", "REYKJAVIK"),
        ("МАДРИД, 14 мар —", "МАДРИД"),
        ("PEÑARRUBIA, Spain (AP) —", "PEÑARRUBIA"),
        ("MADRID, 14 March 2026 —", "MADRID"),
        ("Boac, Marinduque —", "Boac"),
        ("Shanghai, July 26, 2025 (Xinhua) --", "Shanghai"),
    ],
)
def test_datelines_still_name_their_place(tmp_path: Path, line: str, place: str) -> None:
    article = _article(tmp_path, f"Flood waters recede\n\nBy Dana Ortiz\n\n{line} {LEAD}\n")
    assert date_zones.dateline_of(article.text).place == place
