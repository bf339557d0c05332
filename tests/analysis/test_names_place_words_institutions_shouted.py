"""Portuguese and Spanish kinds of place opening a name, a name before an institution's noun,
and a tabloid's shouted people (t13n F3, round s27-i): "Bairro do Sol" and "Zona Industrial da
Várzea" were people, "the Santa Luzia hospital" a PERSON "Santa Luzia", "A BRIT couple" an ORG.
A neighbourhood is a GPE, an industrial zone a FAC (as "Rua", "Avenida": lexicons._PREFIX_CUES);
the institution an ORG; the shouted word its people (NORP). Reported inputs and two invented
variants of each."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # reported (t13n F3)
        ("Residents of the Várzea and Bairro do Sol neighbourhoods were evacuated.", "Bairro do Sol", "GPE"),
        ("A storage tank in the Zona Industrial da Várzea blew up.", "Zona Industrial da Várzea", "FAC"),
        # invented
        ("People in Barrio San Isidro were told to stay indoors.", "Barrio San Isidro", "GPE"),
        (
            "Smoke covered the Polígono Industrial de Cobo Calleja for hours.",
            "Polígono Industrial de Cobo Calleja",
            "FAC",
        ),
    ],
)
def test_a_kind_of_place_opening_a_name_types_it(rec: Recognizer, text: str, name: str, label: str) -> None:
    got = names(rec, text)
    assert (name, label) in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # reported (t13n F3)
        ("One of the injured died in the Santa Luzia hospital on Monday.", "Santa Luzia"),
        # invented: another institution noun and name
        ("She was taken to the São Bento clinic with burns.", "São Bento"),
        ("Pupils of the Vasco Gama school were sent home.", "Vasco Gama"),
    ],
)
def test_a_name_before_an_institution_noun_is_the_institution(rec: Recognizer, text: str, name: str) -> None:
    got = names(rec, text)
    assert (name, "ORG") in got, got
    assert (name, "PERSON") not in got, got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # reported (t13n F3)
        ("A BRIT couple on holiday saw the smoke from their hotel.", "BRIT"),
        # invented: other peoples shouted
        ("A GERMAN tourist was hurt, police said.", "GERMAN"),
        ("Two SCOTS were among the injured, the hospital said.", "SCOTS"),
    ],
)
def test_a_shouted_people_word_is_no_organisation(rec: Recognizer, text: str, word: str) -> None:
    got = names(rec, text)
    assert (word, "ORG") not in got, got
    assert (word, "NORP") in got, got


def test_a_shouted_acronym_stays_an_organisation(rec: Recognizer) -> None:
    got = names(rec, "The BBC reporter said NATO would meet on Friday.")
    assert ("BBC", "ORG") in got and ("NATO", "ORG") in got, got
