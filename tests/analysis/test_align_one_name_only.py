"""Compare: two sentences sharing only one name are not "what both say" (t13an N16).

Reported: ``compare wire/meridian-0314-first wire/meridian-0314-update`` paired "Starhorse Shipping
Lines did not immediately respond to a request for comment." with "Transportation Secretary
Vivencio Oyardo-Lim said the ferry's operator, Starhorse Shipping Lines, would face charges …" at
0.31: the three words they share are the firm's name, weighted as names are (ENTITY_WEIGHT). A pair
now needs a shared word, figure or fact besides one name (align._one_name_only); sentences sharing
two names or more, or a content word with the name, still pair. The reported sentences and two
variants of my own (a person's name; a place's name spelt over a line break), each with a real
pair beside it that must stay."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.align import align
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Doc:
    doc: str
    text: str
    title: str | None = None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


CASES = [
    # reported (the tester's wire copy and update, the two sentences as they read)
    (
        "The ferry capsized before dawn with 187 people aboard. "
        "Starhorse Shipping Lines did not immediately respond to a request for comment.",
        "The ferry capsized before dawn with 187 people on board. Transportation Secretary Vivencio "
        "Oyardo-Lim said the ferry's operator, Starhorse Shipping Lines, would face charges if negligence "
        "were proven.",
        "Starhorse Shipping Lines did not",
    ),
    # a person's name: what she said and what was said of her
    (
        "Flood waters rose three metres overnight in the valley. "
        "Mayor Ingrid Halvorsen-Roe declined to comment on the evacuation order.",
        "Flood waters rose three metres overnight across the valley. Residents blamed Mayor Ingrid "
        "Halvorsen-Roe for the late warning sirens.",
        "Mayor Ingrid Halvorsen-Roe declined",
    ),
    # a place's name written over a line break
    (
        "Twelve miners were trapped after the tunnel collapsed. "
        "Rescue teams from Port Kelvary Junction reached the site by noon.",
        "Twelve miners were trapped when the tunnel collapsed. The mine's owners moved their offices "
        "to Port Kelvary\nJunction last spring.",
        "Rescue teams from Port Kelvary",
    ),
]


@pytest.mark.parametrize(("a_text", "b_text", "alone"), CASES)
def test_one_shared_name_is_no_pair(a_text: str, b_text: str, alone: str) -> None:
    result = align(Doc("a", a_text), Doc("b", b_text))
    paired = [(p.a.text, p.b.text) for p in result.pairs]
    # the lede pairs (shared words and a figure besides)
    assert len(paired) == 1, paired
    assert any(alone in s.text for s in result.only_a), [s.text for s in result.only_a]


def test_two_names_or_a_word_besides_still_pair() -> None:
    # two names shared (who and where): one event told twice
    a = Doc("a", "Premier Li Qiang spoke in Shanghai on Saturday. The weather was mild.")
    b = Doc("b", "On Saturday Premier Li Qiang addressed delegates in Shanghai. Markets were closed.")
    pairs = align(a, b).pairs
    assert len(pairs) == 1 and pairs[0].a.text.startswith("Premier Li Qiang")
    # one name and a content word: "suspended"
    a = Doc("a", "Regulators suspended Starhorse Shipping Lines on Monday.")
    b = Doc("b", "Starhorse Shipping Lines was suspended by regulators.")
    assert len(align(a, b).pairs) == 1
