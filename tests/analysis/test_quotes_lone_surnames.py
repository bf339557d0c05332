"""A lone surname ending in "-s" ("Evans said", "Jones said", "Williams said") whose full name is
in another article is that person's statement, and "But Williams said" is Williams, never a
person "But Williams" (t13l F5: the statements were dropped; a conjunction opened the name). A
lone plural no name of the corpus ends ("Citizens said") stays unattributed, never a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, doc: str, text: str) -> list[Quote]:
    article = Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)
    return find_quotes(article, rec.recognize(article))


@pytest.mark.parametrize(
    ("full", "sentence"),
    [
        # reported (t13l F5)
        ("Gareth Evans", "Evans said the depot was shut."),
        ("Peter Jones", "Jones said the depot was shut."),
        ("Tom Williams", "Williams said the depot was shut."),
        # variants of my own: other surnames in "-s", a live blog's stamp before one
        ("Owen Daniels", "Daniels said the depot was shut."),
        ("Mari Andrews", "(14:05) Andrews said the depot was shut."),
    ],
)
def test_a_lone_surname_in_s_is_the_person_another_article_names(rec: Recognizer, full: str, sentence: str) -> None:
    by_doc = {
        "a": quotes(rec, "a", f"Hearing\n\n{full} spoke at the hearing. {full} said the bridge was old.\n"),
        "b": quotes(rec, "b", f"Depot\n\n{sentence}\n"),
    }
    merged = merge_speakers(by_doc)
    said = [(q.speaker.name if q.speaker else None, q.text) for q in merged["b"]]
    assert said == [(full, "the depot was shut")]


@pytest.mark.parametrize("word", ["Citizens", "Veterans", "Youths"])
def test_a_lone_plural_no_name_ends_is_unattributed(rec: Recognizer, word: str) -> None:
    by_doc = {"b": quotes(rec, "b", f"Depot\n\n{word} said the depot was shut.\n")}
    assert [(q.speaker, q.text) for q in merge_speakers(by_doc)["b"]] == [(None, "the depot was shut")]


@pytest.mark.parametrize(
    "sentence",
    [
        # reported (t13l F5)
        "But Williams said more work was needed.",
        # variants of my own: other conjunctions opening the sentence
        "And Williams said more work was needed.",
        "Yet Williams said more work was needed.",
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name(rec: Recognizer, sentence: str) -> None:
    text = f"Depot\n\nTom Williams runs the depot.\n\n{sentence}\n"
    article = Article("b", Path("/x/b.txt"), text, "utf-8", "", True, None, True)
    people = {text[m.start : m.end] for m in rec.recognize(article) if m.label == "PERSON"}
    assert not any(p.split()[0] in ("But", "And", "Yet") for p in people), people
    said = [(q.speaker.name if q.speaker else None, q.text) for q in quotes(rec, "b", text)]
    assert said == [("Tom Williams", "more work was needed")]
