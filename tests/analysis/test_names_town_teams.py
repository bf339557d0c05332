"""A town or county named for its team in a match report is the club, ORG (round s32-n, issue
#16: "Zvolen beat Michalovce 3-1 and Banská Bystrica lost 2-1 at home to Liptovský Mikuláš",
"Waterford will meet Cork", "the Munster centre's try" were GPEs). A match report is an article
with a score and a word of sport; the town is the side of a team's doing (beat, lost to, drew with,
play, meet, against) or stands before a player's or club's noun. Invented examples; guards: a
country keeps its name (OntoNotes GPE), and a town outside a match report stays a place."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("In the league on Sunday, Leeds beat Sheffield 3-1 and Bristol lost 2-0 at home to Norwich.", "Sheffield"),
        ("In the league on Sunday, Leeds beat Sheffield 3-1 and Bristol lost 2-0 at home to Norwich.", "Norwich"),
        ("Galway will meet Kilkenny in the final after a 2-1 win over the holders at Croke Park.", "Kilkenny"),
        ("The Cork goalkeeper saved twice as the game finished 1-1 in the league.", "Cork"),
        ("Osaka drew with Kobe 2-2 in the first match of the season.", "Kobe"),
    ],
)
def test_a_town_named_for_its_team_is_the_club(rec: Recognizer, text: str, team: str) -> None:
    assert (team, "ORG") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In the semi-final, Sweden beat Norway 8-4 in front of a home crowd.", "Norway"),
        ("The final will be played in Vienna on Sunday, with the score 2-2 after the first game.", "Vienna"),
        ("The council in Kilkenny voted 7-2 to close the road.", "Kilkenny"),
    ],
)
def test_a_country_or_a_place_stays_a_place(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "GPE") in names(rec, text), names(rec, text)
