"""A dateline whose region in parentheses is followed by a date between dashes, ``CITY (Region) –
9 March 2026 – text`` (t13y G16: "PONTEGRÍS (Calveira) – 9 March 2026 – Seventeen miners are
trapped." made the region "Calveira" the agency, so the outlet and an Organisation, and left the
article undated, while "PONTEGRÍS (Calveira), 9 marzo 2026 -" was read right). A date after the
parentheses says they hold a region, not an agency, whichever dash sets the date off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("line", "place", "region", "date"),
    [
        (
            "PONTEGRÍS (Calveira) – 9 March 2026 – Seventeen miners are trapped.",
            "PONTEGRÍS",
            "Calveira",
            "9 March 2026",
        ),
        ("HALVIK (Valdmark) — 9 March 2026 — A ferry sank in the fjord.", "HALVIK", "Valdmark", "9 March 2026"),
        ("KELLBY (Ostrand) - March 9, 2026 - The dam broke overnight.", "KELLBY", "Ostrand", "March 9, 2026"),
        ("MIRANDE (Gers) – 9. März 2026 – Sieben Menschen starben.", "MIRANDE", "Gers", "9. März 2026"),
    ],
)
def test_region_before_a_dashed_date(line: str, place: str, region: str, date: str) -> None:
    d = dateline.match(line)
    assert d is not None

    def part(span: tuple[int, int] | None) -> str | None:
        return None if span is None else line[span[0] : span[1]]

    assert (part(d.place), part(d.region), part(d.date), part(d.agency)) == (place, region, date, None)
    assert d.prose


@pytest.mark.parametrize(
    "line",
    [
        # an agency's parentheses with no date after them, or a date set off by a comma: as before
        "WASHINGTON (AP) — The storm closed the port",
        "LONDON (Reuters) - The storm closed the port",
        "PARIS (AFP), 9 mars 2026 - Au moins sept personnes",
    ],
)
def test_an_agency_without_a_dashed_date_is_no_region(line: str) -> None:
    d = dateline.match(line)
    assert d is None or d.region is None


ARTICLES = {
    "en.txt": "Mine collapse\n\nPONTEGRÍS (Calveira) – 9 March 2026 – Seventeen miners are trapped.\n",
    "em.txt": "Ferry sinks\n\nHALVIK (Valdmark) — 9 March 2026 — A ferry sank in the fjord on Monday, the coast guard "
    "said.\n",
    "us.txt": "Dam breaks\n\nKELLBY (Ostrand) - March 9, 2026 - The dam above the town broke overnight, officials "
    "said.\n",
    "de.txt": "Dammbruch\n\nMIRANDE (Gers) – 9. März 2026 – Sieben Menschen starben nach dem Dammbruch am Montag.\n",
}


def test_the_articles_are_dated_and_the_region_is_no_outlet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    capsys.readouterr()
    assert main([*base, "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    for doc in ("en", "em", "us", "de"):
        assert rows[doc]["date"] == "2026-03-09", doc
        assert rows[doc]["outlet"] is None, doc
    assert main([*base, "entities", "--json"]) == 0
    types = {(e["name"], e["type"]) for e in json.loads(capsys.readouterr().out)["entities"]}
    for region in ("Calveira", "Valdmark", "Ostrand", "Gers"):
        assert (region, "ORG") not in types, region
