"""The search view's firms (round s22-c): a name asked with a legal form no article writes is
looked up by its core among the corpus's organisations (:meth:`CorpusView.firm_terms`), and the
view kept beside the index keeps that map (a wrongly shaped one is no view). Names invented."""

from __future__ import annotations

import json

import pytest

from waic_reader.index.search.whoosh.corpus_names import (
    CorpusView,
    apart_forms,
    firm_forms,
    view_from_json,
    view_to_json,
)

KEYS = [
    "ORG:Brightwater Ferries Ltd",
    "ORG:Veltrix Systems, Inc.",
    "ORG:Kestrel Hydro Holdings",
    "PERSON:Marta Brightwater",
    "GPE:Halvik",
]


def test_firm_terms_by_core_exactly() -> None:
    view = CorpusView(firms=firm_forms(KEYS))
    assert view.firm_terms("brightwater ferries limited") == ["brightwater ferries ltd"]
    assert view.firm_terms("veltrix systems corporation") == ["veltrix systems inc."]
    assert view.firm_terms("veltrix systems, incorporated") == ["veltrix systems inc."]
    # the bare core (t13g F2a): the firms of that core exactly
    assert view.firm_terms("brightwater ferries") == ["brightwater ferries ltd"]
    # a name the index knows that is a firm's core is that firm too (t13h F5: written bare in one
    # article, with another legal form in another)
    assert view.firm_terms("brightwater ferries", known=lambda t: True) == ["brightwater ferries ltd"]
    # a prefix, a person or a place: nothing
    assert view.firm_terms("brightwater") == []
    assert view.firm_terms("brightwater ferries limited", known=lambda t: True) == []
    assert view.firm_terms("kestrel limited") == []
    assert view.firm_terms("kestrel hydro ltd") == []
    assert view.firm_terms("marta brightwater ltd") == []
    assert view.firm_terms("halvik ab") == []


@pytest.mark.parametrize(
    ("keys", "term", "firms"),
    [
        # a place, a person, a one-word place: named so, kept apart from the firm of that core
        (["GPE:Halvik", "ORG:Halvik AS"], "halvik", ["halvik as"]),
        (
            ["PERSON:Ola Brenne", "ORG:Ola Brenne Ltd", "ORG:Ola Brenne AS"],
            "ola brenne",
            ["ola brenne as", "ola brenne ltd"],
        ),
        (["LOC:Kestrel Bay", "ORG:Kestrel Bay Ltd"], "kestrel bay", ["kestrel bay ltd"]),
    ],
)
def test_a_known_person_or_place_is_not_widened_to_the_firm_of_its_name(
    keys: list[str], term: str, firms: list[str]
) -> None:
    view = CorpusView(firms=(got := firm_forms(keys)), apart=apart_forms(keys, got, {}))
    assert view.firm_terms(term, known=lambda t: True) == []
    # the firm's core asked with a legal form no article writes still finds the firm alone
    assert view.firm_terms(f"{term} limited", known=lambda t: False) == firms
    # merged into the firm by the grouping (into): no longer apart
    merged = {k.lower(): keys[1] for k in keys[:1]}
    view = CorpusView(firms=got, apart=apart_forms(keys, got, merged))
    assert view.firm_terms(term, known=lambda t: True) == firms


def test_the_kept_view_keeps_its_firms() -> None:
    view = CorpusView(firms=firm_forms(KEYS), apart={"halvik"})
    back = view_from_json(view_to_json(view, "k"), "k")
    assert back is not None and back.firms == view.firms and back.apart == {"halvik"}
    damaged = json.loads(view_to_json(view, "k"))
    damaged["firms"] = {"brightwater ferries": "brightwater ferries ltd"}
    assert view_from_json(json.dumps(damaged), "k") is None
