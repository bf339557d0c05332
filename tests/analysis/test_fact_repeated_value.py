"""An article repeating a value it already gave a fact adds nothing: the repeat is never a row of
its own (#16, t13x F17: "a 2023 report" said twice in one article was ``year agree`` with another
outlet's "A 2023 inspection" and again ``year single source``). The repeat is the same value of the
same thing in the same article, whether its second mention names a measure or not: a money figure
said again without its purpose, a live blog's count in its key-events summary and its entry. The
same value of another thing in one article ("two people … remain in hospital" beside a toll of two)
stays a row. The texts are invented but for the tester's."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def rows(facts: list[Fact]) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(f.status, [(v.doc, value_text(v)) for v in f.values]) for f in facts]


def value_rows(facts: list[Fact], shown: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [r for r in rows(facts) if any(v == shown for _, v in r[1])]


# The tester's repro (/work/s34/t13x/repro/v30), copied.
BEACON = (
    "KELLBY, March 9 (Beacon) - Inspectors had raised concerns about the spillway in a 2023 report. "
    "A spokesman declined to comment on the 2023 report."
)
TIMES = "KELLBY, March 9 (Times) - A 2023 inspection found that the spillway could not cope with a flood."


def test_the_reported_repeated_year_is_one_row() -> None:
    got = value_rows(sheet(BEACON, TIMES), "2023")
    assert got == [("agree", [("a", "2023"), ("b", "2023")])], got


def test_a_repeated_year_alone_is_no_row() -> None:
    # one article only: its two mentions of a bare 2023 are no row, neither one nor two (a bare
    # year one article gives is no figure a reader can name: t13ah N9, round s40-y1)
    got = value_rows(sheet(BEACON), "2023")
    assert got == [], got


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The council set aside $2.5 million for the clean-up of the river. "
            "Residents asked how the $2.5 million would be spent on the clean-up.",
            "The council has set aside $2.5 million for the river clean-up, officials said.",
        ),
        (
            "Ministers pledged £40m to rebuild the harbour wall. "
            "Critics said £40m would not be enough to rebuild the wall.",
            "The government has pledged £40 million for the harbour wall.",
        ),
    ],
)
def test_a_repeated_money_figure_is_one_row(first: str, second: str) -> None:
    facts = sheet(first, second)
    money = [r for f, r in zip(facts, rows(facts), strict=True) if f.values[0].kind == "money"]
    assert len(money) == 1, money
    assert money[0][0] == "agree", money


LIVE = (
    "Live: ferry sinks off Cape Arno\n\n"
    "Key events\n\n"
    "- 12:40 Fourteen boats joined the search\n\n"
    "12:40\n\n"
    "The coastguard said 14 boats had joined the search for survivors off the cape."
)


@pytest.mark.parametrize(
    "other",
    [
        "Fourteen boats joined the search off Cape Arno, the coastguard said.",
        "By the afternoon 14 boats had joined the search, the coastguard said.",
    ],
)
def test_a_live_blogs_count_in_summary_and_entry_is_one_row(other: str) -> None:
    got = value_rows(sheet(LIVE, other), "14")
    assert len(got) == 1, got
    assert got[0][0] == "agree", got
    assert sorted({d for d, _ in got[0][1]}) == ["a", "b"], got


def test_a_same_value_of_another_thing_in_one_article_stays_a_row() -> None:
    facts = sheet(
        "Two people were killed when the roof fell. Two people remain in hospital, doctors said.",
        "The roof collapse killed two people.",
    )
    got = value_rows(facts, "2")
    assert len(got) == 2, got
