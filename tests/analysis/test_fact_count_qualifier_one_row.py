"""A qualifier of the counted noun that one outlet writes and another does not splits no row: "Some
300 domestic and international flights were cancelled" is a value of *flights cancelled* beside
"About 300 flights were cancelled" (t13air N5: a single-source row "domestic and international
flights cancelled" beside "flights cancelled agree 300"). Only the same value joins: a qualified
count of another value may be a part beside its whole and is no disagreement."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (t13air variants/N5-v1-miles: wire-a, paper, wire-b)
        (
            (
                "Some 300 domestic and international flights were cancelled at two airports.",
                "About 300 flights were cancelled.",
                "Airlines cancelled 300 flights.",
            ),
            "flights cancelled",
        ),
        # variants of my own: other qualifiers, another noun and verb
        (
            ("Airlines cancelled 120 domestic and regional flights.", "Airlines cancelled 120 flights."),
            "flights cancelled",
        ),
        (("Some 40 commuter trains were cancelled.", "About 40 trains were cancelled."), "trains cancelled"),
    ],
)
def test_a_qualified_count_of_the_same_value_is_one_row(texts: tuple[str, ...], label: str) -> None:
    rows = [f for f in sheet(*texts) if any(v.unit for v in f.values) and f.values[0].kind == "count"]
    [row] = [f for f in rows if f.label.endswith("cancelled")]
    assert row.label == label
    assert row.sources == len(texts)
    assert row.status == "agree"


def test_a_qualified_count_of_another_value_stays_apart() -> None:
    facts = sheet("Some 300 domestic flights were cancelled.", "About 250 flights were cancelled.")
    assert sorted(f.label for f in facts) == ["domestic flights cancelled", "flights cancelled"]
    assert all(f.status == "single source" for f in facts)
