"""An article's metadata as the page and its byline write it (t13au N19, round s51-m): a page's
site name keeps its own spelling ("7NEWS Perth" was title-cased "7News Perth" by the extractor),
an outlet written after the author's name with no comma is no part of the author ("By MARGUERITE
DELACROIX-AMANKWAH Associated Press"), and a dateline's state named by the time zone database
decides its zone ("PERTH, Western Australia": Australia/Perth)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import date_zones
from waic_reader.index.corpus.reader import Corpus

BODY = (
    "A miner who crawled out of the collapsed gold mine has described hearing the rock roar moments "
    "before the tunnel came down, rescuers said on Sunday as crews drilled toward a refuge chamber."
)

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Survivor describes escape as families wait | {site}</title>
<meta property="og:site_name" content="{site}">
</head><body><article><h1>Survivor describes escape as families wait</h1>
<p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>
"""


@pytest.mark.parametrize("site", ["7NEWS Perth", "9NEWS Darwin", "10 NEWS First Adelaide"])
def test_site_name_keeps_the_pages_spelling(tmp_path: Path, site: str) -> None:
    (tmp_path / "a.html").write_text(PAGE.format(site=site, body=BODY), "utf-8")
    assert Corpus.scan(tmp_path).article("a").outlet == site


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By MARGUERITE DELACROIX-AMANKWAH Associated Press", "Marguerite Delacroix-Amankwah"),  # reported
        ("By Anna Lindqvist Reuters", "Anna Lindqvist"),
        ("By JEAN-PAUL OKAFOR Agence France-Presse", "Jean-Paul Okafor"),
        ("By Tomas Berg Halvik Post", "Tomas Berg"),
        ("By Emily Post", "Emily Post"),  # a person's name ending in a paper's word stays whole
    ],
)
def test_outlet_after_the_author_is_no_author(tmp_path: Path, byline: str, author: str) -> None:
    (tmp_path / "a.txt").write_text(f"Five killed in gold mine collapse\n\n{byline}\n\n{BODY}\n", "utf-8")
    assert Corpus.scan(tmp_path).article("a").author == author


@pytest.mark.parametrize(
    ("dateline", "zone"),
    [
        ("PERTH, Western Australia, 15 March 2026 —", "Australia/Perth"),  # reported
        ("KALGOORLIE, Western Australia (AP) —", "Australia/Perth"),
        ("ALICE SPRINGS, Northern Territory —", "Australia/Darwin"),
        ("MACHADINHO, Rondonia (Reuters) -", "America/Porto_Velho"),
        ("PARIS, Texas (AP) —", None),  # a state of two zones names none
    ],
)
def test_state_named_by_the_zone_data_decides(dateline: str, zone: str | None) -> None:
    text = f"Mine collapse update\n\n{dateline} {BODY}\n"
    assert date_zones.dateline_of(text).zone == zone
