"""A clause saying it reports an earlier value ("Earlier on Thursday the ministry had put the toll at
seven", "had previously given", "initially") is no later report, wherever it stands (t13p F3, round
s29-i): "The death toll rose to eight … Earlier on Thursday the ministry had put the toll at seven"
gave 7, first said 8; the article's value is 8, first said 7."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _toll(text: str) -> list[tuple[str, list[str]]]:
    facts = sheet(text)
    [toll] = [f for f in facts if f.label == "death toll"]
    return [(value_text(v), [value_text(e) for e in v.earlier]) for v in toll.values]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13p scratch/e.txt)
        (
            "LIMA, June 4 (Andina) - The death toll rose to eight on Thursday after rescuers found another body, "
            "officials said. Earlier on Thursday the ministry had put the toll at seven.",
            [("8", ["7"])],
        ),
        # variants of my own: "previously" with the pluperfect, "had reported", other numbers and measures
        (
            "Police said 14 people were killed in the crash. The fire service had previously put the death toll at 11.",
            [("14", ["11"])],
        ),
        (
            "The toll has climbed to 23, the governor said on Friday. On Thursday night the regional office had reported 19 deaths.",
            [("23", ["19"])],
        ),
    ],
)
def test_an_earlier_report_is_what_was_said_first(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _toll(text) == want


def test_a_later_report_still_replaces() -> None:
    # guard: the later report's own cue, no earlier one
    assert _toll("Three people were killed, police said. Later, officials put the death toll at five.") == [
        ("5", ["3"])
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the spec's "an earlier toll of": what was said first, no longer dropped
        (
            "The death toll rose to eight on Thursday, officials said, revising an earlier toll of seven.",
            [("8", ["7"])],
        ),
        (
            "Rescuers said 31 people had died, well above an earlier estimate of 24 deaths given by police.",
            [("31", ["24"])],
        ),
    ],
)
def test_an_earlier_toll_of(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _toll(text) == want


def test_an_earlier_estimate_alone_is_no_value() -> None:
    # a value only an earlier report gave, none replacing it, is no value (was a fact "people dead", 12)
    assert [f.label for f in sheet("Officials gave an earlier estimate of 12 dead.")] == []


def test_an_adverb_of_time_alone_is_no_report() -> None:
    # guard: "Earlier on Tuesday" says when, without a reporting verb: both values stay
    facts = sheet(
        "Earlier on Tuesday 12 people were evacuated from the valley. Police said 40 people were evacuated by evening."
    )
    [fact] = [f for f in facts if f.label == "people evacuated"]
    assert [(value_text(v), [value_text(e) for e in v.earlier]) for v in fact.values] == [("12", []), ("40", [])]
