"""Honorifics of address and of rank written before a person's name stay outside it and say a
person follows, whatever lists hold the name's words: Oromo's and Amharic's "Mr" and "Mrs" ("Obbo",
"Aadde", "Ato", "Weyzero"), Sindh's and Punjab's "Sardar" and "Makhdoom", Tagalog's and Ilocano's
"Kuya", "Manong", "Manang" (issue #16, round s33-c: heldout26's PERSONs "Aadde Dinqitu Waqo",
"Sardar Nizamuddin Mahar", and no name at all for "Obbo Galgalo Jatani Boru" and "Makhdoom Ghulam
Murtaza Khuhro"). The reported shapes first, then variants invented for the kind."""

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
        # the reported shapes, written again with other names
        ("The union's general manager, Obbo Tolessa Gemechu Dida, told Reuters by telephone.", "Tolessa Gemechu Dida"),
        ("Aadde Bontu Gadaa, 46, who grows coffee on two hectares, said prices fell.", "Bontu Gadaa"),
        ("Its chairman, Sardar Imdad Ali Laghari, said talks would resume.", "Imdad Ali Laghari"),
        (
            "The mill is controlled by the family of industrialist Makhdoom Rafiq Hussain Shah, who lives in Hala.",
            "Rafiq Hussain Shah",
        ),
        # invented: other titles of the kind
        ("Ato Dawit Hailemariam, a trader in Bahir Dar, said the road was closed.", "Dawit Hailemariam"),
        ("The stall is run by Manang Pacita Dulay, 71, who sells rice cakes.", "Pacita Dulay"),
    ],
)
def test_an_honorific_stays_outside_the_name(rec: Recognizer, text: str, person: str) -> None:
    people = {n for n, label in names(rec, f"Story\n\n{text}\n") if label == "PERSON"}
    assert people == {person}
