"""A team's roster after its name and a colon, commas only and five players or more, half of whom
the article names as persons already, is a line of persons and its team an organisation (issue #16,
round s38-e, held-out 31's errors: a basketball final's "Nasir Stars: Gatkuoth, Reath, Thoan, Buom,
Wiyual." left "Buom" and "Wiyual" unnamed). The reported lines and variants of other sports and
traditions; a line of tags names no one (guard)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "team", "players"),
    [
        (
            '"We waited years," said Gatkuoth Ruach Puok. Reath Chuol Lam said the crowd carried them, and '
            "coach Thoan Gai Kuany said it was the best night of his life.\n\nTeams\n\n"
            "Nasir Stars: Gatkuoth, Reath, Thoan, Buom, Wiyual.\n",
            "Nasir Stars",
            ["Buom", "Wiyual"],
        ),
        (
            '"We trusted each other," said Losana Vuetaki. Ana Ravouvou said the wind made shooting hard, '
            "and Mere Nasau said the team would rest.\n\nFiji Pearls: Vuetaki, Ravouvou, Nasau, Tagivetaua, "
            "Drodrolagi.\n",
            "Fiji Pearls",
            ["Tagivetaua", "Drodrolagi"],
        ),
        (
            '"It was cold," said Tuvshin Erdene. Bat-Ochir Ganbold said the pitch was hard, and Munkh Altan '
            "said he had saved a penalty.\n\nKhovd Eagles: Altan, Erdene, Ganbold, Otgonbayar, Sukhbat.\n",
            "Khovd Eagles",
            ["Otgonbayar", "Sukhbat"],
        ),
    ],
)
def test_roster_line(rec: Recognizer, text: str, team: str, players: list[str]) -> None:
    got = names(rec, text)
    assert (team, "ORG") in got, got
    for player in players:
        assert (player, "PERSON") in got, (player, got)


def test_a_tags_line_names_no_one(rec: Recognizer) -> None:
    text = "The council met on Monday.\n\nTopics: Politics, Economy, Culture, Sport, World.\n"
    got = names(rec, text)
    assert not any(label == "PERSON" for _, label in got), got
