"""Name kinds of issue #16's third round, found on the tuning sets (tests/gold/names/tuned,
heldout, heldout2, heldout3): each kind with an input like the reported one and variants of our
own, names invented."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.blocks import Block, Sentence, sentences_of, split_blocks


@dataclass
class Art:
    doc: str
    text: str

    @cached_property
    def blocks(self) -> list[Block]:
        return split_blocks(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(self.blocks)


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def names(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    return {(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name, then a two-syllable given name with a lower-case second part
        (
            "Chief executive Yoo Tae-hwan told reporters the plant would open in 2028.",
            {("Yoo Tae-hwan", "PERSON")},
        ),
        (
            "The series was written by Gong Mi-rae and directed by Seok Jin-ho, who said little.",
            {("Gong Mi-rae", "PERSON"), ("Seok Jin-ho", "PERSON")},
        ),
        # given name first, and the family name alone later
        (
            "Reviewer Hyo-bin Chae liked it. Later the show cut Seok Jin-ho's best scene, and Seok said nothing.",
            {("Hyo-bin Chae", "PERSON"), ("Seok Jin-ho", "PERSON"), ("Seok", "PERSON")},
        ),
    ],
)
def test_hyphenated_two_syllable_given_names(rec: Recognizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= names(rec, text)


@pytest.mark.parametrize(
    "text", ["Year-end Sale starts at Cobbly Mart.", "Post-war Britain was poor.", "Self-made Bakers won."]
)
def test_hyphenated_english_words_are_no_given_names(rec: Recognizer, text: str) -> None:
    assert not any(label == "PERSON" for _, label in names(rec, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a job word in capitals because it opens the sentence, then the name
        ("Striker Tovin Brask scored twice after the break.", "Tovin Brask"),
        ("Substitute Quillon Dace, on loan for the season, added a third.", "Quillon Dace"),
        ("Reviewer Ossip Tarn was less kind.", "Ossip Tarn"),
    ],
)
def test_a_job_word_opening_the_sentence_is_no_part_of_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(text.startswith(name) for name, _ in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("She is survived by her son and her daughter Yarrick, who lives abroad.", "Yarrick"),
        ("The dish was cooked by chef Korin for the judges.", "Korin"),
        ("The new treasurer, Varro Quist, noticed the payments.", "Varro Quist"),
        ("He spoke at length with his wife Ossip Dace about the move.", "Ossip Dace"),
    ],
)
def test_a_name_after_a_kinship_or_job_word(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
