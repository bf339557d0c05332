"""Entity names of round s25-a (issues #13/#16, the known misses of re-test t13j), each reported
input with variants, each failing before the round:

- a job word that no lexicon or job word's ending marks ("Boatswain", "Stevedore", "Coxswain"),
  or one that is also a given name after a title's modifier ("Chief Steward"), before a given
  name and a surname was glued to the person or lost it ("Steward Liv Aasen", no "Even Kvam");
- "Head Of Security Per Skaar" (a headline's capital "Of") was no "Head of Security" title.
"""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> list[tuple[str, str, str]]:
    """Each mention of ``text`` as (mention text, label, entity key), after a title line."""
    body = "Title\n\n" + text
    return [(body[m.start : m.end], m.label, m.key) for m in rec.recognize(Art("x", body))]


@pytest.mark.parametrize(
    ("text", "person", "job"),
    [
        # reported
        ("Chief Steward Liv Aasen said the cabins were clean.", "Liv Aasen", "Chief Steward"),
        ("Boatswain Even Kvam told reporters the rope had snapped.", "Even Kvam", "Boatswain"),
        ("Stevedore Will Berg loaded the ship.", "Will Berg", "Stevedore"),
        ("Coxswain May Hauge said the boat was sound.", "May Hauge", "Coxswain"),
        # invented: inside a sentence, with a nationality, after a title's modifier
        ("The rope snapped, Boatswain Arne Kvam told reporters.", "Arne Kvam", "Boatswain"),
        ("The ship was loaded by Stevedore Jonas Berg on Monday.", "Jonas Berg", "Stevedore"),
        ("Norwegian Coxswain Knut Hauge said nothing.", "Knut Hauge", "Coxswain"),
        ("Danish Stevedore Per Holm said the crane was slow.", "Per Holm", "Stevedore"),
        ("Senior Boatswain Arne Kvam said the deck was wet.", "Arne Kvam", "Senior Boatswain"),
        ("The cabins were clean, Chief Steward Per Aasen said.", "Per Aasen", "Chief Steward"),
        # controls of the lexicon's and the titles' words
        ("Chef Marte Lien said the food was cold.", "Marte Lien", "Chef"),
        ("Midwife Hope Moe said the ward was full.", "Hope Moe", "Midwife"),
        ("Sergeant Per Vik said the road was closed.", "Per Vik", "Sergeant"),
    ],
)
def test_job_word_of_no_job_shape_before_a_name(rec: Recognizer, text: str, person: str, job: str) -> None:
    found = _found(rec, text)
    assert (person, "PERSON", entity_key("PERSON", person)) in found, found
    assert not any(set(job.split()) & set(name.split()) for name, label, _ in found if label == "PERSON"), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title or a job word holds the slot already: the capitalised word is the name's own
        ("The clinic is run by Mr. Sandeep Kumar Yadav, a health officer.", "Sandeep Kumar Yadav"),
        ("Captain Towhid Hasan Rony scored 40.", "Towhid Hasan Rony"),
        ("The highlight was the singer Djamila Tavares Lopes, who sang twice.", "Djamila Tavares Lopes"),
    ],
)
def test_name_of_three_words_after_a_title_stays_whole(rec: Recognizer, text: str, person: str) -> None:
    found = _found(rec, text)
    assert (person, "PERSON") in [(n, lab) for n, lab, _ in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Screening by Action Against Hunger found more cases of hunger.",
        "The firm Shwe Pyi Thar Rice Mill said the mill was idle.",
    ],
)
def test_plain_word_before_a_body_makes_no_person(rec: Recognizer, text: str) -> None:
    found = _found(rec, text)
    assert not any(label == "PERSON" for _, label, _ in found), found


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # reported
        ("Head Of Security Per Skaar said the fence was cut.", "Per Skaar", "Head Of Security"),
        ("Chief Of Staff Will Berge said the memo was old.", "Will Berge", "Chief Of Staff"),
        # invented: a modifier before the title, inside a sentence, "For"
        ("Deputy Head Of Safety Even Lie said the audit was late.", "Even Lie", "Deputy Head Of Safety"),
        ("The report was read by Director Of Operations Kai Berg on Monday.", "Kai Berg", "Director Of Operations"),
        ("Minister For Health Tomas Arvid said the plan was sound.", "Tomas Arvid", "Minister For Health"),
    ],
)
def test_title_with_a_headline_capital_of_before_a_name(rec: Recognizer, text: str, person: str, title: str) -> None:
    found = _found(rec, text)
    assert (person, "PERSON", entity_key("PERSON", person)) in found, found
    assert not any(set(title.split()) & set(name.split()) for name, _, _ in found), found


def test_capital_of_after_no_title_stays_in_the_name(rec: Recognizer) -> None:
    found = _found(rec, "Bank Of America said the loan was repaid.")
    assert [(n, lab) for n, lab, _ in found] == [("Bank Of America", "ORG")], found
