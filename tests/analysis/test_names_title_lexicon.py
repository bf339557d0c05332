"""The title words are one lexicon with one lookup (lexicons.TITLES, title_kind; round s30-a): the
tabloid's title words ("Boss", "Ace": t13o F4), kept apart in TABLOID_TITLES before, are entries of
kind TABLOID_TITLE, dropped before a given name only; the performer's and honorific titles of
session 29 ("DJ", "MC", "Doña", "Ña", "Ño") are of kind TITLE. Behaviour as before: the reported
tabloid input, two invented variants, and "Hugo Boss" left whole."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities import lexicons
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Boss", "tabloid"),
        ("Tycoon", "tabloid"),
        ("DJ", "title"),
        ("Doña", "title"),
        ("Mayor", "title"),
        ("Hugo", None),
    ],
)
def test_one_lookup(word: str, kind: str | None) -> None:
    assert lexicons.title_kind(word) == kind
    assert (word in lexicons.TITLE_CORE) == (kind == "title")


def test_no_second_title_list() -> None:
    assert not hasattr(lexicons, "TABLOID_TITLES")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Boss Joaquín Céspedes was grilled by the panel.\n", "PERSON:Joaquín Céspedes"),  # reported (t13o F4)
        ("Tycoon Marta Lindqvist sold the club on Friday.\n", "PERSON:Marta Lindqvist"),
        ("Ace Ingrid Halvorsen won the final set.\n", "PERSON:Ingrid Halvorsen"),
        ("The designer Hugo Boss opened a shop.\n", "PERSON:Hugo Boss"),
    ],
)
def test_tabloid_titles_outside_the_name(rec: Recognizer, text: str, key: str) -> None:
    keys = [m.key for m in rec.recognize(Art("d", text))]  # type: ignore[arg-type]
    assert key in keys, keys
