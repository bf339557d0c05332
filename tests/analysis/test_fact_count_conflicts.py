"""Counts without a named measure conflict when outlets count one noun about one thing (#16 facts):
"a ferry carrying 312 passengers" in one outlet and "a ferry with 320 passengers on board" in
another are one fact, a disagreement, where they had been two single-source rows (their windows
shared less than the 0.40 a conflict needed). A count of the same noun about something else (a
port's daily traffic, an earlier ferry's passengers) is no value of that fact, and a later outlet
restating one of the values joins the fact it restates."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus

AP = (
    "HERAKLION, Greece (AP) — A ferry carrying 312 passengers ran aground off the island of Crete on Saturday "
    "night, the coast guard said. All were taken off safely by lifeboats and fishing boats.\n\nThe ship, the "
    "Aegean Star, struck rocks near the port of Heraklion in strong winds. The coast guard said 45 crew "
    "members stayed on board to secure the vessel."
)
REUTERS = (
    "ATHENS (Reuters) - A Greek ferry with 320 passengers on board ran aground near the port of Heraklion on "
    "Crete late on Saturday, the coast guard said, and all passengers were brought ashore.\n\nThe Aegean Star "
    "hit rocks in strong winds shortly after leaving port. Lifeboats and fishing boats helped with the rescue, "
    "the coast guard said."
)
LOCAL = (
    "The Aegean Star ran aground outside Heraklion on Saturday night with 312 passengers aboard. Coast guard "
    "crews and fishing boats took everyone ashore. The company said the ferry has 12 lifeboats and that it "
    "will be towed to Piraeus for repairs."
)
BLOG = (
    "The Aegean Star ran aground near Heraklion on Saturday and the coast guard brought everyone ashore. It "
    "is not the first time. In 2019 another ferry, the Blue Wave, ran aground off Rhodes with 180 "
    "passengers, and none were hurt.\n\nHeraklion's port handles about 9,000 passengers a day in summer, port "
    "officials said, and the ferry lines say their ships are safe."
)


def sheet(tmp_path: Path, bodies: list[str]) -> list[Fact]:
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.txt").write_text(f"Ferry aground off Crete {i}\n\n{body}\n", encoding="utf-8")
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


def passengers(facts: list[Fact]) -> list[list[tuple[float | str, str]]]:
    return [[(v.value, v.doc) for v in f.values] for f in facts if f.values[0].unit == "passengers"]


@pytest.mark.parametrize(
    "bodies, conflict",
    [
        # reported: two outlets' passenger counts, then a third restating the first
        ([AP, REUTERS, LOCAL], [(312, "a"), (320, "b"), (312, "c")]),
        # variant: the restating outlet first
        ([LOCAL, REUTERS], [(312, "a"), (320, "b")]),
        # variant: the same story beside a blog's other counts of passengers
        ([AP, REUTERS, BLOG], [(312, "a"), (320, "b")]),
    ],
)
def test_counts_of_one_noun_about_one_event_conflict(tmp_path: Path, bodies: list[str], conflict: list) -> None:
    facts = sheet(tmp_path, bodies)
    [fact] = [f for f in facts if len(f.values) > 1 and f.values[0].unit == "passengers"]
    assert sorted((v.value, v.doc) for v in fact.values) == sorted(conflict)
    assert not fact.agree and "values conflict" in fact.grounds


def test_a_count_of_the_same_noun_about_something_else_is_no_disagreement(tmp_path: Path) -> None:
    facts = sheet(tmp_path, [AP, BLOG])
    # the port's 9,000 a day and the Blue Wave's 180 in 2019 are the noun alone in common with the 312
    assert sorted(passengers(facts)) == [[(180, "b")], [(312, "a")], [(9000, "b")]]
    assert all(f.agree for f in facts)
