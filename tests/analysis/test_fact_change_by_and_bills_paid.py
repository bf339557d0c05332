"""A change's amount and a bill paid (issue #16, review s43-rv finding 16, round s44-y2).

"The average Band D bill will rise by £89 to £1,872" was read as the range £89–1,872, which
"agreed" with any bill in between: a rise BY x TO y is a change x and a level y, never a range (a
range of the change keeps its one unit at the end: "by 5 to 10 per cent"). "Band D households
will pay £1,872" was "money pledged (Band D)": what the payer of a bill pays is a cost per payer,
never a pledge. Each test: the reviewer's input first, then two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[tuple[str, float, float | None]]]:
    return {f.label: [(v.doc, float(v.value), v.high) for v in f.values] for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "level", "change", "label"),
    [
        (
            "The average Band D bill will rise by £89 to £1,872.",
            "The average Band D bill will be £1,500.",
            1872.0,
            89.0,
            "average bill",
        ),
        ("The death toll rose by 4 to 16.", "The death toll reached 14.", 16.0, 4.0, "death toll"),
        (
            "The average household bill will go up by about £45 to £950.",
            "The average household bill will be £900.",
            950.0,
            45.0,
            "average bill",
        ),
    ],
)
def test_a_rise_by_x_to_y_is_a_change_and_a_level(a: str, b: str, level: float, change: float, label: str) -> None:
    rows = _rows(a, b)
    # the level is the measure's value and disagrees with the other outlet's; no range holds it
    assert ("a", level, None) in rows[label], rows
    assert rows[label] != [] and all(high is None for _, _, high in rows[label])
    assert [f.status for f in sheet(a, b) if f.label == label] == ["disagree"]
    # the change is a row of its own, never a value of the level
    assert rows[f"change in {label}"] == [("a", change, None)], rows


def test_two_outlets_changes_are_one_row_and_agree() -> None:
    rows = {
        f.label: f
        for f in sheet(
            "The average Band D bill will rise by £89 to £1,872.",
            "The average Band D bill will rise to £1,872, an increase of £89.",
        )
    }
    assert rows["average bill"].status == "agree"
    assert [float(v.value) for v in rows["change in average bill"].values] == [89.0, 89.0]
    assert rows["change in average bill"].status == "agree"


def test_a_range_of_the_change_with_one_unit_stays_a_range() -> None:
    # (a guard: the unit written once, after the high end, makes "5 to 10 per cent" one range)
    (row,) = [f for f in sheet("Prices will rise by 5 to 10 per cent next year.") if f.values[0].unit == "%"]
    assert (float(row.values[0].value), row.values[0].high) == (5.0, 10.0)


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("Band D households will pay £1,872, an increase of £89.", "household"),
        ("Passengers will pay £3.40 for a single ticket.", "passenger"),
        ("Tenants in the block will pay £950 a month.", "tenant"),
    ],
)
def test_a_bill_paid_is_no_pledge(text: str, payer: str) -> None:
    rows = _rows(text)
    assert not [k for k in rows if k.startswith("money pledged")], rows
    assert [k for k in rows if k.startswith(f"amount paid per {payer}")], rows


def test_a_donor_who_pays_still_pledges() -> None:
    # (a guard: "the government will pay £5m to the families" is money given)
    rows = _rows("The government will pay £5m to the families.")
    assert [k for k in rows if k.startswith("money pledged")], rows


@pytest.mark.parametrize(
    "text",
    [
        # the full run's failing case (tests/cli/test_cli_facts_ampm_blog_joined_payer_forecast_subgroup.py):
        # the families are the object of "apologised to", the firm pays
        "Nordvik Shipping apologised to the families, but will also pay £500,000 into a hardship fund.",
        "The operator met the tenants on Monday and will pay £2m for the repairs.",
        "Calder Water wrote to its customers, then agreed to pay £40,000 to a local charity.",
    ],
)
def test_a_payer_named_as_an_object_pays_nothing(text: str) -> None:
    rows = _rows(text)
    assert not [k for k in rows if k.startswith("amount paid per")], rows
    assert [k for k in rows if k.startswith(("money pledged", "money for"))], rows  # money the firm gives
