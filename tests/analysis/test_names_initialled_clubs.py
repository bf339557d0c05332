"""In a match report (a score in the article), a club's initials before its town's name are one
ORG ("NSÍ Runavík beat champions KÍ Klaksvík 2-1"), and the town's name alone is the club there
("Klaksvík, who played in the Conference League, had taken the lead") except after a preposition
of place ("my father can go to Klaksvík": the town) (issue #16, round s29-c: heldout22's cup
final had ORGs "NSÍ" and "KÍ", and "Klaksvík" as a GPE five times). Initials that are a common
acronym ("NGO Al-Amal") or a title open no club. The reported shapes first, then variants
invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        # reported (heldout22)
        (
            "TÓRSHAVN – Hanus við Stein headed the winner in the 114th minute as NSÍ Runavík beat champions "
            "KÍ Klaksvík 2-1 at Tórsvøllur on Saturday.",
            ["NSÍ Runavík", "KÍ Klaksvík"],
        ),
        # invented: other clubs, other wording
        ("A late penalty gave FH Hafnarfjörður a 2-0 win at home.", ["FH Hafnarfjörður"]),
        (
            "Goals from Lars Eid gave IFK Norrköping a 3-0 win over a tired AIK Solna side.",
            ["IFK Norrköping", "AIK Solna"],
        ),
    ],
)
def test_initials_and_town_are_one_club(rec: Recognizer, text: str, clubs: list[str]) -> None:
    found = names(rec, text)
    for club in clubs:
        assert (club, "ORG") in found
        assert (club.split()[0], "ORG") not in found


def test_the_town_alone_is_the_club_but_not_after_to(rec: Recognizer) -> None:
    text = (
        "NSÍ Runavík beat KÍ Klaksvík 2-1 on Saturday.\n\n"
        "Klaksvík, who played in the Conference League this autumn, had taken the lead after 23 minutes. "
        '"Tonight my father can go to Klaksvík and buy his coffee," the captain said.'
    )
    labels = [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == "Klaksvík"]
    assert labels == ["ORG", "GPE"]


def test_a_common_acronym_opens_no_club(rec: Recognizer) -> None:
    text = "The NGO Al-Amal counted 4-5 new arrivals a day at the Farchana camp."
    assert ("NGO Al-Amal", "ORG") not in names(rec, text)
