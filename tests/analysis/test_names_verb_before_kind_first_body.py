"""A verb opening a sentence in Spanish or Portuguese copy is no part of the body named by its kind
first after it ("Anuncia Grupo Bimbo nuevas inversiones" was an ORG "Anuncia Grupo Bimbo": a
reported leftover, round s39-e), while the words that open such names ("Nuevo Banco Santa Fe",
"Gran Teatro Nacional", "Karuvy Energía S.A.") stay in them. Invented examples."""

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
        ("Notas.\n\nAnuncia Grupo Bimbo nuevas inversiones en Texas.", "Grupo Bimbo"),
        ("Notas.\n\nPresenta Banco Azteca su informe anual.", "Banco Azteca"),
        ("Notas.\n\nConfirma Cooperativa Agraria Los Andes la venta del terreno.", "Cooperativa Agraria Los Andes"),
    ],
)
def test_opening_verb_stays_outside_the_body(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found
    assert not any(name.endswith(body) and name != body for name, _ in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Notas.\n\nNuevo Banco Santa Fe opened a branch.", "Nuevo Banco Santa Fe"),
        ("Notas.\n\nGran Teatro Nacional reopened on Friday.", "Gran Teatro Nacional"),
        # a name's own first word, no verb's shape, before the kind word
        ("Notas.\n\nKaruvy Energía S.A. firmó el contrato.", "Karuvy Energía S.A."),
    ],
)
def test_a_name_opening_word_stays_inside(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text)
