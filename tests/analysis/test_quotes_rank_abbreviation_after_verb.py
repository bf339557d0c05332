"""A rank or title written short with its dot ("Col.", "Capt.", "Rev.", "Supt.") between a role in
lower case and a name, after the speech verb: '…, said regional police chief Col. Andrés Quispe.'
credits the name with the clause before the verb, as '…, regional police chief Col. Andrés Quispe
said.' does (t13u F3: no quote at all, attributed or not). The ranks that are words too ("Rev.",
"Supt.") end no sentence before the name (corpus.blocks._RANKS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.blocks import split_sentences
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), "Crush\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted) for q in quotes]


CASES = [
    # reported (t13u's bulletin-radio.txt)
    (
        "Chaos after the final whistle was captured on dozens of phones, said regional police chief"
        " Col. Andrés Quispe.",
        "Andrés Quispe",
        "Chaos after the final whistle was captured on dozens of phones",
    ),
    # variants: another rank and role, a title that is a word too, a rank alone before the name
    (
        "The pier was closed an hour before the storm, said harbour fire chief Capt. Ruth Okafor.",
        "Ruth Okafor",
        "The pier was closed an hour before the storm",
    ),
    (
        "Nobody in the parish had been warned of the flood, said parish priest Rev. Tomás Agüero.",
        "Tomás Agüero",
        "Nobody in the parish had been warned of the flood",
    ),
    (
        "Two lorries were stopped at the border overnight, said Supt. Lena Brandt.",
        "Lena Brandt",
        "Two lorries were stopped at the border overnight",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CASES, ids=["reported", "capt", "rev", "supt-alone"])
def test_rank_after_the_verb_speaks(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(rec, text)


@pytest.mark.parametrize("rank", ["Rev.", "Supt.", "Cmdr.", "Maj.", "Det."])
def test_rank_written_short_ends_no_sentence(rank: str) -> None:
    text = f"The gate was shut, said police chief {rank} Ana Ruiz. Then it opened."
    assert [s.text for s in split_sentences(text)] == [
        f"The gate was shut, said police chief {rank} Ana Ruiz.",
        "Then it opened.",
    ]


def test_rank_word_at_a_sentence_end_still_ends_it() -> None:
    # lower case, the ranks that are words ("det", "maj") end a sentence as before
    assert len(split_sentences("Vi kom i maj. Da var det. Han gikk.")) == 3


RANKS = ["Col.", "Lt.", "Sgt.", "Gen.", "Insp.", "Supt.", "Det.", "Capt.", "Maj.", "Cmdr.", "Rev.", "Prof."]


@pytest.mark.parametrize("rank", RANKS)
@pytest.mark.parametrize(
    "shape",
    [
        "The gate was locked by a steward, said police chief {rank} Ana Ruiz.",
        "The gate was locked by a steward, said {rank} Ana Ruiz.",
        "The gate was locked by a steward, police chief {rank} Ana Ruiz said.",
    ],
    ids=["verb-role-rank", "verb-rank", "role-rank-verb"],
)
def test_every_rank_in_every_order(rec: Recognizer, rank: str, shape: str) -> None:
    text = shape.format(rank=rank)
    article = Article("t", Path("/x/t.txt"), "Crush\n\n" + text + "\n", "utf-8", "", True, None, True)
    people = [m.text for m in rec.recognize(article) if m.label == "PERSON"]
    assert people == ["Ana Ruiz"]  # the rank is no person nor part of the name
    assert said(rec, text) == [("Ana Ruiz", "The gate was locked by a steward")]


@pytest.mark.parametrize("text", ["Maj Sjöwall wrote ten novels.", "Det Norske Veritas inspected the ship."])
def test_bare_rank_words_are_no_titles(rec: Recognizer, text: str) -> None:
    # "Maj" and "Det" are titles only with their dot: a name, a word of other languages without
    article = Article("t", Path("/x/t.txt"), "Crush\n\n" + text + "\n", "utf-8", "", True, None, True)
    before = {"Maj Sjöwall wrote ten novels.": "Maj Sjöwall"}.get(text)
    people = [m.text for m in rec.recognize(article) if m.label == "PERSON"]
    assert people == ([before] if before else [])
