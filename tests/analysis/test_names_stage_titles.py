"""A performer's job written in capitals before the name ("DJ", "MC") is a title outside the
PERSON, never an organisation's acronym (issue #16, round s29-c: heldout22's tabloid had "DJ" six
times as an ORG, and "DJ Sukhi" left the name an ORG "Sukhi" or nothing). The reported shapes
first, then variants invented for the kind."""

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
        # reported (heldout22)
        ("But DJ Sukhi, 34, insists he was forced off after a row over a broken speaker.", "Sukhi"),
        ("Harjit Singh Dhaliwal says star DJ Sukhwinder Bains walked off stage mid-set.", "Sukhwinder Bains"),
        # invented: other names, other wording
        ("The crowd cheered as DJ Kwame Asante took the stage in Accra.", "Kwame Asante"),
        ("The night was hosted by MC Tola Adeyemi, who joked with the guests.", "Tola Adeyemi"),
    ],
)
def test_a_performers_title_stays_outside(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n in ("DJ", "MC") or n.startswith(("DJ ", "MC ")) for n, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Never has a DJ switched off the music before the doli.",
        "Uncles were shouting, and the DJ was packing his laptop.",
    ],
)
def test_the_job_alone_is_no_name(rec: Recognizer, text: str) -> None:
    assert not any(n == "DJ" for n, _ in names(rec, text))
