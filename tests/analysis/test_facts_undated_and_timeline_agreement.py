"""The fact sheet's rows and the timeline's "Figures that changed" tell one story (#16, testers
t13ah N10, N11 and t13ag-r R6):

* an undated report is listed apart and last ("(undated: …)"), never inside a dated entry of its
  amount ("19 (10 Mar 14:00, APR; rpp)" read as reported that day) nor as a step after the dated
  ones;
* a row the sheet says agrees is no change in time ("52 → more than 50");
* every row the sheet flags is a figure that changed, a year of an event too.

The texts are invented; the first of each kind is the tester's case, the others its variants."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.display import timeline
from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Dated:
    doc: str
    text: str
    date: str | None

    @property
    def outlet(self) -> str:
        return f"Outlet {self.doc.upper()}"

    @property
    def title(self) -> str:
        return "Story"

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def _articles(*texts: tuple[str, str | None]) -> list[Dated]:
    return [Dated(chr(ord("a") + i), f"Story\n\n{t}", d) for i, (t, d) in enumerate(texts)]


def _row(facts: list[Fact], label: str) -> Fact:
    [row] = [f for f in facts if f.label == label]
    return row


@pytest.mark.parametrize(
    ("undated", "expected"),
    [
        # t13ah N11: the undated report has the latest dated value
        (["Nineteen people died in the crash."], "19 (10 Mar 14:00, b) (undated: 19 (c))"),
        # the undated report has the first dated value: no step back to it
        (["Seventeen people died in the crash."], "19 (10 Mar 14:00, b) (undated: 17 (c))"),
        # two undated reports of two values: each listed apart, neither a step
        (["Nineteen people died.", "Twenty-one people died."], "19 (10 Mar 14:00, b) (undated: 19 (c) · 21 (d))"),
    ],
)
def test_undated_reports_are_listed_apart_and_last(undated: list[str], expected: str) -> None:
    articles = _articles(
        ("17 people died when a bus fell into a ravine.", "2026-03-09T10:00:00Z"),
        ("A bus fell into a ravine, killing 19 people.", "2026-03-10T14:00:00Z"),
        *((t, None) for t in undated),
    )
    row = _row(fact_sheet([(a, []) for a in articles]), "death toll")
    text = timeline(row, {})
    assert text.startswith("17 (9 Mar 10:00, a) → "), text
    assert text.endswith(expected), text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # t13ah N10: 52 and "more than 50" agree on the sheet
        ("The bus was carrying 52 passengers.", "The bus was carrying more than 50 passengers."),
        ("The bus was carrying 52 passengers.", "The bus was carrying at least 48 passengers."),
        ("The ferry was carrying more than 300 passengers.", "The ferry was carrying 312 passengers."),
    ],
)
def test_no_change_where_the_sheet_agrees(first: str, second: str) -> None:
    articles = _articles((first, "2026-03-09T06:15:00Z"), (second, "2026-03-09T06:40:00Z"))
    facts = fact_sheet([(a, []) for a in articles])
    row = _row(facts, "passengers")
    assert row.status == "agree", row
    subjects = build_timeline(articles, {}, facts).subjects
    assert not subjects["passengers"].changed(), subjects["passengers"].changes()


def test_two_bounds_that_rose_are_still_a_change() -> None:
    # (the kept rule: "at least 31" then "at least 47" agree as bounds, yet the toll rose)
    articles = _articles(
        ("At least 31 people were killed in the floods.", "2026-03-09T06:15:00Z"),
        ("At least 47 people were killed in the floods.", "2026-03-09T09:40:00Z"),
    )
    facts = fact_sheet([(a, []) for a in articles])
    assert _row(facts, "death toll").status == "agree"
    assert build_timeline(articles, {}, facts).subjects["death toll"].changed()


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        # t13ag-r R6: the year of inspection the sheet flags
        ("The bridge's last inspection was in 2024.", "The bridge was last inspected in 2023.", "year of inspection"),
        (
            "The San Telmo mine, which opened in 1987, is due to close.",
            "The San Telmo mine, which opened in 1985, is due to close.",
            "year of opening",
        ),
        ("The dam, completed in 1961, burst on Sunday.", "The dam was completed in 1959.", "year built"),
    ],
)
def test_every_flagged_row_is_a_change(first: str, second: str, label: str) -> None:
    articles = _articles((first, "2026-03-12T03:15:00Z"), (second, "2026-03-13"))
    facts = fact_sheet([(a, []) for a in articles])
    flagged = [f.label for f in facts if f.status == "disagree"]
    assert label in flagged, [(f.label, f.status) for f in facts]
    subjects = build_timeline(articles, {}, facts).subjects
    assert {label} <= {name for name, s in subjects.items() if s.changed()}


@pytest.mark.parametrize(
    ("first", "second", "label", "steps"),
    [
        # s41-rv finding 3 (corpus `toll`): "at least 20" then 34, 12 hours apart, rose
        (
            "Flash floods have killed at least 20 people in the valley.",
            "Flash floods have killed 34 people in the valley.",
            "death toll",
            ["at least 20", "34"],
        ),
        (
            "More than 100 people were injured in the blast.",
            "The blast injured 160 people.",
            "people injured",
            ["more than 100", "160"],
        ),
        (
            "The storm destroyed over 1,000 homes.",
            "The storm destroyed 1,400 homes.",
            "homes destroyed",
            ["over 1,000", "1,400"],
        ),
    ],
)
def test_a_value_far_inside_a_bound_is_a_change(first: str, second: str, label: str, steps: list[str]) -> None:
    # the sheet's compatibility (a bound and a value inside it agree) is no "no change in time":
    # only a value near the bound ("more than 50", "52": above) is the bound's value again
    articles = _articles((first, "2026-08-20T08:00:00Z"), (second, "2026-08-20T20:00:00Z"))
    facts = fact_sheet([(a, []) for a in articles])
    assert _row(facts, label).status == "agree"
    changes = build_timeline(articles, {}, facts).subjects[label].changes()
    assert [c.shown for c in changes] == steps, changes


def test_two_bounds_near_each_other_are_no_change() -> None:
    # (corpus `flood`: "more than 410,000" then "more than 400,000" people affected, no step)
    articles = _articles(
        ("More than 410,000 people have been affected.", "2026-07-03T08:00:00Z"),
        ("More than 400,000 people have been affected.", "2026-07-04T08:00:00Z"),
    )
    facts = fact_sheet([(a, []) for a in articles])
    assert _row(facts, "people affected").status == "agree"
    assert not build_timeline(articles, {}, facts).subjects["people affected"].changed()
