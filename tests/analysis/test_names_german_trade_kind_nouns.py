"""German trade nouns set before a firm's name as its kind ("der Autobauer Velmora Motors AG", "der
Chiphersteller Castellane Semiconductor") are no part of the name (review s47-rv2 finding 7: round
s47-n's list of kind heads held only the reported "-gesellschaft" and "-konzern"); a compound
head that opens names of its own ("Landesbank Hessen-Thüringen") stays in the name."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

# Enough German around the sentence for the language identifier to read the article.
_DE = (
    "BERLIN. Die Brücke ist am Dienstag eingestürzt, mindestens neun Menschen sind gestorben. {} "
    "Die Polizei ermittelt, und die Taucher suchen weiter nach den Vermissten."
)


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the review's sentences
        ("Der Autobauer Velmora Motors AG stoppte die Produktion.", "Velmora Motors AG"),
        ("Der Chiphersteller Castellane Semiconductor meldete Ausfälle.", "Castellane Semiconductor"),
        # variants: other trades, a genitive, a shipping line
        ("Der Netzbetreiber Halvik Energie GmbH schaltete den Strom ab.", "Halvik Energie GmbH"),
        ("Die Aktie des Versandhändlers Marlow Direkt AG fiel um drei Prozent.", "Marlow Direkt AG"),
        ("Die Containerreederei Nordkap Lines teilte mit, dass zwei Schiffe warten.", "Nordkap Lines"),
    ],
)
def test_a_trade_noun_before_a_firm_is_no_part_of_its_name(rec: Recognizer, sentence: str, name: str) -> None:
    found = names(rec, _DE.format(sentence))
    assert (name, "ORG") in found
    assert not any(text.endswith(name) and text != name for text, _ in found)


def test_a_compound_that_opens_a_name_stays_in_it(rec: Recognizer) -> None:
    found = names(rec, _DE.format("Die Landesbank Hessen-Thüringen gab am Montag Zahlen bekannt."))
    assert not any(text == "Hessen-Thüringen" and label == "ORG" for text, label in found)
