"""The search view's firms (round s22-c): a name asked with a legal form no article writes is
looked up by its core among the corpus's organisations (:meth:`CorpusView.firm_terms`), and the
view kept beside the index keeps that map (a wrongly shaped one is no view). Names invented."""

from __future__ import annotations

import json

from waic_reader.index.search.whoosh.corpus_names import CorpusView, firm_forms, view_from_json, view_to_json

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
    # a name the index knows, a prefix, a person or a place: nothing
    assert view.firm_terms("brightwater ferries", known=lambda t: True) == []
    assert view.firm_terms("brightwater") == []
    assert view.firm_terms("brightwater ferries limited", known=lambda t: True) == []
    assert view.firm_terms("kestrel limited") == []
    assert view.firm_terms("kestrel hydro ltd") == []
    assert view.firm_terms("marta brightwater ltd") == []
    assert view.firm_terms("halvik ab") == []


def test_the_kept_view_keeps_its_firms() -> None:
    view = CorpusView(firms=firm_forms(KEYS))
    back = view_from_json(view_to_json(view, "k"), "k")
    assert back is not None and back.firms == view.firms
    damaged = json.loads(view_to_json(view, "k"))
    damaged["firms"] = {"brightwater ferries": "brightwater ferries ltd"}
    assert view_from_json(json.dumps(damaged), "k") is None
