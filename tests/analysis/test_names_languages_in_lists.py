"""Language names read as languages by the list they stand in or what is said of them (round s32-n,
issue #16): a list a language read as one opens goes on with languages, listed or not ("speaks
Turkmen, Dari and Pashto"; "in English and Kiswahili"), a list set beside "languages" or "the ...
language" is one of languages ("handle Latvian, Lithuanian, Finnish and Ukrainian, languages that"),
one said to be "an official language" is one, and an adverb between a verb of speaking and "in"
("spoke first in Hawaiian", "sang only in Kriol") keeps the cue. Invented examples, no
held-out text; the nationality before a noun stays NORP (guards)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        # the list a spoken language opens
        ("At the market he speaks Turkmen, Dari and Pashto to his suppliers.", ["Dari", "Pashto"]),
        ("Ms Odhiambo now teaches Swahili, Kalenjin and Dholuo at the night school.", ["Kalenjin", "Dholuo"]),
        ("The column appears every Friday in English and Kiswahili.", ["Kiswahili"]),
        # in apposition to "languages"
        (
            "The earbuds also handle Latvian, Lithuanian, Finnish and Ukrainian, languages that rivals ignore.",
            ["Latvian", "Lithuanian", "Finnish", "Ukrainian"],
        ),
        ("The app reads Estonian and Hungarian, two languages few assistants support.", ["Estonian", "Hungarian"]),
        (
            "Signs in the park now add Icelandic, Danish and Polish, the languages most visitors read.",
            ["Icelandic", "Danish", "Polish"],
        ),
        # said to be a language
        ("The 1998 charter made Basque an official language of the province.", ["Basque"]),
        ("In 2011 Breton became a regional language of instruction in three towns.", ["Breton"]),
        # an adverb between the verb and "in"
        ("She spoke first in Hawaiian, then in English, and the room applauded.", ["Hawaiian"]),
        ("The choir sang only in Kriol, and the crowd joined in.", ["Kriol"]),
        ("He replied mostly in Albanian, with a few words of Italian.", ["Albanian"]),
    ],
)
def test_a_language_read_from_its_list_or_what_is_said_of_it(rec: Recognizer, text: str, languages: list[str]) -> None:
    found = names(rec, text)
    for lang in languages:
        assert (lang, "LANGUAGE") in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("He speaks Dutch and Mr Visser translates for the visitors.", "Visser", "PERSON"),
        ("She spoke in English and Ottawa officials nodded.", "Ottawa", "GPE"),
        ("The Finnish government and the Latvian ministry signed the deal.", "Finnish", "NORP"),
        ("She spoke first in Brussels, then in Ghent.", "Brussels", "GPE"),
    ],
)
def test_no_language_where_the_list_or_verb_names_something_else(
    rec: Recognizer, text: str, name: str, label: str
) -> None:
    assert (name, label) in names(rec, text), names(rec, text)
