"""Reported faults of the corpus grouping of names (issue #16, round s49-n, tester t13aq), each a
kind, each with its reported input and two variants of other names and layouts:

- N9: a name the corpus knows as an organisation, used as a modifier after a sentence's article
  or a possessive ("An AlpenRail intercity train derailed", "Saturday's AlpenRail derailment"), is a
  mention of that organisation (was none in those articles, so ``who:`` and the timeline's "first"
  missed them);
- N20: one body's forms are grouped with a leading "The" set aside as its legal form is ("The
  Alpine Courier" and the footer's "The Alpine Courier GmbH" were two entities while "AlpenRail
  AG" and "AlpenRail" were one)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Entity
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def corpus_entities(rec: Recognizer, texts: list[str]) -> list[Entity]:
    arts = [Art(f"a{n}", t) for n, t in enumerate(texts)]
    return group({a.doc: rec.recognize(a) for a in arts}, {a.doc: a.text for a in arts})


def _docs_of(entities: list[Entity], name: str) -> set[str]:
    return {doc for ent in entities if ent.name == name for doc, _ in ent.mentions}


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (  # reported (EuroWire item 1, Meridian's update)
            [
                "AlpenRail AG said the train had been inspected. AlpenRail said it would pay.",
                "An AlpenRail intercity train derailed near Hallstein in Austria on Saturday morning.",
                "Relatives of the victims of Saturday's AlpenRail derailment gathered, police said.",
            ],
            "AlpenRail AG",
        ),
        (
            [
                "Brennvik Ltd said output would fall. Brennvik said the pit was safe.",
                "A Brennvik ore truck overturned on the coast road on Tuesday.",
                "Workers joined Monday's Brennvik strike at the northern pit.",
            ],
            "Brennvik Ltd",
        ),
        (
            [
                "Orvanta GmbH said the software was patched. Orvanta said no data was lost.",
                "This Orvanta update broke the booking system of three airlines.",
                "Airlines blamed the vendor's Orvanta patch for the outage.",
            ],
            "Orvanta GmbH",
        ),
    ],
)
def test_a_firm_used_as_a_modifier_is_the_firm(rec: Recognizer, texts: list[str], name: str) -> None:
    assert _docs_of(corpus_entities(rec, texts), name) == {"a0", "a1", "a2"}


@pytest.mark.parametrize(
    ("texts", "core"),
    [
        (  # reported (the Courier's page and its footer)
            [
                "The Alpine Courier reported the crash. Readers of The Alpine Courier wrote in.",
                "Editors at The Alpine Courier said the story stood.\n\n"
                "© 2026 The Alpine Courier GmbH. All rights reserved.",
            ],
            "Alpine Courier",
        ),
        (
            [
                "Readers of The Fjordland Tribune first saw the story on Monday.",
                "The Fjordland Tribune said it stood by the report.\n\nFjordland Tribune Ltd, its publisher, has 40 staff.",
            ],
            "Fjordland Tribune",
        ),
        (
            [
                "Harbour Gazette Inc. said it would close its print edition.",
                "Staff at The Harbour Gazette were told on Friday, The Harbour Gazette said.",
            ],
            "Harbour Gazette",
        ),
    ],
)
def test_a_leading_the_and_a_legal_form_apart_one_body(rec: Recognizer, texts: list[str], core: str) -> None:
    ents = corpus_entities(rec, texts)
    homes = {ent.name for ent in ents for _, m in ent.mentions if core in m.text}
    assert len(homes) == 1, [(e.name, [m.text for _, m in e.mentions]) for e in ents]
    written = {m.text for ent in ents for _, m in ent.mentions if core in m.text}
    assert len(written) >= 2 and any(w.endswith(("GmbH", "Ltd", "Ltd.", "Inc.")) for w in written), written


@pytest.mark.parametrize(
    ("masthead", "footer", "core"),
    [
        ("The Alpine Courier", "© 2026 The Alpine Courier GmbH. All rights reserved.", "Alpine Courier"),  # reported
        ("The Fjordland Tribune", "Copyright 2025 Fjordland Tribune Ltd", "Fjordland Tribune"),
        ("The Harbour Gazette", "(c) Harbour Gazette Inc. 2024", "Harbour Gazette"),
    ],
)
def test_one_body_in_boilerplate_alone_is_one_entity(rec: Recognizer, masthead: str, footer: str, core: str) -> None:
    body = "A train left the rails near the lake on Saturday, police said.\n\nRescuers worked through the night."
    texts = [f"{masthead}\n\n{body}\n\n{footer}\n", f"{masthead}\n\nHome | News | Sport\n\n{body}\n\n{footer}\n"]
    arts = [Art(f"a{n}", t) for n, t in enumerate(texts)]
    # masthead and footer are the pages' boilerplate: every mention of the body is in it
    noise = {a.doc: [(0, len(masthead)), (a.text.index(footer), len(a.text))] for a in arts}
    mentions = {a.doc: rec.recognize(a, noise[a.doc]) for a in arts}
    ents = group(mentions, {a.doc: a.text for a in arts}, noise)
    homes = {ent.name for ent in ents for _, m in ent.mentions if core in m.text}
    assert len(homes) == 1, [(e.name, [m.text for _, m in e.mentions]) for e in ents]
