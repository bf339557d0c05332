"""A capital letter is any script's capital (issue #16): names such as Łukasz, Özil, Ángel and
Çelik are read by every rule that reads names from capitals, through the one definition in
``index/corpus/letters.py``. Each rule: the reported kind plus variants, names invented."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.facts import extract_figures
from waic_reader.index.analysis.quotes.speaker_words import _NAME_RUN, _NAME_WORD
from waic_reader.index.corpus import letters
from waic_reader.index.corpus.blocks import Block, Sentence, sentences_of, split_blocks
from waic_reader.index.corpus.titles import derive_outlet


@dataclass
class Art:
    doc: str
    text: str
    date: str | None = None

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


@pytest.mark.parametrize("word", ["Łukasz", "Özil", "Ángel", "Çelik", "İlkay", "ÇELİK", "Øystein", "Émile"])
def test_a_capitalised_word_in_any_script(word: str) -> None:
    assert re.fullmatch(letters.CAP_WORD, word)
    assert re.fullmatch(letters.CAP, word[0])
    assert bool(re.fullmatch(letters.CAP, word[1])) == word.isupper()


@pytest.mark.parametrize("word", ["Özil", "Ibáñez", "Pryce-Williams", "Núñez-Ólafsdóttir", "Wiśniewski"])
def test_a_name_word_in_running_text(word: str) -> None:
    assert re.fullmatch(letters.NAME_WORD, word)
    assert _NAME_WORD.fullmatch(word)


@pytest.mark.parametrize("name", ["Łukasz Wiśniewski", "Ángel Rivas Órtiz", "Çağla Özkan"])
def test_a_speaker_name_run(name: str) -> None:
    assert _NAME_RUN.fullmatch(name)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Łukasz Nowak · Gazeta Śląska · 14 March 2025", "Gazeta Śląska"),
        ("By Ángel Ruiz | Él Diario Sur | 3 May 2025", "Él Diario Sur"),
        ("By Zoë Çelik • Öresund Post • Monday", "Öresund Post"),
    ],
)
def test_byline_outlet_after_a_non_ascii_author(line: str, outlet: str) -> None:
    assert derive_outlet(split_blocks(line + "\n\nThe port reopened on Monday.")) == outlet


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By ŁUKASZ NOWAK and ÖZGE ÇELİK", ["ŁUKASZ NOWAK", "ÖZGE ÇELİK"]),
        ("By Ömer Aksoy and Íris Dahl", ["Ömer Aksoy", "Íris Dahl"]),
        ("By Ángel Ruiz and Íñigo Sáez", ["Ángel Ruiz", "Íñigo Sáez"]),
    ],
)
def test_byline_people_with_non_ascii_capitals(rec: Recognizer, byline: str, people: list[str]) -> None:
    got = names(rec, f"Port strike ends\n\n{byline}\n\nThe port reopened on Monday after a week.")
    for p in people:
        assert (p, "PERSON") in got, got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The terminal is owned by Öresund Kraft and has run since May.", "Öresund Kraft"),
        ("Élanor's analysts expect the bank to cut rates again.", "Élanor's"),
        ("The mill is now a joint venture of Łódka Paper and the town.", "Łódka Paper"),
    ],
)
def test_organisations_from_context_with_non_ascii_capitals(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The quake struck 120 km north of Łódź on Friday.", "distance to Łódź"),
        ("The quake struck 40 kilometres south of Ürümqi on Friday.", "distance to Ürümqi"),
        ("The epicentre was 15 miles from Óbidos, officials said.", "distance to Óbidos"),
    ],
)
def test_a_distance_to_a_non_ascii_place(text: str, label: str) -> None:
    (value,) = [v for v in extract_figures(Art("x", text)) if v.kind == "quantity"]
    assert value.label == label
