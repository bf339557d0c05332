"""One firm written with and without its legal form across articles (issue 13/16, t13f F1, round
s22-a; names invented): "Brightwater Ferries", "Brightwater Ferries Ltd" and "Brightwater Ferries
Ltd." were three entities. The reported forms and two invented firms, each in three forms."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.firm_homes import firm_homes, one_firm
from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.lexicons import firm_core, legal_form
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.search.whoosh.corpus_names import merged_keys

FIRMS = [
    # reported (t13f F1): the bare name, the suffix and the suffix with its dot
    (("Brightwater Ferries", "Brightwater Ferries Ltd", "Brightwater Ferries Ltd."), "Brightwater Ferries Ltd"),
    # invented: a Nordic form, a comma before an American one
    (("Halvik Shipping ASA", "Halvik Shipping", "Halvik Shipping, Inc."), "Halvik Shipping ASA"),
    # invented: no bare form at all; a lower-case form, the long word, a Nordic one
    (("Norrland Timber plc", "Norrland Timber Limited", "Norrland Timber AB"), "Norrland Timber AB"),
]


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Brightwater Ferries Ltd.", "Brightwater Ferries"),
        ("Veltrix Systems, Inc.", "Veltrix Systems"),
        ("Meridian Palm Trading Pte Ltd", "Meridian Palm Trading"),
        ("Kavala Foods S.A.", "Kavala Foods"),
        ("Lankatea Brokers (Pvt) Ltd", "Lankatea Brokers"),
        ("Norrland Timber plc", "Norrland Timber"),
        # left whole: all legal form, or the form is the name's ("Lord Abbett & Co")
        ("AB", "AB"),
        ("Lord Abbett & Co", "Lord Abbett & Co"),
        ("Brightwater Ferries", "Brightwater Ferries"),
    ],
)
def test_firm_core(name: str, core: str) -> None:
    assert firm_core(name) == core


def test_legal_form_reads_the_recognisers_list_however_written() -> None:
    for word in ("Ltd", "Ltd.", "Limited", "Inc.", "Corp", "PLC", "plc", "LLC", "AG", "GmbH", "SA", "S.A.", "ASA"):
        assert legal_form(word), word
    for word in ("Ferries", "as", "Co-op", "Group", "(Tamil)"):
        assert not legal_form(word), word


def _mention(name: str, label: str = "ORG") -> Mention:
    return Mention(0, len(name), name, label, f"{label}:{name}")


@pytest.mark.parametrize(("forms", "home"), FIRMS)
def test_one_entity_whatever_the_legal_form(forms: tuple[str, ...], home: str) -> None:
    docs = {f"d{n}": [_mention(form)] for n, form in enumerate(forms)}
    [ent] = group(docs, {doc: ms[0].text for doc, ms in docs.items()})
    assert (ent.name, ent.label) == (home, "ORG")
    assert ent.docs == sorted(docs)
    assert sorted(m.text for _, m in ent.mentions) == sorted(forms)
    # the search's grouping (who:) merges the same way, from the keys alone
    keys = {f"ORG:{form}" for form in forms}
    into = merged_keys(keys)
    assert {k: into[k.lower()] for k in keys if k != f"ORG:{home}"} == dict.fromkeys(
        keys - {f"ORG:{home}"}, f"ORG:{home}"
    )
    assert one_firm(keys) == dict.fromkeys(keys - {f"ORG:{home}"}, f"ORG:{home}")


def test_one_firm_leaves_other_names_and_kinds_alone() -> None:
    # two firms of one core but another trade word, a place and a person of the core: apart
    keys = ["ORG:Halvik Shipping AB", "ORG:Halvik Ferries AB", "GPE:Halvik", "PERSON:Halvik Shipping AB"]
    assert one_firm(keys) == {}
    assert one_firm(["ORG:Lord Abbett & Co", "ORG:Lord Abbett"]) == {}
    # one spelling in two cases is one key already (key_form)
    assert one_firm(["ORG:Halvik Shipping AB", "ORG:HALVIK SHIPPING AB"]) == {}


def test_firm_homes_chains_the_legal_form_to_the_firms_other_merges() -> None:
    # "Brightwater Ferries" typed a person in one article is the firm written with "Ltd." in another
    got = firm_homes(["PERSON:Brightwater Ferries", "ORG:Brightwater Ferries Ltd", "ORG:Brightwater Ferries Ltd."])
    assert got == {
        "PERSON:Brightwater Ferries": "ORG:Brightwater Ferries Ltd",
        "ORG:Brightwater Ferries Ltd.": "ORG:Brightwater Ferries Ltd",
    }


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # within an article the short form drops the same legal forms the grouping does (firm_core):
        # a lower-case one, a bracketed one and one written with dots
        (
            "Skerrow Petroleum plc said on Monday it would cut jobs. Later, Skerrow said the plant would stay.",
            "Skerrow",
        ),
        (
            "Ceylon Leaf (Private) Limited said on Monday it would cut jobs. Later, Ceylon Leaf said the plant would stay.",
            "Ceylon Leaf",
        ),
        (
            "Kavala Olive Foods S.A. said on Monday it would cut jobs. Later, Kavala Olive said the plant would stay.",
            "Kavala Olive",
        ),
    ],
)
def test_a_firms_short_form_in_the_article_is_the_firm(text: str, short: str) -> None:
    found = names(Recognizer(use_user=False), text)
    assert (short, "ORG") in found and (short, "PERSON") not in found, found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a lower-case legal form after capitals no cue word types: the firm, whatever its words
        ("Norrland Timber plc said on Monday it would shut its northern mill.", "Norrland Timber plc"),
        ("Workers met Norrland Timber plc on Monday.", "Norrland Timber plc"),
        ("The Halvik Orchard ltd board met on Monday.", "Halvik Orchard ltd"),
    ],
)
def test_capitals_before_a_lower_case_legal_form_are_a_firm(text: str, firm: str) -> None:
    assert (firm, "ORG") in names(Recognizer(use_user=False), text)
