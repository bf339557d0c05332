"""A language read or written ("read Burmese"), or compared after a verb of speaking ("speak German
better than"), is a LANGUAGE, not the people's NORP. Issue #16, round s40-e: held-out 33's
"Burmese" and "German" were NORP. The reported sentences first, then variants invented for the
kind; guard: a language's adjective before a noun stays NORP."""

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
        # reported (held-out 33)
        ("Camps\n\nShe now has pupils who read Burmese better than their fathers.\n", "Burmese"),
        ("Songs\n\nMy children speak German better than Kurmanji. I teach them the songs.\n", "German"),
        # invented: writing it, comparing it the other way
        ("Letters\n\nHe writes Portuguese worse than he speaks it.\n", "Portuguese"),
        ("School\n\nMost of the girls read Swahili at home.\n", "Swahili"),
    ],
)
def test_language_read_or_compared(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found


def test_adjective_before_a_noun_stays_norp(rec: Recognizer) -> None:
    found = names(rec, "Press\n\nShe reads Korean newspapers every morning.\n")
    assert ("Korean", "NORP") in found, found
