"""A person's first given name that no list knows, before a listed given name and a surname, is
the name's first word, not a job word no lexicon lists, when the name stands in apposition: a
comma closes it, and a description follows (", president of", ", a lawyer", ", who", ", 29,") or
a description in commas comes before it ("His guide, X Y Z,"). A job written before a name is the
description itself ("Boatswain Arne Kvam said"), so a second one beside it says the capitalised
word was no job (issue #16, round s34-b: heldout27's "Fayaz Ahmad Lone, president of",
"replacing Bashir Ahmad Kuchay, who", "His guide, Pasang Nuru Sherpa, 29," and heldout26's
"Mukesh Kumar Meghwar, a lawyer" were PERSONs without their first word). The reported shapes
paraphrased with other names, then variants invented for the kind; guards: a plain job word
before a name with no apposition stays outside it."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shapes, other names
        (
            "Exporters blame the shortage on themselves. Tanvir Ahmad Mir, head of the Pellet Makers "
            "Guild, said so on Monday.",
            "Tanvir Ahmad Mir",
        ),
        (
            "The bank named Shabnam Jan Wani, formerly of Saffron Foods Pvt Ltd, as treasurer, replacing "
            "Irfan Ahmad Dar, who retires in May.",
            "Shabnam Jan Wani",
        ),
        (
            "The bank named Shabnam Jan Wani, formerly of Saffron Foods Pvt Ltd, as treasurer, replacing "
            "Irfan Ahmad Dar, who retires in May.",
            "Irfan Ahmad Dar",
        ),
        ("Her porter, Dawa Nuru Lama, 31, carried the stove to the pass.", "Dawa Nuru Lama"),
        ("The water minister, Mahamadou Moussa Diallo, reached Agadez by road.", "Mahamadou Moussa Diallo"),
        # invented: other languages' names, other descriptions
        ("Rajesh Kumar Bhil, a farmer from Tharparkar, signed the petition.", "Rajesh Kumar Bhil"),
        ('"It is one market," said Rebwar Mustafa Kaka, an economist at the chamber.', "Rebwar Mustafa Kaka"),
        ("The keys were handed to Ghjuvanni Antone Leca, who runs the co-operative.", "Ghjuvanni Antone Leca"),
    ],
)
def test_an_apposed_name_keeps_its_first_given_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Boatswain Arne Kvam told reporters the rope had snapped.", "Arne Kvam"),
        ("The ship was loaded by Stevedore Jonas Berg on Monday.", "Jonas Berg"),
        ("Norwegian Coxswain Knut Hauge said nothing.", "Knut Hauge"),
        # a title or a job word before an apposed name stays outside it, in other languages' too
        ("The fort, built in the reign of Sultan Ahmad Shah Wali, is crumbling.", "Ahmad Shah Wali"),
        ("The chief, Inkosi Sipho Mandla Zulu, opened the meeting.", "Sipho Mandla Zulu"),
        ("The tycoon Oknha Sok Chenda, who owns the mill, declined to comment.", "Sok Chenda"),
        ("Goalie Jesse Kaden Moose, 19, made 40 saves.", "Jesse Kaden Moose"),
        ("Deputy Minister of Energy Aldona Mačiulienė, touring the plant, said so.", "Aldona Mačiulienė"),
    ],
)
def test_a_plain_job_word_without_apposition_stays_outside(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
