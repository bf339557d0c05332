"""Legal forms the recogniser did not read (t13i, round s24-g; names invented): the Polish
"Sp. z o.o." (written in three tokens: "Kowalski Stal Sp. z o.o." left the bare "Kowalski Stal"
a person) and the European company's "SE" ("Nordvik Hydro SE": "SE" an acronym of its own). Each
form, with the reported firm and invented variants, is one firm with its bare name across articles,
as "Oy", "AB" and "GmbH" are."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.lexicons import firm_core, folded_firm_core, legal_form
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def grouped(rec: Recognizer, texts: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """(label, name) → the docs of each entity the corpus ``texts`` (doc → text) gives."""
    mentions = {doc: rec.recognize(Art(doc, text)) for doc, text in texts.items()}
    return {(e.label, e.name): e.docs for e in group(mentions, texts)}


FIRMS = [
    # reported (t13i F10): Polish, then the bare name in another article
    ("Kowalski Stal Sp. z o.o.", "Kowalski Stal"),
    # reported: the European company
    ("Nordvik Hydro SE", "Nordvik Hydro"),
    # invented: Polish in lower case, Luxembourg's, Italian's and Malaysia's dotted or short forms
    ("Wiśniewski Budowa sp. z o.o.", "Wiśniewski Budowa"),
    ("Lumen Data S.à r.l.", "Lumen Data"),
    ("Ferretti Navale S.p.A.", "Ferretti Navale"),
    ("Tanjung Sawit Bhd", "Tanjung Sawit"),
    ("Hoshino Seiki K.K.", "Hoshino Seiki"),
    ("Baltrum Energie SE", "Baltrum Energie"),
]


@pytest.mark.parametrize(("firm", "bare"), FIRMS)
def test_the_form_ends_the_firm_and_the_bare_name_is_that_firm(rec: Recognizer, firm: str, bare: str) -> None:
    a = f"Suppliers\n\n{firm} made the steel for the plant in 2019.\n"
    b = f"Steel checked\n\n{bare} said the steel was certified.\n"
    assert (firm, "ORG") in names(rec, a)
    assert not any(label == "ORG" and text != firm for text, label in names(rec, a)), names(rec, a)
    got = grouped(rec, {"a": a, "b": b})
    assert got[("ORG", firm)] == ["a", "b"], got
    assert not any(name == bare for _, name in got), got


@pytest.mark.parametrize(("firm", "bare"), FIRMS)
def test_firm_core_drops_the_form_whole(firm: str, bare: str) -> None:
    assert firm_core(firm) == bare
    assert folded_firm_core(firm) == bare.lower()
    assert folded_firm_core(firm.upper()) == bare.lower()


def test_a_spaced_form_is_a_legal_form_as_written_and_its_parts_are_not() -> None:
    for form in ("Sp. z o.o.", "sp. z o.o.", "S.à r.l.", "SE", "S.p.A.", "Bhd", "K.K."):
        assert legal_form(form), form
    for word in ("Sp.", "z", "o.o.", "r.l.", "Se"):
        assert not legal_form(word), word


def test_se_after_a_place_or_alone_is_no_firm(rec: Recognizer) -> None:
    # "SE" is still no firm's form where no name precedes it
    text = "Prices\n\nThe SE region saw the highest prices on Monday, the grid operator said.\n"
    assert not any(label == "ORG" and "SE" in t and t != "SE" for t, label in names(rec, text)), names(rec, text)


def test_a_models_se_after_a_known_brand_is_no_firms_form(rec: Recognizer) -> None:
    # "SE" after a product or brand the gazetteer knows is a model's letters, no legal form
    for text, model in (
        ("Reviews\n\nThe new iPhone SE costs less than last year's model.\n", "iPhone SE"),
        ("Reviews\n\nThe Apple Watch SE tracks sleep, the company said.\n", "Apple Watch SE"),
    ):
        assert (model, "ORG") not in names(rec, text), names(rec, text)
