"""An honorific of respect or kinship written before a person's name is outside it, as a title is:
Shona's for elders ("Sekuru", "Mbuya", "Ambuya"), Swahili's "Mzee", Persian's "Ostad" for a
master of a craft (issue #16, round s30-l: heldout23's "Sekuru Tinashe Chinembiri" and "Mbuya
Chipo Marufu" were PERSONs with the honorific inside). A given name the honorific stands before
alone ("Ambuya Rudo") and the same given name before the family's surname ("When Rudo Chinembiri
was a girl") are one person named in full there. The reported shapes first, then variants
invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "honorific"),
    [
        # reported (heldout23)
        (
            "She was the youngest of six children of Sekuru Tinashe Chinembiri, a village headman, and his "
            "wife Mbuya Chipo Marufu.",
            "Tinashe Chinembiri",
            "Sekuru",
        ),
        (
            "She was the youngest of six children of Sekuru Tinashe Chinembiri, a village headman, and his "
            "wife Mbuya Chipo Marufu.",
            "Chipo Marufu",
            "Mbuya",
        ),
        # invented: Swahili and Persian honorifics, other wording
        ("The elders greeted Mzee Tumaini Mwakilema at the gate of the ward office.", "Tumaini Mwakilema", "Mzee"),
        ("His teacher, Ostad Hossein Alizadeh, tuned the tar before the concert.", "Hossein Alizadeh", "Ostad"),
    ],
)
def test_honorific_outside_the_name(rec: Recognizer, text: str, person: str, honorific: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert (f"{honorific} {person}", "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (heldout23)
        (
            "She was the child of Sekuru Tinashe Chinembiri.\n\nWhen Rudo Chinembiri was a girl, women did not "
            'play.\n\n"Ambuya Rudo did not teach you songs," said a student.',
            "Rudo Chinembiri",
        ),
        # invented: a Swahili family, other wording (found before too: a guard that the
        # honorific's given name alone does not take the full name's place)
        (
            "Obituary: Tumaini Mwakilema, coffee farmer\n\nHer father, Mzee Juma Mwakilema, planted the "
            'first trees.\n\n"Mzee Tumaini kept the old ways," a neighbour said.',
            "Tumaini Mwakilema",
        ),
    ],
)
def test_given_name_with_the_family_surname(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert (person.rsplit(maxsplit=1)[-1], "PERSON") not in found
