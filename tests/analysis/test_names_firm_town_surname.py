"""A firm, a town and a person sharing a word (tester report t13i F3, F8, F9; round s24-c): the
rules under the CLI tests of ``tests/cli/test_cli_firm_town_surname_t13i.py``.

- a firm's lone leading word used as a place in the firm's own article is the place
  (``firms.town_of_firm``: "Industry union on the Kvalsund fire" beside "Kvalsund Polymers
  Ltd"), and stays the firm where the words around it make it one ("Shares in Rijnhaven fell");
- across articles such a word types an untyped mention as the firm only where a firm's verb or
  possession follows it (``corpus_votes.firm_cue``), and never when a person or a place is named by
  the word too (``corpus_votes.surface_name``);
- a lone surname typed a person counts as the corpus's one person of that surname when its votes
  are counted (``corpus_votes.vote_homes``).

Reported inputs first, then two invented variants."""

from __future__ import annotations

import pytest
from name_helpers import keys

from waic_reader.index.analysis.entities.corpus_votes import corpus_mentions, firm_cue, surface_name, vote_homes
from waic_reader.index.analysis.entities.firm_homes import leads_firm
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Industry union on the Kvalsund fire\n\nKvalsund Polymers Ltd said its workers would be paid.", "Kvalsund"),
        ("Brattvik blaze under control\n\nBrattvik Energi Ltd said the smoke was not toxic.", "Brattvik"),
        ("Solheim Kjemi Ltd paid the workers after the Solheim explosion.", "Solheim"),
        (
            "Tennfjord Chemicals AS said the fire at its Kvalsund plant was out. Kvalsund Polymers AS agreed.",
            "Kvalsund",
        ),
    ],
)
def test_a_firms_leading_word_used_as_a_place_is_the_place(rec: Recognizer, text: str, town: str) -> None:
    assert keys(rec, text, town) == [("GPE", f"GPE:{town}")]


@pytest.mark.parametrize(
    ("text", "word", "firm"),
    [
        ("Rijnhaven Terminals NV lost a contract. Shares in Rijnhaven fell 2.1% in Amsterdam.", "Rijnhaven",
         "Rijnhaven Terminals NV"),
        ("Brennvik Shipping Ltd ordered ferries. An analyst at Brennvik said the order was large.", "Brennvik",
         "Brennvik Shipping Ltd"),
        ("Dala Gas JSC signed the deal, according to a statement from Dala.", "Dala", "Dala Gas JSC"),
    ],
)  # fmt: skip
def test_a_firms_leading_word_used_as_the_firm_stays_the_firm(rec: Recognizer, text: str, word: str, firm: str) -> None:
    assert keys(rec, text, word) == [("ORG", f"ORG:{firm}")]


@pytest.mark.parametrize(
    ("surface", "key", "leads"),
    [
        ("Osterby", "ORG:Osterby Pumps AS", True),
        ("Kvalsund", "ORG:Kvalsund Polymers Ltd", True),
        ("Vantor", "ORG:Vantor Corp.", False),  # its whole core: the firm's bare name
        ("Osterby", "PERSON:Osterby Pumps", False),
        ("Osterby Pumps", "ORG:Osterby Pumps AS", False),
        ("Friends", "ORG:Friends without Frontiers", False),  # no firm
        ("Brightmoor", "ORG:Brightmoor Chemical Works", True),  # a firm's word, no legal form
    ],
)
def test_leads_firm(surface: str, key: str, leads: bool) -> None:
    assert leads_firm(surface, key) is leads


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Osterby said the warranty still applied.", True),  # reported
        ("Brenna told the inquiry the seals were tested.", True),
        ("Kvitberg supplied the beams in 2019.", True),
        ("Kvitberg's shares fell.", True),
        ("Tveter said she would testify.", False),  # a person speaking of herself
        ("Lunde told he was sorry.", False),
        ("Kvalsund fire", False),
        ("Kvalsund\n", False),
    ],
)
def test_firm_cue(text: str, cue: bool) -> None:
    assert firm_cue(text, len(text.split(maxsplit=1)[0].split("'", maxsplit=1)[0])) is cue


def test_a_leading_word_that_names_a_person_too_is_the_persons() -> None:
    found = {("ORG", "ORG:Tveter Bygg AS"): {"b"}, ("PERSON", "PERSON:Solfrid Tveter"): {"a"}}
    first, _retypes = surface_name("Tveter", found)
    assert first == ("Tveter", "PERSON", "PERSON:Solfrid Tveter")


def test_a_leading_word_of_one_firm_alone_is_the_firms() -> None:
    first, _retypes = surface_name("Osterby", {("ORG", "ORG:Osterby Pumps AS"): {"a", "b"}})
    assert first == ("Osterby", "ORG", "ORG:Osterby Pumps AS")
    two = {("ORG", "ORG:Osterby Pumps AS"): {"a"}, ("ORG", "ORG:Osterby Marine Ltd"): {"b"}}
    assert surface_name("Osterby", two) == (None, [])  # two firms: which one is not known


@pytest.mark.parametrize(
    ("keys_", "home"),
    [
        ({"PERSON:Tveter", "PERSON:Solfrid Tveter", "ORG:Tveter Bygg AS"}, {"PERSON:Tveter": "PERSON:Solfrid Tveter"}),
        ({"PERSON:Hauge", "PERSON:Ingrid Hauge", "ORG:Hauge Anlegg AS", "ORG:Hauge Anlegg Ltd"},
         {"PERSON:Hauge": "PERSON:Ingrid Hauge", "ORG:Hauge Anlegg Ltd": "ORG:Hauge Anlegg AS"}),
        ({"PERSON:Lunde", "PERSON:Tor Lunde", "PERSON:Kari Lunde"}, {}),  # two people: not known
    ],
)  # fmt: skip
def test_vote_homes(keys_: set[str], home: dict[str, str]) -> None:
    assert vote_homes(keys_) == home


def _m(text: str, label: str, start: int = 0, name: str | None = None) -> Mention:
    return Mention(start, start + len(text), text, label, f"{label}:{name or text}")


@pytest.mark.parametrize(
    ("person", "surname"),
    [("Solfrid Tveter", "Tveter"), ("Ingrid Hauge", "Hauge"), ("Tor Lunde", "Lunde")],
)
def test_a_lone_surname_typed_in_one_article_types_it_in_another(person: str, surname: str) -> None:
    texts = {
        "a": f"Engineer {person} inspected the tanks.",
        "c": f"{surname} said she had warned the council.",
        "d": f"{surname} said she would testify.",
    }
    mentions = {
        "a": [_m(person, "PERSON", 9)],
        "c": [_m(surname, "PERSON")],  # the recogniser's lone surname: a key of its own
        "d": [],
    }
    got = corpus_mentions(mentions, texts)
    assert [(m.text, m.key) for m in got["d"]] == [(surname, f"PERSON:{person}")]
