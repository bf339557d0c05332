"""Durations in months and years compared in one unit (issue #16, review s43-rv finding 5, round
s43-z3). Before: "jailed for 42 months" and "jailed for three and a half years" were "not
compared" ("month" and "year" read as different counts), so "42 months" against "four years" was
never a disagreement; a duration no measure names was a row per unit word. Each test: the
reviewer's input first, then two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("Price was jailed for 42 months.", "Price was jailed for three and a half years.", "agree"),
        ("Price was jailed for 42 months.", "Price was jailed for four years.", "disagree"),
        ("Dean was sentenced to 30 months in prison.", "Dean was jailed for two and a half years.", "agree"),
        ("Dean was sentenced to 18 months in prison.", "Dean was jailed for two years.", "disagree"),
    ],
)
def test_a_sentence_in_months_is_compared_with_one_in_years(a: str, b: str, status: str) -> None:
    (row,) = [f for f in sheet(a, b) if f.label.startswith("prison sentence")]
    assert {v.doc for v in row.values} == {"a", "b"}
    assert row.status == status


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The repairs to the bridge will take 18 months, the council said.",
            "The repairs to the bridge will take two years, the council said.",
        ),
        ("Dean was banned from driving for 18 months.", "Dean was banned from driving for two years."),
    ],
)
def test_one_things_duration_in_months_and_in_years_is_one_row(a: str, b: str) -> None:
    rows = [f for f in sheet(a, b) if any(v.kind == "duration" for v in f.values)]
    assert len(rows) == 1  # was a row per unit word, "months …" and "years …"
    assert rows[0].status == "disagree"


def test_a_month_is_never_compared_with_days() -> None:
    # a month's days vary: "30 days" and "a month" stay in their own units (no conflict either way)
    rows = sheet("Dean was jailed for 31 days.", "Dean was jailed for one month.")
    assert all(f.status != "disagree" for f in rows)
