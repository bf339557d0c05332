"""Round s46-e's reported kinds (issue #16): a country written in another language in a dateline or
a credit ("Suède", "Noruega", "Norvège") is a place, no agency or outlet; a wire's flag in capitals
("URGENT:", "FLASH:", "BULLETIN -") is no organisation nor place; a river's bare name is the river
its full name names (one entity); a firm's name after an elided particle ("d'Orrin Chemicals") is
read; a firm named by a trade noun ("Grainger Fuels", "Harlow Oil") is an ORG wherever it stands,
while a kind of oil ("Crude Oil") is none. Each: the reported input, then variants."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("STOCKHOLM (Suède) — The company said the leak was small.", "Suède"),
        ("LISBOA (Noruega) - Officials said the spill reached the fjord on Tuesday.", "Noruega"),
        ("A tanker ran aground near the port.\n\nCrédit photo : Jens Olsen / Norvège.", "Norvège"),
    ],
)
def test_a_country_in_another_language_is_a_place(rec: Recognizer, text: str, country: str) -> None:
    found = names(rec, text)
    assert (country, "GPE") in found, found
    assert not any(label == "ORG" and country in name for name, label in found), found


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "URGENT: Cyanide spill reaches the Vessna River near Kordal. Officials closed the intakes on Monday.",
            "URGENT",
        ),
        ("FLASH: Chlorine leak at the Tarrow plant. Police closed the road on Tuesday.", "FLASH"),
        ("Mine spill\n\nBULLETIN - Two workers were hurt at the Kordal mine on Friday, the company said.", "BULLETIN"),
    ],
)
def test_a_wire_flag_is_no_name(rec: Recognizer, text: str, flag: str) -> None:
    found = names(rec, text)
    assert not any(name == flag for name, _ in found), found


@pytest.mark.parametrize(
    ("text", "bare", "river"),
    [
        (
            "Cyanide spill reaches Vessna River\n\nKORDAL - Cyanide reached the Vessna River on Monday. "
            "The Vessna flows into the sea. Officials said fish in the Vessna had died.",
            "Vessna",
            "LOC:Vessna River",
        ),
        (
            "Fish die in the Ostra\n\nThe Ostra River was closed to boats. Anglers on the Ostra said they "
            "had seen dead fish near Kordal.",
            "Ostra",
            "LOC:Ostra River",
        ),
        (
            "Mine waste reached the Marlo on Monday, officials said. The Marlo River flows past three towns.",
            "Marlo",
            "LOC:Marlo River",
        ),
    ],
)
def test_a_rivers_bare_name_is_the_river(rec: Recognizer, text: str, bare: str, river: str) -> None:
    mentions = rec.recognize(Art("x", text))
    bare_keys = {m.key for m in mentions if text[m.start : m.end] == bare}
    assert bare_keys == {river}, [(text[m.start : m.end], m.key) for m in mentions]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("d'Orrin Chemicals said on Tuesday that it would pay for the clean-up.", "d'Orrin Chemicals"),
        ("The spill came from a tank owned by d'Arvel Plastics, the police said.", "d'Arvel Plastics"),
        ("Shares in l'Ostal Foods fell on Monday after the recall.", "l'Ostal Foods"),
    ],
)
def test_a_firm_after_an_elided_particle(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Grainger Fuels, which runs the depot, said the tank had been inspected.", "Grainger Fuels"),
        ("Harlow Oil said the pipeline was shut on Monday.", "Harlow Oil"),
        ("Workers at Grainger Fuels were sent home after the fire.", "Grainger Fuels"),
        ("Fire at Tamsin Fuels depot\n\nThe fire at Tamsin Fuels broke out on Monday, police said.", "Tamsin Fuels"),
        ("Shares in Pellow Oil fell 4% on Tuesday.", "Pellow Oil"),
        ("The walkway was built by Harbour Marine Contracting and designed by Ma Ma Architects.", "Ma Ma Architects"),
        (
            "The walkway was built by Harbour Marine Contracting and designed by Ma Ma Architects.",
            "Harbour Marine Contracting",
        ),
        ("His collection was published by Mzuni Press in 2004.", "Mzuni Press"),
    ],
)
def test_a_firm_named_by_its_trade_noun(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Crude Oil prices rose on Monday.",
        "Palm Oil exports fell in March.",
        "Brent Oil rose 2% on Tuesday.",
    ],
)
def test_a_kind_of_oil_is_no_firm(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(label == "ORG" and name.endswith("Oil") for name, label in found), found
