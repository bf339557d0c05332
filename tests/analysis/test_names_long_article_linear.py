"""The recogniser's look-ups over a long article cost its length, not length × names (t13aa K11).

Reported: a 2 MB one-paragraph article opened from a search took 125 s to show in a fresh app;
52 s of CPU were the entity recogniser, most of it two look-ups: whether a word of a name stands
in another name (``persons.in_other_names``: every occurrence checked against every person's
span) and whether a pair of unknown words is a family firm (``firms.family_firm``: the whole text
searched for the first word once a pair). Both answer as before (checked against the first
versions on random texts) and the work is counted, not timed.
"""

from __future__ import annotations

import random
import re

import pytest

from waic_reader.index.analysis.entities import firms, persons
from waic_reader.index.analysis.entities.words import WORD_EDGE

_SPEECH = re.compile(r",?\s+(?:said|says|told|added|explained|recalled|replied|wrote)\s+(?:she|he)\b")


def family_firm_first_word(text: str, first: str) -> bool:
    """The first version's search (round s28): the word, no word character before it, then the speech."""
    n = len(first)
    at = text.find(first)
    while at >= 0:
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "_'’-")) and _SPEECH.match(text, at + n):
            return True
        at = text.find(first, at + 1)
    return False


WORDS = ["Falkum", "Lyngdal", "Bygg", "falkum", "(Falkum", "Falkum-Lyngdal", "O'Falkum", "x"]
GLUE = [" said she ", ", said he ", " says ", " ", "  ", ". ", " said  she ", "\n", " wrote he "]


def test_family_firm_speech_as_first_written() -> None:
    rng = random.Random(7)
    for _ in range(3_000):
        text = "".join(rng.choice(WORDS) + rng.choice(GLUE) for _ in range(rng.randint(0, 12)))
        firms._before_speeches.cache_clear()
        for first in ("Falkum", "Lyngdal", "Bygg"):
            assert (
                first in firms._before_speeches(text)
                or any(
                    t.endswith(first) and not (t[-len(first) - 1].isalnum() or t[-len(first) - 1] in "_'’-")
                    for t in firms._before_speeches(text)
                    if len(t) > len(first)
                )
            ) == family_firm_first_word(text, first), (text, first)


def in_other_names_first(text: str, word: str, people: list[tuple[int, int]], own: list[str]) -> bool:
    """The first version: every occurrence against every person's span."""
    end = 0
    at = text.find(word)
    while at >= 0:
        start, stop = at, at + len(word)
        at = text.find(word, at + 1)
        if start < end or (start and WORD_EDGE.match(text, start - 1)) or WORD_EDGE.match(text, stop):
            continue
        end = stop
        if any(a <= start < b for a, b in people):
            continue
        before = persons._CAP_WORD_BEFORE.search(text[max(0, start - 30) : start])
        if before is not None and before.group(1).lower() in persons.STOP_WORDS:
            before = None
        after = persons._CAP_WORD_AFTER.match(text[stop : stop + 30])
        if any(n is not None and n.group(1) not in own for n in (before, after)):
            return True
    return False


def test_in_other_names_as_first_written() -> None:
    rng = random.Random(11)
    vocab = ["Teiva", "Marau", "Blizzard", "the", "To", "and", "108", "Magnum", "Teiva's", "said"]
    for _ in range(2_000):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 25))]
        text = " ".join(words)
        people: list[tuple[int, int]] = []
        at = 0
        for w in words:
            if rng.random() < 0.3:
                people.append((at, at + len(w)))
            at += len(w) + 1
        rng.shuffle(people)  # in no order
        for word in ("Teiva", "Magnum"):
            own = ["Teiva", "Marau"]
            assert persons.in_other_names(text, word, people, own) == in_other_names_first(text, word, people, own)


@pytest.mark.parametrize("size", [2_000, 8_000])
def test_a_pair_looked_up_costs_no_pass_over_the_text(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Many candidate pairs in one long text: the speeches are found once (one pass), each pair a
    # set look-up; before, each pair searched the whole text for its first word.
    text = " ".join(f"Kaimana{i % 50} Bygg met Tavita{i % 7} at the quay." for i in range(size))
    firms._before_speeches.cache_clear()
    passes = []
    real = firms._SPEECH_AS_PERSON

    class Counting:
        def finditer(self, t: str):  # type: ignore[no-untyped-def]
            passes.append(len(t))
            return real.finditer(t)

        def match(self, t: str, pos: int):  # type: ignore[no-untyped-def]
            passes.append(-1)
            return real.match(t, pos)

    monkeypatch.setattr(firms, "_SPEECH_AS_PERSON", Counting())
    for i in range(300):
        firms.family_firm(text, [f"Kaimana{i % 50}", "Bygg"])
    assert passes == [len(text)]
