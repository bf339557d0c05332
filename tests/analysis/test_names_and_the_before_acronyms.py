"""An acronym in brackets defines the name straight before it, never two bodies joined by "and the"
("Investors include Omnivore and the National Bank for Agriculture and Rural Development (NABARD)"
was one ORG from "Omnivore" to "Development": round s32-b, heldout25), where the acronym's
letters are no initials of the name's last words (another language's acronym, "(TCU)" for the
Federal Court of Accounts); an "and" inside one name ("Department of Health and Social Care
(DHSC)") stays in it. Invented examples."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "defined", "joined"),
    [
        (
            "The audit was run by Kestrel Advisory and the National Authority for Water and Sanitation (ANAS).",
            "National Authority for Water and Sanitation",
            "Kestrel Advisory and the National Authority for Water and Sanitation",
        ),
        (
            "Raids by the Federal Police and the Federal Court of Accounts (TCU) found nothing.",
            "Federal Court of Accounts",
            "Federal Police and the Federal Court of Accounts",
        ),
        (
            "Funding came from Tamsin Ventures and the Regional Fund for Fisheries and Aquaculture (FOREPA).",
            "Regional Fund for Fisheries and Aquaculture",
            "Tamsin Ventures and the Regional Fund for Fisheries and Aquaculture",
        ),
    ],
)
def test_and_the_ends_the_defined_name(rec: Recognizer, text: str, defined: str, joined: str) -> None:
    found = names(rec, text)
    assert (defined, "ORG") in found, found
    assert not any(name == joined for name, _ in found), found


def test_an_and_inside_one_name_stays(rec: Recognizer) -> None:
    text = "The Department of Health and Social Care (DHSC) said on Monday that waiting lists fell."
    assert ("Department of Health and Social Care", "ORG") in names(rec, text)
