"""Business stories on the fact sheet (found in session 24 on a hand-written story of a company's
job cuts, issue #16 "facts grouped by what is counted"):

* jobs cut however the cut is worded ("will cut 1,200 jobs", "will shed 1,500 jobs", "1,500 jobs
  will be axed", "laid off 300 workers") are one measure, so two outlets' numbers are compared
  (they were two single-source rows "jobs", a real disagreement missed);
* the value a change replaced ("revenue fell to £1.8 bln in the year to March from £2.1 bln") is
  never a value of the measure (it was, beside £1.8 bln: a false disagreement)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus


def sheet(tmp_path: Path, *bodies: str) -> list[Fact]:
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.txt").write_text(f"Company news {i + 1}\n\n{body}\n", encoding="utf-8")
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # reported
            "Brightvale Group said on Friday it would cut 1,200 jobs, or about 8 percent of its workforce.",
            "Brightvale will shed 1,500 jobs and shut four plants, the firm said on Friday.",
        ),
        (
            "Norrland Steel is to axe 400 positions at its Lulea works.",
            "About 550 positions will be cut, the union said.",
        ),
        ("The bank laid off 300 employees in March.", "Some 350 employees were laid off, according to the filing."),
    ],
)
def test_jobs_cut_however_worded_are_one_measure(tmp_path: Path, first: str, second: str) -> None:
    [row] = [f for f in sheet(tmp_path, first, second) if f.label == "jobs cut"]
    assert sorted(v.doc for v in row.values) == ["a", "b"] and row.status == "disagree"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # reported
            "Revenue fell to £1.8 bln in the year to March from £2.1 bln, the company said.",
            "Annual revenue slid to £1.8 billion from £2.1 billion.",
        ),
        (
            "Sales dropped to $40 million last quarter from $52 million.",
            "Sales declined sharply to $40 million from $52 million.",
        ),
        (
            "Net profit rose to €12 million in 2024 from €9 million.",
            "Net profit jumped to €12 million from €9 million a year earlier.",
        ),
    ],
)
def test_the_value_a_change_replaced_is_not_the_measure_s(tmp_path: Path, first: str, second: str) -> None:
    facts = sheet(tmp_path, first, second)
    assert not any(f.status == "disagree" for f in facts)
    measured = [v for f in facts for v in f.values if v.measure]
    assert len(measured) == 2 and len({v.value for v in measured}) == 1  # the new value, in both


# A fresh re-test (t13j F8, /work/s24/reports/t13j.md): the cut worded with other nouns or verbs
# ("260 positions would go", "shed 240 workers", "240 redundancies", "250 job losses", "is to lose
# 260 jobs") stood in rows of their own, so 240 against 260 was never a disagreement.
@pytest.mark.parametrize(
    "bodies",
    [
        (  # reported
            "Torvik Wagons will cut 240 jobs at its Hallerud plant, the company said on Monday.",
            "Torvik Wagons said 260 positions would go at its Hallerud plant.",
            "The Hallerud plant of Torvik Wagons will shed 240 workers by summer.",
            "There will be 240 redundancies at the Hallerud plant of Torvik Wagons.",
        ),
        ("Hallerud Tre will lay off 240 workers.", "Hallerud Tre announced 250 job losses.", "Some 240 jobs will go."),
        ("The mill is to lose 260 jobs, the union said.", "Some 300 layoffs are planned at the mill."),
    ],
)
def test_every_wording_of_a_cut_is_one_compared_fact(tmp_path: Path, bodies: tuple[str, ...]) -> None:
    facts = sheet(tmp_path, *bodies)
    [row] = [f for f in facts if f.label == "jobs cut"]
    assert len({v.doc for v in row.values}) == len(bodies) and row.status == "disagree"
