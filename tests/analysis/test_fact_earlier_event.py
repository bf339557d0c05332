"""A figure of an earlier event is no value of this event's fact (#16 facts, tester's report): "A
2019 fire at the same storage hall injured four workers", in an article dated 2026 about a blast
that injured 48, was listed as `people injured → 4`, a disagreement. A sentence naming an event
before the article's ("a 2019 fire", "in 2019", "last year's", "a previous blast") keeps its
figures off the sheet; a figure before such a cue in another clause ("killed 12, the worst since a
2019 fire") and a year that is the article's own stay. The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus

NOW = "A blast at the Draxmoor depot in Velling injured 48 people on Saturday, officials said."


def sheet(tmp_path: Path, bodies: list[str], date: str = "2026-03-14") -> list[Fact]:
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.md").write_text(
            f'---\ntitle: "Blast in Velling {i}"\ndate: {date}\n---\n\n{body}\n', encoding="utf-8"
        )
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


def injured(facts: list[Fact]) -> list[list[float | str]]:
    return [sorted(v.value for v in f.values) for f in facts if f.label == "people injured"]


@pytest.mark.parametrize(
    "earlier",
    [
        # reported
        "A 2019 fire at the same storage hall injured four workers.",
        # variants: "in" a year before the article's, and "last year's"
        "In 2021, a leak at the depot injured 9 people.",
        "Last year's explosion at a nearby plant injured 17 people.",
    ],
)
def test_an_earlier_events_figure_is_no_value_of_this_events_fact(tmp_path: Path, earlier: str) -> None:
    facts = sheet(tmp_path, [NOW, f"{NOW} {earlier}"])
    assert injured(facts) == [[48, 48]]
    assert all(f.agree for f in facts if f.label == "people injured")


def test_this_events_figures_beside_an_earlier_event_stay(tmp_path: Path) -> None:
    facts = sheet(
        tmp_path,
        [NOW, "The blast in Velling injured 51 people, the worst since a 2019 fire at the depot."],
    )
    [fact] = [f for f in facts if f.label == "people injured"]
    assert sorted(v.value for v in fact.values) == [48, 51] and not fact.agree
    # a year that is the article's own ("in 2026") is no earlier event
    facts = sheet(tmp_path, [NOW, "In 2026 alone, blasts at the depot injured 51 people."], "2026-03-15")
    assert [48, 51] in injured(facts)


def money(facts: list[Fact]) -> list[float | str]:
    return sorted(v.value for f in facts for v in f.values if v.kind == "money")


@pytest.mark.parametrize(
    "made, value",
    [
        # the reported sentence (report t13d fault 5; its article dated 2025 as the user's corpus.yaml
        # dated it first): the dam's year of building dropped its repair contract from the sheet
        ("The dam, built in 1961, was being repaired by Halvard Construction under a €40 million contract.", 40e6),
        # variants: a depot's year of opening, a firm's year of founding
        ("The depot, opened in 2009, is being rebuilt under a $12 million contract.", 12e6),
        ("Draxmoor Logistics, founded in 1987, has set aside £8 million for the families.", 8e6),
    ],
)
def test_a_year_that_dates_a_thing_is_no_earlier_event(tmp_path: Path, made: str, value: float) -> None:
    assert money(sheet(tmp_path, [f"{NOW} {made}"])) == [value]
    # the year's own clause is still that year's: "opened in 2009 for $3 million" is no figure of now
    assert money(sheet(tmp_path, [f"{NOW} The depot, opened in 2009 for $3 million, is closed."])) == []
