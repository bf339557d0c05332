"""A dateline whose place (with or without a region after a comma) is followed by a whole date set
off by dashes, ``CITY – 14 July 2026 – text`` and ``CITY, Region — 14 July 2026 — text`` (t13aa
K1: only ``CITY (Region) — date —``, t13y G16, was dated; "LINDMARK — 14 juillet 2026 —",
"LINDMARK – 14. Juli 2026 –", "LINDMARK, Vestria — 14 July 2026 —" were left undated). The date
must carry its year and a dash must follow it: a place, an optional region, a dash, a date with its
year, a dash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.dates import find_dates
from waic_reader.tui.cli.main import main

BODY = "Nine people were killed when the Corvenna Bridge collapsed."


@pytest.mark.parametrize(
    ("line", "place", "region", "date"),
    [
        # the reported forms (t13aa K1)
        (f"LINDMARK — 14 July 2026 — {BODY}", "LINDMARK", None, "14 July 2026"),
        (f"LINDMARK – 14. Juli 2026 – {BODY}", "LINDMARK", None, "14. Juli 2026"),
        (f"LINDMARK - 14 July 2026 - {BODY}", "LINDMARK", None, "14 July 2026"),
        (f"LINDMARK — July 14, 2026 — {BODY}", "LINDMARK", None, "July 14, 2026"),
        (f"LINDMARK, Vestria — 14 July 2026 — {BODY}", "LINDMARK", "Vestria", "14 July 2026"),
        (f"LINDMARK — 14 juillet 2026 — {BODY}", "LINDMARK", None, "14 juillet 2026"),
        (f"LINDMARK — 14 de julio de 2026 — {BODY}", "LINDMARK", None, "14 de julio de 2026"),
        # variants: other places of several words, regions of several words, other languages
        (
            "SANTA ELENA, Ostrand – 9 de marzo de 2026 – Siete mineros quedaron atrapados.",
            "SANTA ELENA",
            "Ostrand",
            "9 de marzo de 2026",
        ),
        ("HAVELDAM — 3 maart 2025 — Een dijk is doorgebroken.", "HAVELDAM", None, "3 maart 2025"),
        (
            "PORT KELLBY, New Ostrand - Sept. 2, 2025 - The dam above the town broke.",
            "PORT KELLBY",
            "New Ostrand",
            "Sept. 2, 2025",
        ),
        ("TREVANO – 9 marzo 2026 – Sette persone sono morte.", "TREVANO", None, "9 marzo 2026"),
    ],
)
def test_place_before_a_dashed_date(line: str, place: str, region: str | None, date: str) -> None:
    d = dateline.match(line)
    assert d is not None

    def part(span: tuple[int, int] | None) -> str | None:
        return None if span is None else line[span[0] : span[1]]

    assert (part(d.place), part(d.region), part(d.date), part(d.agency)) == (place, region, date, None)
    assert d.prose and d.spaced
    # the text after the dateline is the prose, the date's closing dash its separator
    assert line[d.end :].strip()[0].isupper() and line[d.end - 1] in "-–—"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        (f"LINDMARK — 14 July 2026 — {BODY}", "2026-07-14"),
        (f"LINDMARK – 14. Juli 2026 – {BODY}", "2026-07-14"),
        (f"LINDMARK — 14 de julio de 2026 — {BODY}", "2026-07-14"),
        ("HAVELDAM — 3 maart 2025 — Een dijk is doorgebroken.", "2025-03-03"),
        ("PORT KELLBY, New Ostrand - Sept. 2, 2025 - The dam above the town broke.", "2025-09-02"),
    ],
)
def test_the_dashed_date_dates_the_text(line: str, iso: str) -> None:
    assert [f.iso for f in find_dates(line) if f.kind == "dateline"] == [iso]


@pytest.mark.parametrize(
    "line",
    [
        # no closing dash: a sentence, not a dateline's date
        "LINDMARK — 14 July 2026 was the day the bridge fell.",
        # no year: not a whole date
        "LINDMARK — 14 July — Nine people were killed.",
        # an agency's dateline without a date and a comma's date: as before
        "WASHINGTON (AP) — The storm closed the port",
    ],
)
def test_no_dashed_date_without_its_year_and_closing_dash(line: str) -> None:
    d = dateline.match(line)
    assert d is None or d.date is None


ARTICLES = {
    "en.txt": f"Bridge falls\n\nLINDMARK — 14 July 2026 — {BODY}\n",
    "de.txt": "Brücke eingestürzt\n\nLINDMARK – 14. Juli 2026 – Neun Menschen starben beim Einsturz der Brücke.\n",
    "fr.txt": "Le pont s'effondre\n\nLINDMARK — 14 juillet 2026 — Neuf personnes sont mortes.\n",
    "region.txt": f"Bridge falls\n\nLINDMARK, Vestria — 14 July 2026 — {BODY}\n",
    "us.txt": "Dam breaks\n\nPORT KELLBY - March 9, 2026 - The dam above the town broke overnight, officials said.\n",
    "es.txt": "Mina\n\nSANTA ELENA, Ostrand – 9 de marzo de 2026 – Siete mineros quedaron atrapados en la mina.\n",
}
DATES = {
    "en": "2026-07-14",
    "de": "2026-07-14",
    "fr": "2026-07-14",
    "region": "2026-07-14",
    "us": "2026-03-09",
    "es": "2026-03-09",
}


def test_the_articles_are_dated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    capsys.readouterr()
    assert main([*base, "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    assert {doc: rows[doc]["date"] for doc in DATES} == DATES
    assert all(rows[doc]["outlet"] is None for doc in DATES)
