"""A lone word that is both the surname of a person the article names in full and the first word
of one of its firms is, where nothing after it says which ("Mr Xiong is guilty", "worked for Xiong
until 2022", "Xiong faces 20 years"), whichever of the two the article named first in full: the
one it is about. A court story opening on "Tou Fue Xiong" means him, though "Xiong Family Funeral
Services LLC" is his firm (issue #16, round s33-c: heldout26 typed six of his mentions the firm);
a deal story opening on the firm means the firm (heldout13's "Okabe thinks in decades"). A
firm's word after it ("shares fell") keeps the firm. The reported article's shape first, then
variants invented for the kind (other names, other legal forms, the firm named first)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _lone(rec: Recognizer, text: str, surname: str) -> dict[str, str]:
    """The words after each lone mention of ``surname`` (up to 12 characters) → its entity label."""
    text = f"Story\n\n{text}\n"
    return {
        text[m.end : m.end + 12]: m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == surname
    }


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        # the reported shape (heldout26's court story), written again
        (
            "Jurors found Tou Fue Xiong, 58, guilty of theft. Prosecutors said he used the money to pay debts "
            "of his business, Xiong Family Funeral Services LLC. The lawyer told jurors that Xiong had sold "
            'plots that never existed. "Mr Xiong is a bad businessman," she said. A bookkeeper who worked for '
            "Xiong until 2022 testified.\n\nXiong faces up to 20 years in prison.",
            "Xiong",
            {" had sold pl": "PERSON", " is a bad bu": "PERSON", " until 2022 ": "PERSON", " faces up to": "PERSON"},
        ),
        # invented: another name, another legal form, a firm's word after one mention
        (
            "Police charged Dagny Vesterholt, 44, with fraud on Monday. Investigators said she moved the "
            "deposits through Vesterholt Marine ApS. A neighbour said Vesterholt had seemed calm. Several "
            "customers who paid Vesterholt in advance have lost their savings. Vesterholt shares were "
            "suspended.",
            "Vesterholt",
            {" had seemed ": "PERSON", " in advance ": "PERSON", " shares were": "ORG"},
        ),
        (
            "The magistrate remanded Chinedu Nwachukwu, 51, in custody. He had run Nwachukwu Haulage Ltd "
            "since 2009. Lawyers for Nwachukwu will appeal, and Nwachukwu remains in Kirikiri prison.",
            "Nwachukwu",
            {" will appeal": "PERSON", " remains in ": "PERSON"},
        ),
        # invented: the firm named first is what its word alone names
        (
            "Brannvik Fisk AS agreed to buy a rival on Tuesday. Its founder's grandson, Eirik Brannvik, will "
            "stay on the board. Analysts expect Brannvik to cut costs.",
            "Brannvik",
            {" to cut cost": "ORG"},
        ),
    ],
)
def test_a_lone_surname_is_whoever_was_named_first(
    rec: Recognizer, text: str, surname: str, expected: dict[str, str]
) -> None:
    assert _lone(rec, text, surname) == expected
