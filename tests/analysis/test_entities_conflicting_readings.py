"""A surface the corpus reads as two kinds of entity, each named by the surface itself (a town
"GPE:Skardvik" in English articles, "PERSON:Skardvik" in another language's), still types the
other articles' untyped mentions: the reading more articles give, on a tie a place before a lone
word read as a person; each article keeps its own typed reading unless one wins outright (issue
#16, round s38-y4, t13af N11)."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.corpus_votes import surface_name


@pytest.mark.parametrize(
    ("surface", "found", "want"),
    [
        ("Skardvik", {("GPE", "GPE:Skardvik"): {"wire"}, ("PERSON", "PERSON:Skardvik"): {"de"}}, "GPE"),
        ("Varnholm", {("PERSON", "PERSON:Varnholm"): {"de"}, ("LOC", "LOC:Varnholm"): {"blog"}}, "LOC"),
        ("Brennvik", {("FAC", "FAC:Brennvik"): {"a"}, ("PERSON", "PERSON:Brennvik"): {"it"}}, "FAC"),
    ],
)
def test_tie_place_over_lone_person_no_retype(surface: str, found: dict, want: str) -> None:
    first, retypes = surface_name(surface, found)
    assert first is not None and first[1] == want, first
    assert retypes == []  # the other article keeps its own reading


def test_more_articles_win_and_retype() -> None:
    found = {("GPE", "GPE:Tromvik"): {"a", "b", "c"}, ("PERSON", "PERSON:Tromvik"): {"de"}}
    first, retypes = surface_name("Tromvik", found)
    assert first == ("Tromvik", "GPE", "GPE:Tromvik")
    assert retypes == [(("Tromvik", "PERSON:Tromvik"), ("GPE", "GPE:Tromvik"))]


def test_person_majority_types_untyped_only() -> None:
    found = {("PERSON", "PERSON:Halden"): {"a", "b"}, ("GPE", "GPE:Halden"): {"c", "d"}, ("ORG", "ORG:Halden"): {"e"}}
    first, retypes = surface_name("Halden", found)
    assert first is None or retypes == []


def test_two_places_tie_stays_untyped() -> None:
    found = {("GPE", "GPE:Kelso"): {"a"}, ("LOC", "LOC:Kelso"): {"b"}, ("PERSON", "PERSON:Kelso"): {"c"}}
    assert surface_name("Kelso", found) == (None, [])
