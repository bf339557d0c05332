"""A country whose name takes "the" keeps a sentence-opening "The" outside its name, as it keeps a
lower-case one ("The Netherlands imports most of it" was a GPE "The Netherlands": round s32-b, the
gazetteer held "The Netherlands", "The Philippines", "The Gambia", "The Bahamas" as aliases); "The
Hague", a city named so, keeps it. Invented sentences."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Netherlands will send two more dredgers to the estuary.", "Netherlands"),
        ("The Gambia's fisheries minister met boat owners on Tuesday.", "Gambia"),
        ("The Philippines recalled its ambassador for consultations.", "Philippines"),
    ],
)
def test_a_country_s_the_is_outside_its_name(rec: Recognizer, text: str, country: str) -> None:
    found = names(rec, text)
    assert (country, "GPE") in found, found
    assert not any(name.startswith("The ") for name, _ in found), found


def test_the_hague_keeps_its_the(rec: Recognizer) -> None:
    assert ("The Hague", "GPE") in names(rec, "The Hague said the talks would resume in March.")
