"""A language something is told, given or repeated in, after a verb of telling and whom it tells
("told reporters in Filipino", "greets me in Aymara", "gave evidence in Tetum", "repeated in
Cebuano"), is a LANGUAGE (round s32-n, issue #16: "told reporters in Filipino" was a NORP). Invented
examples; guard: a town after the same words stays a place."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mayor told reporters in Filipino on Saturday that she would appeal.", "Filipino"),
        ("The chief thanked the crowd in Hawaiian before the vote.", "Hawaiian"),
        ("Two farmers gave evidence in Tetum through an interpreter.", "Tetum"),
        ("The warning was broadcast at noon and repeated in Cebuano at one.", "Cebuano"),
    ],
)
def test_a_language_told_in(rec: Recognizer, text: str, language: str) -> None:
    assert (language, "LANGUAGE") in names(rec, text), names(rec, text)


def test_a_town_told_in_stays_a_place(rec: Recognizer) -> None:
    text = "He told reporters in Manila that the deal was done."
    assert ("Manila", "GPE") in names(rec, text), names(rec, text)
