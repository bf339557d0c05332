"""Counts of one noun and one value said to be on board are one fact (#13 s18 t13 fault 3).

The tester's corpus reported "212 passengers" in three outlets: "was carrying 212 passengers"
(001), a Markdown list item "- 212 passengers were on board" (002) and "212 passengers had boarded"
(003). The sheet showed two single-source rows labelled ``passengers`` and a third, ``passengers
boarded``: "had boarded" was read as a verb measure of its own (like "12 schools were closed"), and
the list item had no sentence around it to share context with 001's. Being aboard is what makes
them the passengers counted, not something that happened to some of them: such counts of one
value are one fact. A capacity ("licensed to carry 40 crew") and another value in the same
article stay apart.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import ABOARD, Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ferry_aboard"

# Variant: a trawler's crew, in three invented outlets' words, and a fourth article about a ship
# licensed to carry as many (a capacity, not who was aboard: stays apart).
CREW = {
    "a.txt": "Trawler lost off Halvik\n\nHALVIK (Northsea Wire) - The trawler Gull Wing was carrying 40 crew "
    "when it sank in a storm on Monday, the harbour office said. Rescuers found the life rafts at dawn.\n",
    "b.md": "# Gull Wing sinks in storm\n\nThe search for the Gull Wing went on through the night.\n\n"
    "- 40 crew were aboard\n- The skipper sent a distress call at 2 a.m.\n",
    "c.txt": "Storm claims trawler\n\nFamilies waited at the Halvik quay as the weather turned. The skipper's "
    "brother said 40 crew had boarded before the storm warning came.\n",
    "d.txt": "Halvik fleet shrinks\n\nThe Halvik co-operative's newest ship, the Tern, is licensed to carry "
    "40 crew and will join the fleet in May.\n",
}
# Variant: a train's passengers ("had embarked", "with ... on board"), and in one article a second
# train's passengers aboard, another value: two values of one article never join one fact.
TRAIN = {
    "a.txt": "Night train derails near Osterbrook\n\nThe Lumen Express was carrying 316 passengers when three "
    "carriages left the track near Osterbrook on Sunday, the rail operator said.\n",
    "b.txt": "Osterbrook derailment: what we know\n\nInvestigators from the rail safety office reached the cutting "
    "at first light. Of the train's eight carriages, three overturned; 316 passengers had embarked at Velmar.\n\n"
    "A relief train with 120 passengers on board was held at Velmar for four hours.\n",
    "c.html": "<html><head><title>Derailment at Osterbrook</title></head><body><article>"
    "<h1>Derailment at Osterbrook</h1><p>A regional express with 316 passengers on board came off the rails "
    "in a cutting.</p></article></body></html>\n",
}


def sheet(folder: Path, files: dict[str, str] | None = None) -> list[Fact]:
    if files is None:
        for path in FIXTURES.iterdir():
            shutil.copy(path, folder / path.name)
    else:
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    return fact_sheet([(a, []) for a in Corpus.scan(folder).articles()])


def rows(facts: list[Fact], head: str) -> list[tuple[str, list[tuple[str, float | str]]]]:
    """Each fact counting ``head``: its label and its values' (doc, value), sorted."""
    return sorted((f.label, sorted((v.doc, v.value) for v in f.values)) for f in facts if f.values[0].head == head)


@pytest.mark.parametrize(
    "files, head, expected",
    [
        # reported: the tester's three articles (001 carrying, 002 a list item on board, 003 boarded)
        (
            None,
            "passengers",
            [("passengers", [("001_harbour_wire", 212), ("002_coastal_times", 212), ("003_nordic_post", 212)])],
        ),
        # variant: a crew carried / aboard / boarded, beside a ship licensed to carry as many
        # (a row apart names what tells it: t13ad N23, round s37-x2)
        (CREW, "crew", [("crew", [("a", 40), ("b", 40), ("c", 40)]), ("crew: fleet", [("d", 40)])]),
        # variant: a train's passengers carried / embarked / on board, and another train's in one article
        (
            TRAIN,
            "passengers",
            [("passengers", [("a", 316), ("b", 316), ("c", 316)]), ("passengers: relief train", [("b", 120)])],
        ),
    ],
)
def test_counts_said_to_be_on_board_are_one_fact(
    tmp_path: Path, files: dict[str, str] | None, head: str, expected: list
) -> None:
    facts = sheet(tmp_path, files)
    assert rows(facts, head) == sorted(expected)
    [shared] = [f for f in facts if f.values[0].head == head and f.sources > 1]
    assert shared.status == "agree" and shared.sources == 3
    assert "on board" in shared.grounds
    assert all(v.state == ABOARD and not v.measure for v in shared.values)
