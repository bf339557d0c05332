"""A count worded otherwise joins its row (t13ay N7, round s53-f3): a count whose own verb says its
things changed over to another means ("Seven hospitals switched to generators", "clinics resorted
to candles") is the count of those things, one row with "Nine hospitals were running on
generators", never a row "hospitals switched"; a level named before "of" after "down from" or "up
from" ("down from a peak of 340,000") is the earlier value of the sentence's measure, carried in its
row, never a row "peak" of its own. The reported inputs first, then variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]], list[str]]]:
    return [
        (
            f.label,
            f.status,
            sorted((v.doc, value_text(v)) for v in f.values),
            [value_text(e) for v in f.values for e in v.earlier],
        )
        for f in sheet(*texts)
    ]


@pytest.mark.parametrize(
    ("a", "b", "mine", "theirs"),
    [
        ("Seven hospitals switched to generators.", "Nine hospitals were running on generators.", "7", "9"),
        (
            "Twelve clinics resorted to backup generators on Tuesday.",
            "Ten clinics were on backup power, officials said.",
            "12",
            "10",
        ),
        (
            "Four care homes reverted to paper records after the cyberattack.",
            "Six care homes were using paper records, the council said.",
            "4",
            "6",
        ),
    ],
)
def test_a_count_that_switched_over_joins_its_row(a: str, b: str, mine: str, theirs: str) -> None:
    rows = _rows(a, b)
    joined = [r for r in rows if ("a", mine) in r[2] and ("b", theirs) in r[2]]
    assert joined and joined[0][1] == "disagree", rows


@pytest.mark.parametrize(
    ("a", "b", "peak"),
    [
        (
            "About 290,000 customers were still without power on Thursday, down from a peak of 340,000.",
            "At the peak, 380,000 customers were without power.",
            "340,000",
        ),
        (
            "Some 4,100 residents remained evacuated on Friday, down from a peak of 9,500.",
            "About 9,000 residents were evacuated, the mayor said.",
            "9,500",
        ),
        (
            "Around 52,000 homes were still without electricity, down from their peak of 160,000.",
            "About 150,000 homes lost power on Monday night.",
            "160,000",
        ),
    ],
)
def test_a_peak_after_down_from_is_its_measures_earlier_value(a: str, b: str, peak: str) -> None:
    rows = _rows(a, b)
    assert not [r for r in rows if r[0] in ("peak", "low", "high")], rows
    assert [r for r in rows if peak in r[3] and [d for d, _ in r[2]] == ["a", "b"]], rows
