"""``facts --json``: a round count of years back ("40 years ago", "fifty years ago") beside an exact
year of the same earlier event (issue #16, s39-x1 item 2).

"The last landslide to hit the town was 40 years ago" in a 2026 article (1986) against "The previous
landslide struck the town in 1985" was a disagreement: a whole number of decades is as round as "four
decades ago", whose year has the span's margin (a tenth, at least two years). An exact count ("39
years ago") keeps no margin, and a year outside the margin still disagrees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _art(outlet: str, body: str, date: str = "March 3, 2026") -> str:
    return f"Story\n\nPORTMERE, {date} ({outlet}) - {body}\n"


def _row(facts: list[dict[str, Any]], label: str) -> dict[str, Any]:
    [row] = [f for f in facts if f["label"] == label]
    return row


CASES = {
    # the brief's input: 40 years before 2026 is 1986, against 1985
    "landslide-40": (
        "A landslide hit Portmere. The last landslide to hit the town was 40 years ago.",
        "A landslide hit Portmere. The previous landslide struck the town in 1985.",
        "year of the previous landslide",
    ),
    # variants: a volcano's "fifty years ago" (1976) against 1973; a bridge opened "30 years ago" (1996)
    "eruption-fifty": (
        "Mount Keld erupted on Monday. The volcano last erupted fifty years ago.",
        "Mount Keld erupted on Monday. The volcano last erupted in 1973.",
        "year of eruption",
    ),
    "opening-30": (
        "The Keld bridge collapsed on Monday. The bridge opened 30 years ago.",
        "The Keld bridge collapsed on Monday. The bridge opened in 1994.",
        "year of opening",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_round_count_of_years_meets_the_exact_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    a, b, label = CASES[case]
    row = _row(_facts(tmp_path, capsys, {"a.txt": _art("Nordwire", a), "b.txt": _art("Eastpress", b)}), label)
    assert row["status"] == "agree", row
    assert len(row["values"]) == 2


def test_an_exact_count_of_years_keeps_no_margin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": _art("Nordwire", "The Keld bridge collapsed on Monday. The bridge opened 39 years ago."),
        "b.txt": _art("Eastpress", "The Keld bridge collapsed on Monday. The bridge opened in 1983."),
    }
    assert _row(_facts(tmp_path, capsys, files), "year of opening")["status"] == "disagree"


def test_a_year_past_the_round_margin_disagrees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 40 years before 2026 is 1986 ± 4: 1975 is another year
    files = {
        "a.txt": _art("Nordwire", "A landslide hit Portmere. The last landslide to hit the town was 40 years ago."),
        "b.txt": _art("Eastpress", "A landslide hit Portmere. The previous landslide struck the town in 1975."),
    }
    assert _row(_facts(tmp_path, capsys, files), "year of the previous landslide")["status"] == "disagree"
