"""A place the city and region lists know, named in a headline, is a place as the gazetteer's are
(issue #16, t13ah-r S4; round s41-y2).

"Bridge collapse in Genoa" and "Genoa bridge" gave no entity (who:Genoa found nothing) while
"Bridge closed in Lagos" gave Place Lagos: the gazetteer's places were found in headlines, the
lists' ("Genoa", "Valencia", "Cusco", "Durban", "Surat") were not. A word the lists know alone among
a headline's lower-case words, or opening the text's first line, is a place unless it is a common
word, a given name or a word the article writes in lower case.
"""

from __future__ import annotations

import pytest

from tests.analysis.name_helpers import names
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the reported inputs (t13ah-r's R6/a a.txt and b.txt)
        ("Bridge collapse in Genoa\nReuters\nMarch 1, 2026 08:00\n\nThe bridge was last inspected in 2019.\n", "Genoa"),
        ("Genoa bridge\nAP\nMarch 2, 2026 08:00\n\nThe bridge was last inspected in 2017.\n", "Genoa"),
        # variants of my own: other places, a headline's end and its start
        ("Bus crash near Cusco\n\nThe bus left the road on a bend, police said.\n", "Cusco"),
        ("Surat heatwave\n\nThe heat rose for a fifth day, doctors said.\n", "Surat"),
    ],
)
def test_listed_place_in_a_headline_is_a_place(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jackson resigns\n\nThe minister quit on Monday.\n",
        "Hope fades for miners\n\nThe rescue stopped on Monday.\n",
    ],
)
def test_a_subject_or_a_word_opening_a_headline_is_no_place(rec: Recognizer, text: str) -> None:
    assert not any(label == "GPE" for _, label in names(rec, text))
