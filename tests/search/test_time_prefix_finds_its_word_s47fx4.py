"""A submitted clock-like prefix finds the word typed as well as the times it starts, as every
prefix finds its own word ("ferri*" finds "ferri") and as the same half-typed time does while
typing (review s47-rv2 finding 8, round s47-fx4: "2:1*" found nothing where "2:1" found the score).
The hour and colon alone ("9:*") stay the hour's times, never every "9"."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ferry": "Ferry sinks\n\nThe ferry left Halvik at 9:15 and the board backed the plan by a 2:1 vote.\n",
    "match": "Final score\n\nThe home side won 3:2 after extra time, before 4:05 pm.\n",
    "count": "Toll\n\nNine people died and 9 were hurt; a 2 to 1 margin.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("time_prefix_word"), ARTICLES)


@pytest.mark.parametrize(
    ("typed", "docs"),
    [
        ("2:1*", {"ferry"}),  # reported
        ("3:2*", {"match"}),  # a score only
        ("9:1*", {"ferry"}),  # a time only
        ("4:0*", {"match"}),  # a time with its "pm"
        ("9:*", {"ferry"}),  # the hour alone: never the bare "9"
    ],
)
def test_a_clock_prefix_finds_its_word_and_its_times(workspace: Workspace, typed: str, docs: set[str]) -> None:
    assert {h.doc for h in workspace.search(typed).hits} == docs
    assert {h.doc for h in workspace.search(typed.rstrip("*")).hits} <= docs | {"count"}
