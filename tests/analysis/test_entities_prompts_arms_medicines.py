"""Entity faults a new-user tester found (issue #16, t13ak N10), each fixed as a kind: the reported
input and two invented variants.

- a follow or subscribe prompt's words are no part of the name it holds ("Follow HealthWatch
  Review on X": the ORG is "HealthWatch Review", and the entity is shown by it);
- two names sharing their first word and differing in their head are two bodies ("NBC Radio" and
  "NBC News", the gazetteer's alias of NBC);
- a word opening another body's name is no short form of a third ("Norvale" of "Norvale
  Broadcasting Corporation" is no mention of "Norvale Department of Health");
- initials used as a vaccine or a drug ("doses of MMR vaccine") are no organisation;
- a name in apposition after "the capital," or "the port city," is a place."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # reported (t13ak N10: HealthWatch's closing line)
        ("Coverage fell to 78 per cent.\n\n*Follow HealthWatch Review on X for updates.*\n", "HealthWatch Review"),
        ("Subscribe to Harbour Radio on Instagram for daily news.", "Harbour Radio"),
        ("Follow the Tidewater Ledger on Threads.", "Tidewater Ledger"),
    ],
)
def test_a_follow_prompts_words_are_outside_the_name(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "ORG") in found, found
    assert not any(name in n and n != name for n, _ in found), found


def test_the_entity_is_shown_by_the_name_not_the_prompt(rec: Recognizer) -> None:
    text = (
        "HealthWatch Review\n\nMeasles cases rose, HealthWatch Review found in its analysis.\n\n"
        "Follow HealthWatch Review on X for updates.\n"
    )
    ents = group({"a": rec.recognize(Art("a", text))})
    shown = [e.name for e in ents if e.label == "ORG" and "HealthWatch" in e.name]
    assert shown == ["HealthWatch Review"], shown


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # reported (t13ak N10: the live blog's content and its share row)
        ('"We saw this coming," she told NBC Radio.', "Share this page\n\nFollow NBC News on Facebook"),
        ("The mayor spoke to NBC Radio on Monday.", "NBC News reported the closures first."),
        ("NBC Radio carried the briefing live.", "The figures were confirmed to NBC News."),
    ],
)
def test_a_broadcasters_two_arms_are_two_bodies(rec: Recognizer, first: str, second: str) -> None:
    ents = group({"a": rec.recognize(Art("a", first)), "b": rec.recognize(Art("b", second))})
    homes = {
        e.name: {m.text for _, m in e.mentions}
        for e in ents
        if any(m.text in ("NBC Radio", "NBC News") for _, m in e.mentions)
    }
    assert len(homes) == 2, homes
    assert all(len(texts) == 1 for texts in homes.values()), homes


@pytest.mark.parametrize(
    ("text", "word", "other"),
    [
        # reported (t13ak N10: the live blog's outlet line under its headline)
        (
            "Kestrow measles outbreak - live updates\nNorvale Broadcasting Corporation\nPosted: Mar 14, 2026\n\n"
            "The Norvale Department of Health has confirmed 198 cases of measles.",
            "Norvale",
            "Norvale Department of Health",
        ),
        (
            "Halden Water Board\nPosted: 12 May 2025\n\nHalden Energy Ltd said it would raise prices.",
            "Halden",
            "Halden Energy Ltd",
        ),
        (
            "Velmora Radio Corporation\nUpdated 3 June\n\nThe Velmora Ministry of Transport closed the road.",
            "Velmora",
            "Velmora Ministry of Transport",
        ),
    ],
)
def test_a_word_opening_another_bodys_name_is_no_short_form(rec: Recognizer, text: str, word: str, other: str) -> None:
    at = text.index(word)
    keyed = [m.key for m in rec.recognize(Art("x", text)) if m.start == at]
    assert f"ORG:{other}" not in keyed, keyed


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        # reported (t13ak N10: the ministry's press release)
        ("The Department has distributed 35,000 doses of MMR vaccine to clinics across the region.", "MMR"),
        ("Uptake of the HPV jab fell last year, officials said.", "HPV"),
        ("Clinics ran out of doses of DTP on Monday.", "DTP"),
    ],
)
def test_initials_of_a_vaccine_are_no_organisation(rec: Recognizer, text: str, initials: str) -> None:
    assert (initials, "ORG") not in names(rec, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # reported (t13ak N10: the Herald)
        ("Kestrow lies 120 kilometres (75 miles) north of the capital, Aldmere.", "Aldmere"),
        ("Talks were held in the capital, Velmora, on Monday.", "Velmora"),
        ("The storm hit the port city, Ostrany, on Friday.", "Ostrany"),
    ],
)
def test_a_name_in_apposition_to_the_capital_is_a_place(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


def test_a_person_after_the_capital_and_a_comma_stays_a_person(rec: Recognizer) -> None:
    # a clause's subject after "In the capital,": its verb follows, no comma or stop
    assert ("Maria Lopez", "PERSON") in names(rec, "In the capital, Maria Lopez said the talks had failed.")
