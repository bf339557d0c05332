"""Firms named by a trade or sector word of another language (t13n F24, round s28-e; names
invented): "Fitch's analysts said Sorvena Químicos could lose its investment grade" typed
"Sorvena Químicos" a PERSON, and "EDP Distribuição says power was restored" gave the ORG "EDP"
alone: a firm's acronym and its arm's trade word are one name. Each fault: the reported input and
two variants; and what the new words must leave alone."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Fitch's analysts said Sorvena Químicos could lose its investment grade.", "Sorvena Químicos"),  # reported
        ("Brokers said Mavrelli Chimica could lose its biggest client.", "Mavrelli Chimica"),
        ("Lenders said Anadolar Kimya would miss the payment.", "Anadolar Kimya"),
        ("Buyers said Vale do Ave Têxteis had cut its prices.", "Vale do Ave Têxteis"),
    ],
)
def test_a_firm_closed_by_a_trade_word_of_another_language_is_an_org(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found
    assert (firm, "PERSON") not in found, found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("EDP Distribuição says power was restored to most homes.", "EDP Distribuição"),  # reported
        ("KGHM Energia said the line would reopen on Monday.", "KGHM Energia"),
        ("The schedule was cut, TAP Transportes said on Friday.", "TAP Transportes"),
    ],
)
def test_an_acronym_and_its_trade_word_are_one_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found
    assert (firm.split(maxsplit=1)[0], "ORG") not in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a zone named by its kind first stays the place; an acronym before an English word stays
        ("Workers at the Zona Industrial da Várzea were sent home.", "Zona Industrial da Várzea", "FAC"),
        ("Maria Kellerman said the figures were wrong.", "Maria Kellerman", "PERSON"),
    ],
)
def test_the_trade_words_leave_other_names_alone(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)
