"""A count whose clause elides its verb is counted by the verb it stands for (issue #16, s44-z1's
leftover, review s44-rv 3's corpus): "Some 2,400 bus drivers walked out, as did 1,300 train
drivers" made the train drivers a bare count, "train drivers", never compared with another
outlet's "1,100 train drivers walked out". "as did", "and so did", "as were" after the clause
stand for its verb phrase ("walked out", "went on strike", "were evacuated").

"About 5,000 junior doctors" and "Some 6,000 resident doctors" on strike were two trades (two
rows): one grade under its old and new names is one trade; consultants stay a group apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "count"),
    [
        # reported (review s44-rv 3, p2 two_groups_sentence)
        (
            (
                "Some 2,400 bus drivers walked out, as did 1,300 train drivers.",
                "About 2,400 bus drivers and 1,100 train drivers walked out.",
            ),
            "1,300 train drivers",
        ),
        # variants of my own: "and so did" after a strike; "as were" after an evacuation
        (
            (
                "Around 900 nurses went on strike on Tuesday, and so did 400 porters.",
                "About 450 porters are on strike.",
            ),
            "400 porters",
        ),
        (
            (
                "Some 3,000 residents were evacuated, as were 200 tourists.",
                "Nearly 200 tourists were evacuated from the campsite.",
            ),
            "200 tourists",
        ),
    ],
)
def test_an_elided_verbs_count_is_in_its_measures_row(texts: tuple[str, str], count: str) -> None:
    facts = sheet(*texts)
    row = next(f for f in facts if any(v.doc == "a" and v.text == count for v in f.values))
    assert sorted({v.doc for v in row.values}) == ["a", "b"], [(f.label, [v.text for v in f.values]) for f in facts]


@pytest.mark.parametrize(
    "texts",
    [
        # reported (review s44-rv 3, p3 doctors_kind)
        ("About 5,000 junior doctors are on strike.", "Some 6,000 resident doctors are on strike."),
        # variants of my own: another verb; beside a truly different group, consultants
        ("Around 4,000 junior doctors walked out on Monday.", "About 4,600 resident doctors walked out on Monday."),
        (
            "Some 2,000 junior doctors and 300 consultants are on strike.",
            "About 2,500 resident doctors are on strike, the union said.",
        ),
    ],
)
def test_junior_and_resident_doctors_are_one_grade(texts: tuple[str, str]) -> None:
    facts = sheet(*texts)
    rows = [sorted({v.doc for v in f.values}) for f in facts if any("doctors" in v.text for v in f.values)]
    assert rows == [["a", "b"]], [(f.label, [v.text for v in f.values]) for f in facts]
    # (the consultants stay a row of their own)
    assert all("consultants" not in v.text for f in facts if len({v.doc for v in f.values}) > 1 for v in f.values)
