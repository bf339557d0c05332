"""A name's own first word at a sentence start, and a proper name after "a ministry of X and the"
(review s39-rv, findings 8 and 9, of round s39-e's rules).

* "Pontificia Universidad Católica de Chile said …" lost "Pontificia": the opening-verb rule took
  any word ending in -a/-e before a kind-first body for a Spanish or Portuguese verb. Only a verb
  is dropped ("Anuncia Grupo Bimbo …": test_names_verb_before_kind_first_body).
* "the Ministry of Education and the Sorbonne" was one ORG: only a portfolio's words after "and
  the" go on in a ministry's name ("Ministry of Fisheries and the Blue Economy").
Invented examples.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the reviewer's inputs
        (
            "Notes.\n\nPontificia Universidad Católica de Chile said the study was sound.",
            "Pontificia Universidad Católica de Chile",
        ),
        ("Notes.\n\nEvangelische Stiftung Hephata runs the home near Kassel.", "Evangelische Stiftung Hephata"),
        ("Notes.\n\nCaixa Banco de Investimento advised the buyers.", "Caixa Banco de Investimento"),
        # variants of my own: other adjectives of a name before its kind word
        ("Notes.\n\nKatholische Stiftung Marienhaus opened a clinic.", "Katholische Stiftung Marienhaus"),
        (
            "Notes.\n\nSociedade Cooperativa Agrícola de Lafões sold the land.",
            "Sociedade Cooperativa Agrícola de Lafões",
        ),
    ],
)
def test_a_names_first_word_stays_at_a_sentence_start(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # the reviewer's input
        (
            "Funding came from the Ministry of Education and the Sorbonne, officials said.",
            "Ministry of Education",
            "Sorbonne",
        ),
        # variants of my own: a museum, an institute of two words
        ("Loans came from the Ministry of Culture and the Louvre, officials said.", "Ministry of Culture", "Louvre"),
        (
            "The Ministry of Health and the Karolinska Institutet signed the deal.",
            "Ministry of Health",
            "Karolinska Institutet",
        ),
    ],
)
def test_a_proper_name_after_and_the_is_a_body_of_its_own(rec: Recognizer, text: str, first: str, second: str) -> None:
    found = names(rec, text)
    assert (first, "ORG") in found
    assert not any(name.startswith(first + " and") for name, _ in found)
