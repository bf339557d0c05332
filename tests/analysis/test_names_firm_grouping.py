"""Firms the recogniser read as people (issue 16, round s21-a; names invented): a firm's words are
no person's surname, one name typed a person and a firm is one entity, and two firms joined by
"and" keep their whole names. Each fault: the reported input and two variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.firm_homes import one_kind
from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.person_joins import surname_aliases
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.search.whoosh.corpus_names import merged_keys


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


# -- (a) a firm's words are not split off as a person's surname -------------------------------


@pytest.mark.parametrize(
    ("text", "firm", "words"),
    [
        (
            "Brightmoor Chemical Works said on Tuesday it would shut the plant. Works inspectors "
            "arrived later. Chemical spills were found.",
            "Brightmoor Chemical Works",
            ("Works", "Chemical"),
        ),
        (
            "Halvik Shipping Yards said on Tuesday it would shut the dock. Yards inspectors arrived "
            "later. Shipping was halted.",
            "Halvik Shipping Yards",
            ("Yards", "Shipping"),
        ),
        (
            "Dornel Steel Mills said on Friday it had cut output. Mills in the region were idle. Steel prices rose.",
            "Dornel Steel Mills",
            ("Mills", "Steel"),
        ),
    ],
)
def test_a_firm_is_not_split_into_one_word_mentions(
    rec: Recognizer, text: str, firm: str, words: tuple[str, ...]
) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found
    assert not any(name in words for name, _ in found), found


def test_the_surname_join_takes_no_firms_word() -> None:
    # reported: a firm typed a person lends its last word to a lone "Works" in another article
    assert surname_aliases(["PERSON:Brightmoor Chemical Works", "PERSON:Works"]) == {}
    assert surname_aliases(["PERSON:Halvik Shipping Yards", "PERSON:Yards"]) == {}
    assert surname_aliases(["PERSON:Dornel Freight", "PERSON:Freight"]) == {}
    # a person's surname still joins, a person named like a trade too ("Samantha Power")
    assert surname_aliases(["PERSON:Ilse Korvan", "PERSON:Korvan"]) == {"person:korvan": "PERSON:Ilse Korvan"}
    assert surname_aliases(["PERSON:Samantha Power", "PERSON:Power"]) == {"person:power": "PERSON:Samantha Power"}


def test_group_keeps_a_firm_typed_a_person_whole() -> None:
    def m(start: int, name: str, label: str) -> Mention:
        return Mention(start, start + len(name), name, label, f"{label}:{name}")

    got = group(
        {
            "a": [m(0, "Brightmoor Chemical Works", "PERSON")],
            "b": [m(5, "Works", "PERSON"), m(40, "Brightmoor Chemical Works", "ORG")],
        }
    )
    by_name = {e.name: e for e in got}
    assert by_name["Brightmoor Chemical Works"].label == "ORG"
    assert by_name["Brightmoor Chemical Works"].docs == ["a", "b"]
    assert [d for d, _ in by_name["Works"].mentions] == ["b"]  # not joined as a surname


# -- (b) one name typed a person and a firm: one entity ----------------------------------------


def _mentions(name: str, labels: dict[str, str]) -> dict[str, list[Mention]]:
    return {doc: [Mention(0, len(name), name, label, f"{label}:{name}")] for doc, label in labels.items()}


@pytest.mark.parametrize(
    ("name", "labels", "want"),
    [
        # reported: a firm with an organisation word, a person in one article
        ("Brightmoor Chemical Works", {"a": "PERSON", "b": "ORG", "c": "ORG"}, "ORG"),
        # a firm's word: ORG even where more articles typed it a person
        ("Ostrava Freight", {"a": "PERSON", "b": "PERSON", "c": "ORG"}, "ORG"),
        # no organisation word, no given name first: the firm
        ("Corvel Haulage", {"a": "ORG", "b": "PERSON"}, "ORG"),
        # a given name first and no organisation word: the person
        ("Ilse Korvan", {"a": "PERSON", "b": "ORG"}, "PERSON"),
    ],
)
def test_one_entity_for_a_name_typed_two_ways(name: str, labels: dict[str, str], want: str) -> None:
    mentions = _mentions(name, labels)
    texts = dict.fromkeys(labels, name)
    [ent] = group(mentions, texts)
    assert (ent.name, ent.label) == (name, want)
    assert ent.docs == sorted(labels)
    # the search's grouping (who:) merges the same way, from the keys alone
    other = f"{'PERSON' if want == 'ORG' else 'ORG'}:{name}"
    assert merged_keys({f"{lb}:{name}" for lb in labels.values()})[other.lower()] == f"{want}:{name}"
    assert one_kind([f"PERSON:{name}", f"ORG:{name}"]) == {other: f"{want}:{name}"}


def test_one_kind_leaves_other_names_alone() -> None:
    assert one_kind(["PERSON:Ilse Korvan", "ORG:Korvan Holdings", "GPE:Halvik", "PERSON:Halvik"]) == {}


# -- (c) two firms joined by "and" keep their whole names --------------------------------------


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "Ostrava Freight and Brightwater Docks said they had halted shipments.",
            ("Ostrava Freight", "Brightwater Docks"),
        ),
        (
            "Halden Logistics and Corvel Haulage said on Monday they would merge.",
            ("Halden Logistics", "Corvel Haulage"),
        ),
        (
            "Ostrava Freight and Brightwater Yards said they had halted shipments. Brightwater Yards "
            "said the berths were shut.",
            ("Ostrava Freight", "Brightwater Yards"),
        ),
    ],
)
def test_two_firms_joined_by_and_keep_whole_names(rec: Recognizer, text: str, firms: tuple[str, ...]) -> None:
    found = names(rec, text)
    for firm in firms:
        assert (firm, "ORG") in found, found
    assert ("Brightwater", "ORG") not in found and ("Brightwater", "PERSON") not in found
    assert not any(label == "PERSON" for _, label in found), found


def test_a_person_joined_to_a_firm_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "Ostrava Freight and Tomas Berg said they would work together.")
    assert ("Tomas Berg", "PERSON") in found and ("Ostrava Freight", "ORG") in found


# -- tuning kinds (round s21-a): firms named by their trade's plural, titled people -------------


@pytest.mark.parametrize(
    "firm",
    ["Ceylon Leaf Brokers", "Mwangaza Supermarkets", "Halvik Yards"],
)
def test_a_firm_named_by_a_trades_plural(rec: Recognizer, firm: str) -> None:
    assert (firm, "ORG") in names(rec, f"{firm} said on Monday it would cut jobs.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ambassador Samantha Power said on Monday the plan would go ahead.", "Samantha Power"),
        ("Senator Janet Banks said on Monday the plan would go ahead.", "Janet Banks"),
        ("Governor Ruth Holdings told reporters the plan would go ahead.", "Ruth Holdings"),
    ],
)
def test_a_titled_person_whose_surname_is_an_organisation_word(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found and (person, "ORG") not in found


def test_an_untitled_firm_keeps_its_kind(rec: Recognizer) -> None:
    # no title before it: the organisation word still makes the firm
    assert ("Kessler Holdings", "ORG") in names(rec, "Kessler Holdings said on Monday it would cut jobs.")
