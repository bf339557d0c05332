"""A language no list holds after a performer's "performs in", or after a verb of writing or
singing with "it"/"them" before "in", is a LANGUAGE, not a place (issue #16, round s40-e2:
held-out 33's "performs in Tiv and Pidgin" were GPEs, and "wrote it in Kurmanji" as s40-e reported).
The reported texts first, then variants invented for the kind; guard: "wrote in" a publication
names no language."""

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
        # reported (held-out 33; s40-e's report)
        ("Wedding\n\nFans of the singer, who performs in Tiv and Pidgin, flooded Facebook.\n", "Tiv"),
        ("Songs\n\nHe wrote it in Kurmanji.\n", "Kurmanji"),
        # invented: "them" after the verb; "performed" before a place's preposition
        ("Poems\n\nThe poet wrote them in Lezgin.\n", "Lezgin"),
        ("Festival\n\nThe singer performed in Kriolu at the festival.\n", "Kriolu"),
    ],
)
def test_language_performed_or_written_in(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found


def test_wrote_in_a_publication_is_no_language(rec: Recognizer) -> None:
    found = names(rec, "Science\n\nShe wrote in Nature last year.\n")
    assert not any(label == "LANGUAGE" for _, label in found), found
