"""A live blog whose entries open with a stamp and a headline on one line, their sentences on the
lines below ("16:45 Death toll rises to seven" over "The death toll has risen to seven, officials
say."), is read by its entries' times (t13p F2, round s29-i): written newest first it gave three
values, 7, 5 and 3, nothing superseded; its value is the latest entry's, first said 3, then 5."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13p scratch/c.txt)
        (
            "Valley Times live blog\n\n16:45 Death toll rises to seven\nThe death toll has risen to seven, officials say."
            "\n\n12:10 Five confirmed dead\nFive people are now confirmed dead, officials say.\n\n07:30 Three dead\n"
            "Three people have been killed, according to first reports.",
            ("7", ["3", "5"]),
        ),
        # variants of my own: a bracketed stamp with "am/pm", two sentence lines, oldest first
        (
            "Quake live\n\n(9.15pm) Rescuers find more bodies\nRescuers have found more bodies.\nThe toll is now 12, "
            "the mayor says.\n\n(4.30pm) First figures\nOfficials say four people were killed.",
            ("12", ["4"]),
        ),
        (
            "Ferry live\n\n08:05 - Ferry capsizes\nTwo people died when the ferry capsized, police say.\n\n"
            "11:40 - Toll rises\nNine people have now died, the coastguard says.",
            ("9", ["2"]),
        ),
    ],
)
def test_headline_entries_by_time(text: str, want: tuple[str, list[str]]) -> None:
    facts = sheet(text)
    [toll] = [f for f in facts if f.label == "death toll"]
    got = [(value_text(v), [value_text(e) for e in v.earlier]) for v in toll.values]
    assert got == [want]


def test_a_programme_is_no_blog() -> None:
    # guard: a list of stamped lines without sentences under them
    from waic_reader.index.analysis.facts.extract import live_entries

    assert live_entries("Programme\n\n09:00 - Opening keynote\n09:30 - Panel on safety\n10:30 - Coffee\n") == []
