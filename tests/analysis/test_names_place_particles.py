"""Faroese names keep a lower-case particle of place before the family name ("við", "í", "á"):
a given name, the particle and the family name are one PERSON, and so are the particle and the
family name alone, lower case mid-sentence and in a line-up, capitalised at a sentence's start
once the article has written that name with it (issue #16, round s29-c: heldout22's "Hanus við
Stein" was a PERSON "Stein", "Rógvi á Lakjuni" and "Brandur í Gerðinum" no name). The reported
shapes first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # reported (heldout22)
        (
            "TÓRSHAVN – Hanus við Stein headed the winner in the 114th minute. Við Stein ran to the away end. "
            '"I have watched them win this cup so many times," við Stein said.',
            ["Hanus við Stein", "Við Stein", "við Stein"],
        ),
        (
            "Klaksvík had taken the lead when Rógvi á Lakjuni finished a move. Á Lakjuni has now scored 21 goals.",
            ["Rógvi á Lakjuni", "Á Lakjuni"],
        ),
        # invented: other names, a line-up
        ("The mayor, Sigrid í Túni, opened the harbour on Monday.", ["Sigrid í Túni"]),
        ("Line-up: Hansen; á Fløtum, við Á, Olsen; úr Dímun.", ["á Fløtum", "úr Dímun"]),
    ],
)
def test_the_particle_is_inside_the_name(rec: Recognizer, text: str, people: list[str]) -> None:
    found = names(rec, text)
    for person in people:
        assert (person, "PERSON") in found
