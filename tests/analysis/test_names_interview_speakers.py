"""An interview's people (heldout21, round s28-e; names invented): the person a verb of talking
names ("She spoke to Hodan Warsame of the Horn Economic Review") was no name, and the speaker
labels in capitals opening each line ("WARSAME: Why solar pumps?", "ELMI: Because …") were an
ORG "ELMI" and nothing. The reported shapes and two variants each; and labels of no one named."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Her pump is new. She spoke to Hodan Warsame of the Horn Economic Review.", "Hodan Warsame"),  # reported
        ("The mayor was late. He talked to Ayaan Dirie on Monday about the wells.", "Ayaan Dirie"),
        ("After speaking with Liis Mägi, the board agreed to the plan.", "Liis Mägi"),
    ],
)
def test_the_person_a_verb_of_talking_names_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)


INTERVIEWS = [
    (  # reported
        "Solar pumps\n\nAmina Farah Elmi founded Berbera Solar Works Ltd in 2017. She spoke to Hodan Warsame of "
        "the Horn Economic Review.\n\nWARSAME: Why solar pumps?\n\nELMI: Because diesel is expensive.\n\n"
        "WARSAME: Who pays?\n\nELMI: Villages pay a third.\n",
        {"ELMI": "PERSON:Amina Farah Elmi", "WARSAME": "PERSON:Hodan Warsame"},
    ),
    (
        "Fish farms\n\nSenator Mele Tupou Fifita spoke to reporter Ana Kaufusi in Nukuʻalofa.\n\n"
        "KAUFUSI: What went wrong?\n\nFIFITA: The permits were never checked.\n",
        {"FIFITA": "PERSON:Mele Tupou Fifita", "KAUFUSI": "PERSON:Ana Kaufusi"},
    ),
    (
        "Q&A\n\nEconomist Jonas Rüütel talked with Maarja Kask about the budget.\n\n"
        "KASK : Is the deficit too high?\n\nRÜÜTEL : It is high, but it is falling.\n",
        {"RÜÜTEL": "PERSON:Jonas Rüütel", "KASK": "PERSON:Maarja Kask"},
    ),
]


@pytest.mark.parametrize(("text", "labels"), INTERVIEWS)
def test_a_speaker_label_in_capitals_is_the_person_named_in_full(
    rec: Recognizer, text: str, labels: dict[str, str]
) -> None:
    for label, key in labels.items():
        found = keys(rec, text, label)
        assert found and all(k == ("PERSON", key) for k in found), (label, found)


def test_a_label_of_no_one_named_is_left_alone(rec: Recognizer) -> None:
    text = "Briefing\n\nMaarja Kask chaired the talks.\n\nNOTE: The figures are provisional.\n"
    assert not any(label == "PERSON" for label, _ in keys(rec, text, "NOTE"))
