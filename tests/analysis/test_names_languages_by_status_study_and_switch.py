"""Listed languages read by what is said of them (issue #16, round s38-e, held-out 31's errors): made
"an official regional language" (two words before "language"), the subject of a "philology" or a
"schooling", and the language one switches to ("switching to Japanese only"). The reported
sentences and variants with other languages; a nationality before another noun after "switched
to" stays a nationality (guard)."""

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
        (
            "Parliament backed a bill that would make Crimean Tatar an official regional language in Crimea.",
            "Crimean Tatar",
        ),
        ("The charter made Upper Sorbian a protected minority language in Saxony.", "Upper Sorbian"),
        (
            "The course has help from the department of Crimean Tatar philology at Kherson State University.",
            "Crimean Tatar",
        ),
        ("The university opened a chair of Low German philology.", "Low German"),
        ("In occupied areas the authorities have reduced Crimean Tatar schooling, activists said.", "Crimean Tatar"),
        (
            "He used it with customers who had it, switching to Japanese only, he said, for tax officials.",
            "Japanese",
        ),
        ("She switched to Portuguese when the minister arrived.", "Portuguese"),
        ("The app lets users switch to Tagalog at any time.", "Tagalog"),
    ],
)
def test_language_by_what_is_said_of_it(rec: Recognizer, text: str, language: str) -> None:
    got = names(rec, text)
    assert (language, "LANGUAGE") in got, got


def test_switched_to_a_nationalitys_noun(rec: Recognizer) -> None:
    got = names(rec, "The factory switched to Japanese suppliers last year.")
    assert ("Japanese", "NORP") in got, got
