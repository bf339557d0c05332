"""A byline in another language names its author a PERSON without its word for "by", and the
outlet in the field after the author an ORG, as an English byline does (issue #16, round s35-v,
t13z H22: "Von Jonas Weber | Berliner Abendblatt | 12. März 2026, 18:30" gave no person, and
"Von Jonas Weber" alone on its line the PERSON "Von Jonas Weber"). German, Dutch and French
variants with invented names; a headline opening with such a word names no one."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


BODY = "\n\nEin Hackerangriff hat das Werk in Kesterbridge lahmgelegt.\n"


@pytest.mark.parametrize(
    ("byline", "person", "outlet"),
    [
        ("Von Jonas Weber | Berliner Abendblatt | 12. März 2026, 18:30", "Jonas Weber", "Berliner Abendblatt"),
        ("Door Femke de Jong · Noordhollands Dagblad · 3 maart 2026", "Femke de Jong", "Noordhollands Dagblad"),
        ("Von Karla Heinemann | Rheinische Abendpost", "Karla Heinemann", "Rheinische Abendpost"),
    ],
    ids=["de-reported", "nl", "de-two-fields"],
)
def test_foreign_byline_author_and_outlet(rec: Recognizer, byline: str, person: str, outlet: str) -> None:
    found = names(rec, f"Angriff auf Werk\n\n{byline}{BODY}")
    assert (person, "PERSON") in found, found
    assert (outlet, "ORG") in found, found
    assert not [t for t, label in found if label == "PERSON" and t != person and person in t], found


@pytest.mark.parametrize(
    ("line", "person"), [("Von Jonas Weber", "Jonas Weber"), ("Por Lucía Ferrando", "Lucía Ferrando")]
)
def test_byline_alone_on_its_line(rec: Recognizer, line: str, person: str) -> None:
    found = names(rec, f"Angriff auf Werk\n\n{line}{BODY}")
    assert (person, "PERSON") in found, found
    assert not [t for t, _ in found if t.startswith(line.split(maxsplit=1)[0] + " ")], found


def test_headline_opening_with_von_names_no_author(rec: Recognizer) -> None:
    found = names(rec, "Von Braun Rocket Hall Opens\n\nThe hall opened on Friday in Huntsville.\n")
    assert not [t for t, label in found if label == "PERSON" and t.startswith("Braun Rocket")], found


def test_town_field_is_no_outlet(rec: Recognizer) -> None:
    found = names(rec, f"Angriff auf Werk\n\nVon Jonas Weber | Hamburg | 12. März 2026{BODY}")
    assert ("Jonas Weber", "PERSON") in found, found
    assert ("Hamburg", "ORG") not in found, found
