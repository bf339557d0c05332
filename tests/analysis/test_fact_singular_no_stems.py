"""A noun's singular (``facts.words.singular_of``) never cuts a word that is no plural: an adjective
in "-ous" or a singular noun in "-us" (issue #16, s39-x1: "The previous eruption" gave the thing
"previou" and the row "year of eruption (previou)"). Plurals are still made singular."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.facts.words import singular_of


@pytest.mark.parametrize("word", ["previous", "various", "virus", "census", "campus"])
def test_no_plural_is_left_whole(word: str) -> None:
    assert singular_of(word) == word


@pytest.mark.parametrize(("word", "singular"), [("menus", "menu"), ("eruptions", "eruption"), ("bodies", "body")])
def test_plurals_are_made_singular(word: str, singular: str) -> None:
    assert singular_of(word) == singular
