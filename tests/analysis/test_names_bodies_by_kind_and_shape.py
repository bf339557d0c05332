"""Bodies the recogniser cut, split or typed a person (t13z H5, H17): an organisation whose name
holds an adjective title before its kind word ("Velmont General Hospital": the capitalised words
before it are the name's, whatever they are); a body named by its kind word alone after "the" ("the
Trust", "the Echo") is the body of the article whose name ends with it; a name written in mixed case
beside a group's word ("a group called GreyLantern") is an organisation, and a name typed a person
holding a word written as a brand is ("told MedSec Notes"); a user handle ("Mandy_K") is no name,
nor a person of one letter. The reported sentences and variants of other names and layouts."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _keys(rec: Recognizer, text: str) -> dict[str, set[str]]:
    """Each mention's text and the keys it is given."""
    out: dict[str, set[str]] = {}
    for m in rec.recognize(Art("x", text)):
        out.setdefault(text[m.start : m.end], set()).add(m.key)
    return out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the reported sentences (t13z repro v5)
        (
            "KESTERBRIDGE, March 12, 2026 (Nordwire) - A ransomware attack crippled computer systems at Velmont "
            "General Hospital in Kesterbridge on Thursday, officials said. Velmont General Hospital said emergency "
            "care remained open.",
            "Velmont General Hospital",
        ),
        (
            "Velmont General Hospital will not pay the ransom, the hospital's chief executive Miriam Okafor said.",
            "Velmont General Hospital",
        ),
        # variants: other towns (invented and known), more words, other kind words
        ("Patients at Nkemdirim District General Hospital faced long waits.", "Nkemdirim District General Hospital"),
        ("Tarnby General Infirmary said it had cancelled all planned operations.", "Tarnby General Infirmary"),
        ("Doctors at Ibadan General Hospital treated 40 people overnight.", "Ibadan General Hospital"),
    ],
)
def test_an_adjective_title_before_a_kind_word_is_inside_the_name(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "ORG") in found, found
    assert not any(n != name and n in name for n, _label in found), found


def test_a_general_before_a_person_is_still_a_title(rec: Recognizer) -> None:
    found = names(rec, "Former General Adewale Ojo said the army would help.")
    assert ("Adewale Ojo", "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        # the reported article (t13z repro v21)
        (
            "KESTERBRIDGE, March 12, 2026 (Nordwire) - Velmont Health Trust said its hospitals were hit by hackers. "
            "The Trust does not comment on ransom demands.",
            "Trust",
            "Velmont Health Trust",
        ),
        (
            "A patient's daughter told the Kesterbridge Echo that nobody could see his notes. Later she told the "
            "Echo that he had been sent home.",
            "Echo",
            "Kesterbridge Echo",
        ),
        # variants: other kind words, the short form first, a name with "of"
        (
            "The Authority said supply was safe. Aldermoor Water Authority had tested the reservoir on Monday.",
            "Authority",
            "Aldermoor Water Authority",
        ),
        (
            "Officials at the Ministry of Fisheries met the crews. The Ministry said quotas would not change.",
            "Ministry",
            "Ministry of Fisheries",
        ),
        (
            "Readers of the Tarnby Courier raised £3,000. The Courier will print their names on Friday.",
            "Courier",
            "Tarnby Courier",
        ),
    ],
)
def test_a_body_named_by_its_kind_word_is_the_body_named_in_full(
    rec: Recognizer, text: str, short: str, long: str
) -> None:
    keys = _keys(rec, text)
    assert keys.get(short) == keys.get(long) == {f"ORG:{long}"}, keys


def test_the_kind_word_is_the_body_named_last_before_it(rec: Recognizer) -> None:
    text = (
        "Arbroath Town Council and the fire service met. Later Dundee City Council joined them. "
        "The Council said the road would reopen."
    )
    keys = _keys(rec, text)
    assert keys.get("Council") == {"ORG:Dundee City Council"}, keys


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the reported sentences (t13z data: html, wire and blog articles)
        (
            "Police said the attackers, a group called GreyLantern, had demanded the money within 72 hours.",
            "GreyLantern",
        ),
        (
            "A spokesperson said the group behind the attack, known as GreyLantern, had hit two other hospitals.",
            "GreyLantern",
        ),
        ("Two days after the GreyLantern gang broke into the hospital, the picture is clearer.", "GreyLantern"),
        # variants: other names, nouns and layouts
        ("Customers lost access after a fintech firm called MoyoPay failed on Monday.", "MoyoPay"),
        ("Investigators linked the breach to the SilverFox syndicate.", "SilverFox"),
        ("The attack was claimed by a collective calling itself BlackMarten.", "BlackMarten"),
        ("The DarkTide crew claimed the attack on the port's systems.", "DarkTide"),
    ],
)
def test_a_mixed_case_name_beside_a_groups_word_is_an_organisation(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "ORG") in names(rec, text)


def test_the_mixed_case_bodys_other_mentions_follow(rec: Recognizer) -> None:
    text = "Investigators blamed a gang called NightOwl for the breach.\n\nNightOwl has not replied to questions."
    found = names(rec, text)
    assert ("NightOwl", "ORG") in found, found
    assert len([1 for m in Recognizer(use_user=False).recognize(Art("x", text)) if m.text == "NightOwl"]) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the reported blog (t13z data: pages/medwire-blog)
        (
            'MedSec Notes\n\nTwo days after the attack the picture is clearer. "She was on a trolley for nine hours," '
            "Peter Marsh told MedSec Notes.",
            "MedSec Notes",
        ),
        # variants: another site, another verb
        ('"It was chaos," Ama Owusu told HealthPulse Insider on Monday.', "HealthPulse Insider"),
        ("The figures were first reported by FinScope Notes.", "FinScope Notes"),
    ],
)
def test_a_name_written_as_a_brand_is_no_person(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "PERSON") not in found, found
    assert (name, "ORG") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Brayden McAllister told reporters the ward had closed.", "Brayden McAllister"),
        ("LaToya Brumfield told reporters the ward had closed.", "LaToya Brumfield"),
        ("Catriona MacAskill told reporters the ward had closed.", "Catriona MacAskill"),
        # given names run together
        ("MaryAnne Okello told reporters the ward had closed.", "MaryAnne Okello"),
        ('"It is bad," AnnMarie Kowalczyk said.', "AnnMarie Kowalczyk"),
    ],
)
def test_names_with_a_capital_inside_stay_people(rec: Recognizer, text: str, person: str) -> None:
    # (a guard: a name's shape, never a brand's)
    assert (person, "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        # the reported comments (t13z data: pages/kesterbridge-echo)
        "Comments (3 posted)\nGeorgeP says: 12 March 2026 at 15:02\nDisgraceful.\nReply\n"
        "Mandy_K says: 12 March 2026 at 15:40\nThank you to all the nurses.",
        # variants: other handles and verbs
        "Tomas_B wrote: great work by the nurses.",
        "Comments\nLena_M says: 3 June 2026 at 09:12\nSo sad.",
    ],
)
def test_a_handle_is_no_name_and_no_person_is_one_letter(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(label == "PERSON" and len(n) == 1 for n, label in found), found
    assert not any(n in ("K", "B", "Okoro", "Ade", "Tomas", "Mandy") for n, _label in found), found
