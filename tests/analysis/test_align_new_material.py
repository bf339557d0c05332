"""Compare: a sentence is shared only when the other article says the same thing (issue 13, s18).

Reported: article A says in one paragraph what B says in three, and one of B's paragraphs adds a
new fact about the same people. The alignment joined that paragraph to A's as a split half (the
second partner of a one-to-many pair), so it showed as shared, not new. A split half must now
say a part of its partner that the group does not say already, or restate what the other
article says; otherwise it is one-sided, and the aligned rows show it as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.align import Alignment, align
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Doc:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


# The tester's shape: A's one paragraph summarises B's three; B's third adds a new fact.
FLOOD_A = (
    "Heavy rain flooded Brelmoor on Tuesday, forcing 300 residents from their homes, while Mayor Ilse "
    "Varga opened the school gym as a shelter and the river Tamsel peaked at 4.2 metres.\n"
)
FLOOD_B = (
    "Torrential rain flooded Brelmoor on Tuesday, and 300 residents had to leave their homes.\n\n"
    "Mayor Ilse Varga opened the school gym as a shelter as the river Tamsel peaked at 4.2 metres.\n\n"
    "Mayor Varga has asked Brelmoor residents to stay away from the Tamsel.\n"
)
FLOOD_NEW = "Mayor Varga has asked Brelmoor residents to stay away from the Tamsel."
FLOOD_SPLIT = "Torrential rain flooded Brelmoor on Tuesday, and 300 residents had to leave their homes."

# Variants: a fire (the new fact names the owner, the mill and the town) and a carmaker (the new
# fact repeats the chief executive, the analysts and the company).
MILL_A = (
    "A fire at the Korvane paper mill in Ostrel on Sunday injured four workers, and owner Dalia Brenn "
    "said production would halt for a week.\n"
)
MILL_B = (
    "Fire broke out at the Korvane paper mill in Ostrel on Sunday. Four workers were injured.\n\n"
    "Owner Dalia Brenn said production at the mill would halt for a week.\n\n"
    "Brenn said the Korvane mill in Ostrel had failed a fire inspection in May.\n"
)
MILL_NEW = "Brenn said the Korvane mill in Ostrel had failed a fire inspection in May."
MILL_SPLIT = "Fire broke out at the Korvane paper mill in Ostrel on Sunday."

CARS_A = (
    "Shares in Pellow Motors fell 9% on Thursday after the carmaker cut its annual sales forecast to "
    "1.2 million vehicles, chief executive Rana Osei told analysts.\n"
)
CARS_B = (
    "Pellow Motors cut its annual sales forecast to 1.2 million vehicles on Thursday.\n\n"
    "Its shares fell 9% after chief executive Rana Osei told analysts of the cut.\n\n"
    "Chief executive Rana Osei also told analysts that Pellow Motors would cut 400 jobs.\n"
)
CARS_NEW = "Chief executive Rana Osei also told analysts that Pellow Motors would cut 400 jobs."
CARS_SPLIT = "Its shares fell 9% after chief executive Rana Osei told analysts of the cut."

CASES = [
    pytest.param(FLOOD_A, FLOOD_B, FLOOD_NEW, FLOOD_SPLIT, id="flood-reported"),
    pytest.param(MILL_A, MILL_B, MILL_NEW, MILL_SPLIT, id="mill"),
    pytest.param(CARS_A, CARS_B, CARS_NEW, CARS_SPLIT, id="carmaker"),
]


def paired(al: Alignment, text: str) -> bool:
    return any(text in (p.a.text, p.b.text) for p in al.pairs)


@pytest.mark.parametrize("a, b, new, split", CASES)
def test_new_fact_beside_a_split_is_one_sided(a: str, b: str, new: str, split: str) -> None:
    al = align(Doc("a", a), Doc("b", b))
    assert [s.text for s in al.only_b] == [new]
    assert not paired(al, new)
    assert paired(al, split)  # the real split half stays with its partner
    row = next(r for r in al.rows() if r.b is not None and r.b.text == new)
    assert row.pair is None and row.a is None  # a row of its own: B ▶, a difference


@pytest.mark.parametrize("a, b, new, split", CASES)
def test_many_sentences_on_side_a_alike(a: str, b: str, new: str, split: str) -> None:
    """The same articles the other way round: the new fact is only in A."""
    al = align(Doc("b", b), Doc("a", a))
    assert [s.text for s in al.only_a] == [new]
    assert paired(al, split) and not paired(al, new)


def test_a_sentence_split_across_b_shares_the_words_either_half_says() -> None:
    """A's sentence is marked word by word against its whole group on B's side: the words
    B's split half says ("fire", "Sunday", "injured") are shared, not different."""
    al = align(Doc("a", MILL_A), Doc("b", MILL_B))
    primary = next(p for p in al.pairs if not p.extra and p.a.text == MILL_A.strip())
    diff = {MILL_A[s:e] for s, e in primary.a_diff}
    shared = " ".join(MILL_A[s:e] for s, e in primary.a_shared)
    for word in ("fire", "Korvane", "Ostrel", "Sunday", "injured", "four workers"):
        assert word in shared and word not in diff
