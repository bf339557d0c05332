"""Wrong types and cut names of t13ag's N9 (issue #16): a body whose name joins its kind word and a
second field with "and" is one ORG ("Fire Service and Civil Defence" was ORG "Fire Service" and a
Person "Civil Defence"); the first word of such a body, a common noun the article writes in lower
case, is no mention of it ("Fire official Anwar Kabir"); a one-word place after a person's given
name and "from" ("Karim from Mirpur" was a Person "Mirpur"); "80 %" and "80%" one PERCENT; letters
inside a bidi override ("DELKCOL ERA SROOD", stored reversed) no ORG. The reported inputs first,
then invented variants; guards keep what was right."""

from __future__ import annotations

import pytest
from name_helpers import Art, keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # reported: written across a hard line break, and after "The"
        (
            "Notes.\n\nThe fire killed 21 people, according to the Fire Service and\nCivil Defence. Six are missing.",
            "Fire Service and\nCivil Defence",
        ),
        (
            "Notes.\n\nThe Fire Service and Civil Defence said the blaze was out by dawn.",
            "Fire Service and Civil Defence",
        ),
        (
            "Notes.\n\nOfficers of the Police Service and Civil Protection closed the road.",
            "Police Service and Civil Protection",
        ),
    ],
)
def test_body_joined_by_and_is_one(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found
    assert not [n for n in found if n[1] == "PERSON"]


def test_two_bodies_stay_two(rec: Recognizer) -> None:
    found = names(rec, "Notes.\n\nAcme Service and Beta Technology signed a deal.")
    assert {("Acme Service", "ORG"), ("Beta Technology", "ORG")} <= found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # reported: a headline's first word and "Fire official" opening a sentence
        ("Fire at garment factory kills 17\n\nThe fire started late, said the Fire Service.", "Fire"),
        ("Notes.\n\nThe Fire Service came at once. Fire official Anwar Kabir said the fire spread fast.", "Fire"),
        ("Notes.\n\nThe Ambulance Service sent ten crews. Ambulance crews said an ambulance was hit.", "Ambulance"),
    ],
)
def test_common_noun_first_word_is_no_body(rec: Recognizer, text: str, word: str) -> None:
    assert keys(rec, text, word) == []


def test_firm_first_word_is_still_its_short_form(rec: Recognizer) -> None:
    text = "Notes.\n\nQuillfen Systems Inc. won the bid. Later Quillfen said it would hire."
    assert keys(rec, text, "Quillfen") == [("ORG", "ORG:Quillfen Systems Inc.")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # reported (a comment's signature line)
        ("Notes.\n\nComments\n\nKarim from Mirpur says: 12 March 2026 at 10:02\n\nShame on them.", "Mirpur"),
        ("Notes.\n\nKarim from Mirpur said the shame was theirs.", "Mirpur"),
        ("Notes.\n\nThe crowd cheered, and Joseph from Tarnvik agreed with the plan.", "Tarnvik"),
    ],
)
def test_place_after_given_name_and_from(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


def test_person_after_from_stays(rec: Recognizer) -> None:
    text = "Notes.\n\nA letter came from Maria Olsen, a nurse, on Friday."
    assert ("Maria Olsen", "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "spaced", "tight"),
    [
        ("Notes.\n\nAbout 80% of workers are women, or 80 % in another count.", "80 %", "80%"),  # reported
        ("Notes.\n\nLe taux est de 12,5 %, contre 12,5% en mai.", "12,5 %", "12,5%"),
        ("Notes.\n\nSome 45\u202f% voted, against 45% last year.", "45\u202f%", "45%"),
    ],
)
def test_percent_with_and_without_space_one_entity(rec: Recognizer, text: str, spaced: str, tight: str) -> None:
    (spaced_key,) = keys(rec, text, spaced)
    # (one entity, keyed by its value since round s41-x: shown by a spelling, spellings.written_name)
    assert spaced_key[0] == "PERCENT" and spaced_key == keys(rec, text, tight)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Notes.\n\nBidi test: \u202eDELKCOL ERA SROOD\u202c end",  # reported
        "Notes.\n\nA note: \u202eNASA OT ECNARF\u202c and more.",
        "Notes.\n\nSigned \u202dEDIS EHT NO SOOR\nThe next line.",
    ],
)
def test_bidi_override_names_nothing(rec: Recognizer, text: str) -> None:
    assert not [m for m in rec.recognize(Art("x", text)) if m.label in ("ORG", "PERSON", "GPE")]


def test_names_outside_the_override_stay(rec: Recognizer) -> None:
    text = "Notes.\n\nBidi test: \u202eDELKCOL ERA\u202c end. The CEO said NASA would help."
    assert ("NASA", "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("Notes.\n\nPope calls for ceasefire in Easter message", "Easter"),  # reported
        ("Notes.\n\nPope calls for ceasefire in Christmas message", "Christmas"),
        ("Notes.\n\nThe talks in Ramadan failed.", "Ramadan"),
    ],
)
def test_feast_is_no_place(rec: Recognizer, text: str, feast: str) -> None:
    assert [k for k in keys(rec, text, feast) if k[0] in ("GPE", "LOC", "PERSON", "ORG")] == []


def test_place_named_after_a_feast_stays(rec: Recognizer) -> None:
    assert ("Easter Island", "LOC") in names(rec, "Notes.\n\nThe ship reached Easter Island at dawn.")


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Notes.\n\nBest viewed in Netscape Navigator 4.0 or later.", "Netscape Navigator"),  # reported
        ("Notes.\n\nThe page looked fine in Corel Ventura 8.1, they said.", "Corel Ventura"),
        ("Notes.\n\nOlder files open in Lotus Symphony 3.0.1 only.", "Lotus Symphony"),
    ],
)
def test_name_before_a_release_number_is_a_product(rec: Recognizer, text: str, product: str) -> None:
    assert keys(rec, text, product) == [("PRODUCT", f"PRODUCT:{product}")]


def test_place_before_a_figure_stays(rec: Recognizer) -> None:
    assert ("Kenya", "GPE") in names(rec, "Notes.\n\nInflation in Kenya 6.5 percent, the bank said.")


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        # reported: the outlet first, the photographer after the slash
        (
            "Notes.\n\nFirefighters spray water. Photograph: Dhaka Ledger/Rafiq Hasan\n\nMore text.",
            "Rafiq Hasan",
            "Dhaka Ledger",
        ),
        ("Notes.\n\nThe crowd at the gate (Photo: Kumasi Daily/Ama Fosu)\n\nMore text.", "Ama Fosu", "Kumasi Daily"),
        ("Notes.\n\nThe pier. Picture: Harbour News/Tom Rivers\n\nMore text.", "Tom Rivers", "Harbour News"),
    ],
)
def test_photo_credit_either_order(rec: Recognizer, text: str, person: str, outlet: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert (outlet, "ORG") in found


def test_photo_credit_person_first_stays(rec: Recognizer) -> None:
    found = names(rec, "Notes.\n\nThe pier. Picture: Tom Rivers/Harbour News\n\nMore text.")
    assert {("Tom Rivers", "PERSON"), ("Harbour News", "ORG")} <= found
