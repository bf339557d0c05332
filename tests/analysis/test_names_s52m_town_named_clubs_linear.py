"""A club named by its town and its one word (``teams.town_named_clubs``) is found in time linear
in an article's mentions (review s51-rv F16; round s52-m): each one-word club scanned every
mention of the article for those inside its town's word, and the result every club's span for
each mention, quadratic in a long sport text's mentions. The reported shape (a live blog of a
tournament: thousands of mentions, a one-word club's name among them again and again) and
variants: other counts of mentions, clubs after a person's name (kept apart). Measured as the
line events the function runs (``sys.settrace``): deterministic, where a time is not."""

from __future__ import annotations

import random
import sys
from types import FrameType
from typing import Any

import pytest

from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.teams import town_named_clubs
from waic_reader.index.analysis.entities.words import Cand

TOWNS = ["Kagera", "Nshambya", "Lowick", "Tarbury", "Morcombe"]
CLUBS = ["Lakeside", "Stars", "Rovers", "Wanderers", "Harriers"]


def _sport_text(groups: int, person_every: int = 0) -> tuple[str, list[Cand]]:
    """A match report of ``groups`` sentence pairs: "<Town> <Club> won the match. <Club> had
    led." (a place, a club, the club alone), a person's name before the club every
    ``person_every`` pairs ("Anna Lind Rovers": no town)."""
    parts: list[str] = []
    chosen: list[Cand] = []
    pos = 0
    for i in range(groups):
        club = CLUBS[i % len(CLUBS)]
        person = person_every and i % person_every == 0
        first, label = ("Anna Lind", "PERSON") if person else (TOWNS[i % len(TOWNS)] + chr(97 + i % 26), "GPE")
        sentence = f"{first} {club} won the match. {club} had led. "
        chosen.append((pos, pos + len(first), label, entity_key(label, first)))
        at = pos + len(first) + 1
        chosen.append((at, at + len(club), "ORG", entity_key("ORG", club)))
        alone = pos + sentence.index(f". {club} had") + 2
        chosen.append((alone, alone + len(club), "ORG", entity_key("ORG", club)))
        parts.append(sentence)
        pos += len(sentence)
    return "".join(parts), chosen


def _steps(text: str, chosen: list[Cand]) -> int:
    steps = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += event == "line"
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local

    sys.settrace(calls)
    try:
        town_named_clubs(text, chosen)
    finally:
        sys.settrace(None)
    return steps


@pytest.mark.parametrize("person_every", [0, 3])
def test_the_work_grows_linearly_with_the_mentions(person_every: int) -> None:
    town_named_clubs(*_sport_text(10))  # (the name lists load once)
    small = _steps(*_sport_text(333, person_every))  # ~1,000 mentions
    large = _steps(*_sport_text(1333, person_every))  # ~4,000 mentions
    assert large < 6 * small, (small, large)  # linear: ~4x; the quadratic scan was ~16x


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_clubs_found_are_those_of_the_rule(seed: int) -> None:
    rng = random.Random(seed)
    text, chosen = _sport_text(60, person_every=rng.choice([2, 3, 5]))
    out = town_named_clubs(text, chosen)
    names = [text[s:e] for s, e, label, _ in out if label == "ORG" and " " in text[s:e]]
    persons = [text[s:e] for s, e, label, _ in out if label == "PERSON"]
    # every town's club named whole, never a person's name glued to a club
    assert names and all(n.split()[0].startswith(tuple(TOWNS)) for n in names)
    assert persons and all(p == "Anna Lind" for p in persons)
    assert not any(text[s:e].startswith("Anna") and label == "ORG" for s, e, label, _ in out)
