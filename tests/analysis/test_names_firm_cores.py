"""A firm's bare name across articles (tester report t13h, round s23-h), from the grouping's own
inputs (mentions and keys as the recogniser gives them):

- F3: a bare name exactly one firm's name without its legal form joins THAT firm, never a
  longer sister firm it opens: a person "Moen Kjemi" beside "Moen Kjemi AS" and "Moen Kjemi
  Logistikk AS" (``firm_heads``), an article's "Ranvik Drilling" keyed as its "Ranvik Drilling
  Services" (``surface_name``'s retyping, ``_core_firm``);
- F5: the votes of one firm's keys ("Brennor Corporation", "Brennor Corp.") for its bare name
  are one entity's in the search's grouping too (``surface_name`` given ``firm_homes``), as in
  the entity list's (``corpus_mentions`` after ``firms_whole``).

The first case of each is the reported one; the others are invented."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.corpus_votes import corpus_names, surface_name
from waic_reader.index.analysis.entities.firm_homes import firm_heads, firm_homes
from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.search.whoosh.corpus_names import merged_keys


def _m(text: str, label: str, key: str | None = None, at: int = 0) -> Mention:
    return Mention(at, at + len(text), text, label, f"{label}:{key or text}")


SISTERS = [
    ("Moen Kjemi", "Moen Kjemi AS", "Moen Kjemi Logistikk AS"),
    ("Kolbein Drilling", "Kolbein Drilling AS", "Kolbein Drilling Services Ltd"),
    ("Ranvik Drilling", "Ranvik Drilling ASA", "Ranvik Drilling Group Holdings Ltd"),
]


@pytest.mark.parametrize(("bare", "firm", "sister"), SISTERS)
def test_a_person_named_as_one_firms_core_is_that_firm(bare: str, firm: str, sister: str) -> None:
    keys = [f"PERSON:{bare}", f"ORG:{firm}", f"ORG:{sister}"]
    assert firm_heads(keys) == {f"PERSON:{bare}": f"ORG:{firm}"}
    assert firm_homes(keys) == {f"PERSON:{bare}": f"ORG:{firm}"}
    # the search's grouping (who:) from the keys alone, the same way
    assert merged_keys(keys)[f"person:{bare.lower()}"] == f"ORG:{firm}"


def test_two_firms_of_one_core_or_none_leave_the_person_alone() -> None:
    # no firm is the bare name and legal forms only: which one it means is not known
    keys = ["PERSON:Moen Kjemi", "ORG:Moen Kjemi Logistikk AS", "ORG:Moen Kjemi Transport AS"]
    assert firm_heads(keys) == {}


@pytest.mark.parametrize(("bare", "firm", "sister"), SISTERS)
def test_a_short_form_of_a_sister_firm_that_is_one_firms_core_joins_that_firm(
    bare: str, firm: str, sister: str
) -> None:
    sister_bare = sister.rsplit(" ", 1)[0]
    one = f"{firm} bored the tunnel. {sister} maintained the pumps."
    two = f"{bare} said its tunnel was sound. {sister_bare} said the pumps were serviced."
    at = two.index(sister_bare)
    docs = {
        "a": [_m(firm, "ORG"), _m(sister, "ORG", at=one.index(sister))],
        # the recogniser's in-article short form: the bare name keyed as the longer name after it
        "b": [_m(bare, "ORG", sister_bare), _m(sister_bare, "ORG", at=at)],
    }
    ents = {e.name: e for e in group(docs, {"a": one, "b": two})}
    assert [(d, m.text) for d, m in ents[firm].mentions] == [("a", firm), ("b", bare)]
    assert [(d, m.text) for d, m in ents[sister].mentions] == [("a", sister), ("b", sister_bare)]


def test_a_bare_name_voted_by_other_kinds_too_is_left_as_it_was() -> None:
    # a place of the name votes for it too: no firm is sure
    found = {
        ("ORG", "ORG:Ranvik Drilling AS"): {"a"},
        ("ORG", "ORG:Ranvik Drilling Services"): {"b"},
        ("GPE", "GPE:Ranvik Drilling"): {"c"},
    }
    assert surface_name("Ranvik Drilling", found) == (None, [])


ONE_FIRM = [
    ("Brennor", "Brennor Corporation", "Brennor Corp.", "ORG:Brennor Corp."),
    ("Skarvik", "Skarvik Co.", "Skarvik Company", "ORG:Skarvik Co."),
    ("Halsa Pumps", "Halsa Pumps AS", "Halsa Pumps Ltd", "ORG:Halsa Pumps AS"),
]


@pytest.mark.parametrize(("bare", "one", "two", "home"), ONE_FIRM)
def test_one_firms_keys_vote_as_one_entity_for_its_bare_name(bare: str, one: str, two: str, home: str) -> None:
    found = {("ORG", f"ORG:{one}"): {"a"}, ("ORG", f"ORG:{two}"): {"a"}}
    # as the recogniser keyed them: two entities, no name
    assert surface_name(bare, found) == (None, [])
    # by the firm each key is grouped as (the search's state): the one firm
    homes = firm_homes([f"ORG:{one}", f"ORG:{two}"])
    first, _retypes = surface_name(bare, found, homes)
    assert first == (bare, "ORG", home)
    # the entity list's names, from the mentions: the same
    names = corpus_names({"a": [_m(one, "ORG"), _m(two, "ORG")], "b": []})
    # (corpus_names counts the keys by the entity each is grouped as too: corpus_votes.vote_homes)
    assert (bare, "ORG", home) in names.by_first[bare.split(maxsplit=1)[0]]
    whole = corpus_names(
        {"a": [_m(one, "ORG", home.partition(":")[2]), _m(two, "ORG", home.partition(":")[2])], "b": []}
    )
    assert (bare, "ORG", home) in whole.by_first[bare.split(maxsplit=1)[0]]
