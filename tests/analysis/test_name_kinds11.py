"""Name kinds from a tester's report (#16 names, session 16). The names are made up or common
shapes; the texts are invented in the reports' shapes.

- An organisation named with "and" inside, after a field a minister has: "the Health and Safety
  Inspectorate" was read as "Health" (a title's word before "and", and "Inspectorate" no kind
  word of an organisation).
- A title that is an adjective too opens an organisation's name: "the General Workers Union" was
  read as "Workers Union".
- A town before "said" is no person when the article says it is a place: "Brackwater said ..."
  was typed PERSON in an article naming Brackwater as a town elsewhere.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # reported
        ("The Health and Safety Inspectorate said the site was unsafe.", "Health and Safety Inspectorate"),
        # variants: another field and kind word mid-sentence; a kind word already known
        (
            "Officials at the Energy and Water Regulator said prices would rise in May.",
            "Energy and Water Regulator",
        ),
        ("A report by the Trade and Industry Directorate found three faults.", "Trade and Industry Directorate"),
    ],
)
def test_an_organisation_with_and_inside_is_one_name(rec: Recognizer, text: str, org: str) -> None:
    found = names(rec, text)
    assert (org, "ORG") in found
    first = org.split(maxsplit=1)[0]
    assert not any(name == first or (name.startswith(first + " ") and name != org) for name, _ in found)


def test_a_minister_of_two_fields_is_no_organisation(rec: Recognizer) -> None:
    text = "Health and Safety Minister Jo Park visited the plant."
    found = names(rec, text)
    assert ("Jo Park", "PERSON") in found
    assert not any(label == "ORG" and "Minister" in name for name, label in found)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # reported
        ("The General Workers Union called a strike on Monday.", "General Workers Union"),
        # variants: mid-sentence after "of"; another adjective title
        ("Members of the General Medical Council voted on the rule.", "General Medical Council"),
        ("The Chief Rabbinate Council said the ruling stood.", "Chief Rabbinate Council"),
    ],
)
def test_an_adjective_title_opens_an_organisation(rec: Recognizer, text: str, org: str) -> None:
    found = names(rec, text)
    assert (org, "ORG") in found
    assert (org.split(" ", 1)[1], "ORG") not in found


def test_a_general_named_before_a_person_stays_a_title(rec: Recognizer) -> None:
    found = names(rec, "General Amara Diallo said the army would withdraw.")
    assert ("Amara Diallo", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # reported
        (
            'Brackwater, a town of 9,000 people, was flooded on Monday. "We will rebuild," Brackwater said.',
            "Brackwater",
        ),
        # variants: the place said by "residents of" before; a port in apposition mid-sentence and "said X"
        (
            'Residents of Keldholm were evacuated overnight. "The levee held," Keldholm said in a statement.',
            "Keldholm",
        ),
        (
            'The storm broke near Ardvale, the small fishing port in the north. "We lost forty boats," said Ardvale.',
            "Ardvale",
        ),
    ],
)
def test_a_town_that_speaks_is_a_place(rec: Recognizer, text: str, town: str) -> None:
    found = names(rec, text)
    assert (town, "GPE") in found and (town, "PERSON") not in found


def test_a_person_of_that_surname_still_speaks(rec: Recognizer) -> None:
    text = 'Dana Keldholm grew up in the town. "The levee held," Keldholm said. Mwale, a farmer, agreed.'
    found = names(rec, text)
    assert ("Keldholm", "PERSON") in found or ("Dana Keldholm", "PERSON") in found
    assert ("Keldholm", "GPE") not in found
