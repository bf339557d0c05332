"""A date without a year when two years are equally near (issue 17, acceptance s9:
c2/a36-dateline-lower.txt, "Osaka, March 15 (Kyodo) --", took 1899 because one article says
"Posted: March 15, 1899" while ten are dated 2025-03-15): the year with more known dates near
it wins, then the later year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.date_values import YearResolver, resolve_year
from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("yearless", "others", "year"),
    [
        ("--03-15", ["1899-03-15"] + ["2025-03-15"] * 10, "2025"),  # the reported corpus: the many
        ("--12-20", ["2024-12-20T08:00+00:00"] * 3 + ["2025-12-20"], "2024"),  # the many, older
        ("--01-10", ["2024-01-10", "2025-01-10", "2025-01-12"], "2025"),  # the many, later
        ("--06-01", ["2023-06-01", "2024-06-01"], "2024"),  # as many each: the later year
        ("--06-01", ["2023-06-01", "2023-07-01", "2024-06-01"], "2023"),  # nearby dates count too
    ],
)
def test_a_tie_goes_to_the_year_with_more_dates_near_then_the_later(
    yearless: str, others: list[str], year: str
) -> None:
    assert resolve_year(yearless, others) == f"{year}-{yearless[2:]}"
    assert YearResolver(reversed(others))(yearless) == f"{year}-{yearless[2:]}"  # order does not matter


def test_the_nearest_year_still_wins_over_the_many() -> None:
    # A tie-break only: the one date a day away beats ten a week away.
    assert resolve_year("--03-15", ["2025-03-22"] * 10 + ["2024-03-16"]) == "2024-03-15"


def test_list_gives_the_dateline_the_coverage_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a36.txt").write_text(
        "Lower dateline\n\nOsaka, March 15 (Kyodo) -- Rescuers in Osaka searched the rubble.\n", "utf-8"
    )
    (corpus / "a33.txt").write_text("Far year\n\nPosted: March 15, 1899\n\nOsaka story from 1899.\n", "utf-8")
    for n in range(10):
        (corpus / f"b{n}.txt").write_text(f"Story {n}\n\nPosted: 2025-03-15\n\nOsaka story {n}.\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    assert rows["a36"]["date"] == "2025-03-15" and rows["a33"]["date"] == "1899-03-15"
