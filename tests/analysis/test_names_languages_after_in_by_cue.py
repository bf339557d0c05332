"""A language after "in" that a cue in its clause makes the language, where it was a place (GPE):
"in" said again in a list of languages ("publish in Dutch and in Ndyuka"), a word glossed in quotes
right before ('chess - "shatr" in Kalmyk -'), a verb of writing, cutting or telling a sitting body
("writing in Chagatai", "engraved in Aramaic", "told the house in Balochi"), what a thing is called
('In Ojibwe it is manoomin'), a song of a kind ("a Papiamentu carnival song"); and news's spellings
of CLDR's "Baluchi", "Papiamento", "Ojibwa" (Balochi, Papiamentu, Ojibwe) are that language's names.
Issue #16, round s37-e: heldout30 had GPEs "Ndyuka" (four), "Kalmyk", "Chagatai", "Balochi", and
no name at "Ojibwe", "Papiamentu". The reported sentences first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # reported (heldout30)
        (
            "Gold\n\nThe company has also agreed to publish its agreements in Dutch and in Ndyuka, also known "
            "as Aukan, and to broadcast meetings.\n",
            "Ndyuka",
        ),
        (
            'Chess\n\nChess - "shatr" in Kalmyk - has been played on the steppe between the Volga and the Don.\n',
            "Kalmyk",
        ),
        ("Muqam\n\nIts poets - Nawayi chief among them, writing in Chagatai - shaped the form.\n", "Chagatai"),
        (
            'Bill\n\n"We sat with broken nets," Gichki told the house in Balochi before repeating the speech in Urdu.\n',
            "Balochi",
        ),
        ("Rice\n\nIn Ojibwe it is manoomin, and many families still set up camps.\n", "Ojibwe"),
        ("Darts\n\nHe danced on stage to a Papiamentu carnival song as 3,000 fans chanted.\n", "Papiamentu"),
        # invented: other languages, other verbs and nouns
        ("Notice\n\nThe notice was printed in English and in Kanuri, the council said.\n", "Kanuri"),
        ('Tent\n\nThe felt tent - "ger" in Buriat - was raised in an hour.\n', "Buriat"),
        ("Stone\n\nThe stone, engraved in Aramaic, was found near the well.\n", "Aramaic"),
        ("Council\n\nThe elder told the council in Balochi that the boats had gone.\n", "Balochi"),
        ("Lullaby\n\nShe hummed a Papiamentu cradle song to the baby.\n", "Papiamentu"),
    ],
)
def test_language_by_its_cue(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # guards: a quoted phrase before a town, a place's own clause after "in"
        ('Rail\n\nThe minister promised a "rail summit" in Birmingham in the new year.\n', "Birmingham"),
        ("Weather\n\nIn Paris it is raining again, the forecaster said.\n", "Paris"),
    ],
)
def test_place_stays_a_place(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "LANGUAGE") not in found, found
