"""Entity names of round s25-a (issues #13/#16), each reported input with variants, each failing
before the round:

- a model's suffix in capitals after a product or a model's code ("iPhone SE", "Galaxy S24 FE")
  was an Organisation "SE"/"FE"; a firm's legal form after a place word ("Baltic Rail SE") stays;
- a given name or surname written alone and shared by two persons named in full in one article
  ("Anna Berg ... Anna Lunde ... Anna said") went to the first person named, not to the one named
  last before it, and was given to one of them when no reader could tell which.
"""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> list[tuple[str, str, str]]:
    """Each mention of ``text`` as (mention text, label, entity key), after a title line."""
    body = "Title\n\n" + text
    return [(body[m.start : m.end], m.label, m.key) for m in rec.recognize(Art("x", body))]


@pytest.mark.parametrize(
    ("text", "product", "suffix"),
    [
        # reported
        ("Apple launched the iPhone SE on Tuesday.", "iPhone SE", "SE"),
        ("Samsung sells the Galaxy S24 FE in Norway.", "Galaxy S24 FE", "FE"),
        # invented: another code, a Roman numeral, no maker named
        ("He bought a Galaxy S23 FE last week.", "Galaxy S23 FE", "FE"),
        ("Sony unveiled the Xperia 10 VI in May.", "Xperia 10 VI", "VI"),
        ("The Pixel 8a and the iPhone SE were compared.", "iPhone SE", "SE"),
    ],
)
def test_model_suffix_is_no_firm(rec: Recognizer, text: str, product: str, suffix: str) -> None:
    found = _found(rec, text)
    assert (product, "PRODUCT", entity_key("PRODUCT", product)) in found, found
    assert not any(name == suffix for name, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Baltic Rail SE owns the tracks.", "Baltic Rail SE"),
        ("Arctic Ferries SE said it would appeal.", "Arctic Ferries SE"),
    ],
)
def test_legal_form_after_a_place_word_stays_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = _found(rec, text)
    assert [(n, lab) for n, lab, _ in found] == [(firm, "ORG")], found


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        # reported
        (
            "Anna Berg runs the depot.\n\nAnna Lunde drives the train.\n\nAnna said the line was safe.",
            "Anna",
            "Anna Lunde",
        ),
        # invented: a shared surname, one paragraph, the lone word after a comma
        (
            "Ola Berg runs the yard.\n\nKari Berg drives the crane.\n\nThe crane was slow, Berg said.",
            "Berg",
            "Kari Berg",
        ),
        ("Anna Berg runs the depot. Anna Lunde drives the train. Anna said the line was safe.", "Anna", "Anna Lunde"),
        # the nearest before it, not the one after it
        (
            "Anna Berg runs the depot.\n\nAnna said the line was safe.\n\nAnna Lunde drives the train.",
            "Anna",
            "Anna Berg",
        ),
    ],
)
def test_shared_lone_name_is_the_person_named_last_before_it(
    rec: Recognizer, text: str, word: str, person: str
) -> None:
    found = _found(rec, text)
    assert (word, "PERSON", entity_key("PERSON", person)) in found, found


@pytest.mark.parametrize(
    ("text", "word", "people"),
    [
        ("Anna Berg and Anna Lunde met on Monday. Anna said the line was safe.", "Anna", ("Anna Berg", "Anna Lunde")),
        ("Kari Berg and Ola Berg met on Monday. Berg said the line was safe.", "Berg", ("Kari Berg", "Ola Berg")),
        (
            "Per Solli, 63, and his son Jon Solli, 37, were convicted. The texts came from the younger Solli's phone.",
            "Solli",
            ("Per Solli", "Jon Solli"),
        ),
    ],
)
def test_shared_lone_name_after_both_in_one_sentence_is_no_ones(
    rec: Recognizer, text: str, word: str, people: tuple[str, ...]
) -> None:
    """No reader can tell which of two people named in one sentence the lone word is: it is left
    unresolved (a person still: the word alone), never given to the first named."""
    found = _found(rec, text)
    keys = {entity_key("PERSON", p) for p in people}
    assert not any(name == word and key in keys for name, _, key in found), found
    assert (word, "PERSON", entity_key("PERSON", word)) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Since March 2024 EU rules have applied.",
        "Route 66 UN staff drove the trucks.",
        "The iPhone 15 EU model lacks a charger.",
    ],
)
def test_known_body_after_a_number_is_no_model_suffix(rec: Recognizer, text: str) -> None:
    """A date, a numbered road or a known body's acronym ("EU", "UN") makes no model's suffix."""
    found = _found(rec, text)
    assert not any(
        label == "PRODUCT" and " " in name and name.split()[-1] in ("EU", "UN") for name, label, _ in found
    ), found
