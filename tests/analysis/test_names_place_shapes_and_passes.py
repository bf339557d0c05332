"""Issue #16 (round s34-c): places read by their shape or their context, one rule each.

A hyphenated name of three parts with a particle is a place by its shape ("Saint-Aubrac-des-Pins"),
unless a given name opens it: "Jean-de-Dieu", "Marie-de-la-Croix" are given names; a two-part
"Saint-X" is not decided by its shape ("Saint-Exupéry" is a person). "Puerto de X" is a mountain
pass (LOC) only where its sentence speaks of a pass (a climb, a summit, an altitude); otherwise the
town (GPE: "Puerto de Sagunto", "Puerto de Mogán"). A lodging or a club named after its kind in
lower case takes that kind's label from the one cue table (lexicons.CUES)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities import context, lexicons, places, recogniser
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(art)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jean-de-Dieu said the team was ready.", "Jean-de-Dieu"),
        ("We met Jean-de-Dieu at the market on Sunday.", "Jean-de-Dieu"),
        ("Later, Marie-de-la-Croix arrived with the food.", "Marie-de-la-Croix"),
        ("Paul-de-Tarse was named after the saint.", "Paul-de-Tarse"),
    ],
)
def test_a_hyphened_given_name_with_a_particle_is_no_place(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "GPE") not in _found(rec, text)


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Saint-Aubrac-Des-Pins", True),
        ("Villeneuve-lès-Avignon", True),
        ("Notre-Dame-de-Lorette", True),
        ("Saint-Jean-de-Luz", True),
        ("Jean-de-Dieu", False),
        ("Marie-de-la-Croix", False),
        # two parts: "Saint-Tropez" is a town, "Saint-Exupéry" a person; the shape says neither
        ("Saint-Tropez", False),
        ("Saint-Exupéry", False),
        ("Jean-Luc", False),
    ],
)
def test_hyphened_place_shape(word: str, place: bool) -> None:
    assert recogniser._hyphened_place(word) is place


def test_hyphened_places_still_found(rec: Recognizer) -> None:
    got = _found(rec, "In Saint-Aubrac-des-Pins, crews worked. Villeneuve-lès-Avignon was calm.")
    assert ("Saint-Aubrac-des-Pins", "GPE") in got and ("Villeneuve-lès-Avignon", "GPE") in got, got


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a pass: the sentence speaks of a climb, a summit, an altitude
        ("The riders crossed the Puerto de Navacerrada, a climb of 1,858 metres.", "Puerto de Navacerrada", "LOC"),
        ("Snow closed the pass at Puerto de Somosierra on Tuesday.", "Puerto de Somosierra", "LOC"),
        ("The stage ends on the summit of the Puerto de Cotos, at 1,830m.", "Puerto de Cotos", "LOC"),
        # towns: nothing of a pass around them
        ("Shops in Puerto de Sagunto opened late on Monday.", "Puerto de Sagunto", "GPE"),
        ("The mayor of Puerto de Mogán said tourism was up.", "Puerto de Mogán", "GPE"),
        ("Ferries from Puerto del Rosario were cancelled.", "Puerto del Rosario", "GPE"),
    ],
)
def test_puerto_de_is_a_pass_only_in_a_pass_context(rec: Recognizer, text: str, name: str, label: str) -> None:
    got = _found(rec, text)
    assert (name, label) in got, got


def test_group_kinds_take_their_label_from_the_cue_table() -> None:
    for word, label in context._GROUP_KINDS.items():
        assert label == lexicons.CUES[lexicons.GROUP_KIND_CUES[word]], word


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("They stayed at the hotel Costa Azul near the beach.", "Costa Azul", "FAC"),
        ("Members of le club des Cigales cleared the path.", "Cigales", "ORG"),
        ("Families slept at the campsite Pineda Verde on Friday.", "Pineda Verde", "FAC"),
        ("Guests left the hôtel Mirador Azul at dawn.", "Mirador Azul", "FAC"),
        ("A statement from the association Terre Vive followed.", "Terre Vive", "ORG"),
    ],
)
def test_a_body_or_lodging_named_after_its_kind(rec: Recognizer, text: str, name: str, label: str) -> None:
    got = _found(rec, text)
    assert (name, label) in got, got


def test_one_in_place_pattern() -> None:
    # the recogniser's plural-group rule and place_use read the one pattern of places.py
    assert not hasattr(recogniser, "_IN_PLACE_BEFORE")
    pat = places.IN_PLACE_BEFORE
    for before in ("shops in ", "near the ", "outside ", "In the ", "across the ", "into "):
        assert pat.search(before) is not None, before
    for before in ("from ", "of the ", "to "):
        assert pat.search(before) is None, before
    m = pat.search("shares in ")
    assert m is not None and m.group("before") == "shares"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Families in Las Estancias were moved.", "Las Estancias", "GPE"),
        ("They camped near Les Baux overnight.", "Les Baux", "GPE"),
        ("Members of Les Cigales cleared the path.", "Les Cigales", "ORG"),
    ],
)
def test_plural_article_places_and_groups(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in _found(rec, text)
