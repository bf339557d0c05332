"""Each player of a team's line-up (the team, a colon, eight players or more by family name with
";" between the lines of the formation and a substitute with the minute in brackets) is a PERSON,
a family name that is a word ("Dam") or a place ("Frederiksberg") too (issue #16, round s29-c:
heldout22's cup final listed 22 players, 15 of them no name). The reported shape first, then
variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("line", "players"),
    [
        # reported (heldout22)
        (
            "KÍ Klaksvík: Rasmussen; Vatnhamar, Andreasen, Ofori, Lamhauge; Klettskarð, Davidsen, á Lakjuni; "
            "Frederiksberg (Nielsen 80), Olsen, Edmundsson.",
            ["Rasmussen", "Vatnhamar", "Lamhauge", "Klettskarð", "Frederiksberg", "Nielsen", "Edmundsson"],
        ),
        # invented: other teams, other names
        (
            "Bodø Rovers: Lind; Aune, Vik, Berge, Holm; Strand (Moe 71), Dahl, Eide; Rønning, Bakke, Hope.",
            ["Lind", "Aune", "Strand", "Moe", "Rønning", "Bakke", "Hope"],
        ),
        (
            "Sligo Harps: Brennan; Walsh, Field, Lynch, Kearns; Doyle, Baker, Hurley (Marsh 58); Fox, Shore, Wood.",
            ["Brennan", "Field", "Baker", "Marsh", "Fox", "Shore", "Wood"],
        ),
    ],
)
def test_every_player_is_a_person(rec: Recognizer, line: str, players: list[str]) -> None:
    found = names(rec, f"The home side won 2-1 on Saturday.\n\n{line}\n")
    for player in players:
        assert (player, "PERSON") in found


def test_a_short_list_is_no_lineup(rec: Recognizer) -> None:
    found = names(rec, "Stock: Apples; Pears, Plums.\n")
    assert ("Apples", "PERSON") not in found
