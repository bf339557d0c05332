"""A publication named by how often it comes out ("Weekly", "Daily", "Monthly" ending the name)
is an organisation (t13o F8, round s29-g): "seen by Mining Weekly" gave PERSON "Mining Weekly".
The reported input and two invented variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    ("The report, seen by Mining Weekly, lists 40 incidents since 2019.\n", "Mining Weekly"),  # reported
    ("According to Farming Daily, grain prices fell for a third month.\n", "Farming Daily"),
    ("The memo, seen by Aviation Monthly, was brief.\n", "Aviation Monthly"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_publication_is_an_organisation(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "ORG") in names(rec, text), names(rec, text)
