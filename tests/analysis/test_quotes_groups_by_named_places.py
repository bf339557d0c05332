"""A group of people by a named place, and officials at or in a place, as a statement's subject
(issue #13, acceptance report t13m F17, F1; places Hungarian as the tester's storm corpus, names
invented): "Residents of Szigetvár said" credited the town, "Doctors in Mohács said" and "Officials
at the hospital said" were dropped, "Many women in Pécs said" credited Pécs. The place says where
the group is, never who speaks: the statement is the group's, unattributed; officials speak for the
body their phrase names ("Officials at the hospital": the hospital the article names, else
unattributed), as "a spokesperson for the port" does. The reported sentences and two invented
variants each; a group at a named organisation stays that organisation's."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Storm report\n\nKarsten Vollmer and Ines Brandauer attended. Weisskamm Logistik AG was named.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def said(rec: Recognizer, sentence: str, first: str = FIRST) -> list[tuple[str | None, str]]:
    """(speaker's name or None for unattributed, words) of each statement ``sentence`` gives."""
    article = Article("t", Path("/x/t.txt"), first + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(first)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13m F17, F1)
        ("Residents of Szigetvár said the bridge shook.", "the bridge shook"),
        ("Doctors in Mohács said the wards were full.", "the wards were full"),
        ("Many women in Pécs said the shelter was cold.", "the shelter was cold"),
        # invented: other groups, places and prepositions
        ("Visitors from Győr said the hotels were closed.", "the hotels were closed"),
        ("Engineers in Kaposvár said the dam held.", "the dam held"),
        ("Several men in Baja said the levee was breached.", "the levee was breached"),
        ("Pensioners of Siklós said the buses stopped.", "the buses stopped"),
        ("Police in Szekszárd said the road was shut.", "the road was shut"),
    ],
)
def test_a_group_by_a_named_place_is_unattributed(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13m F17)
        ("Officials at the hospital said the wards were full.", "the wards were full"),
        # invented: a longer phrase, "in" and a named town, a spokesperson
        ("Senior officials at the regional hospital said the generator failed.", "the generator failed"),
        ("A spokesperson at the hospital said the lifts were out.", "the lifts were out"),
    ],
)
def test_officials_at_an_unnamed_body_or_in_a_place_are_unattributed(
    rec: Recognizer, sentence: str, words: str
) -> None:
    # never the firm the article names (Weisskamm Logistik AG), never dropped
    assert said(rec, sentence) == [(None, words)]


def test_officials_in_a_place_are_its_officials(rec: Recognizer) -> None:
    # round s49-q: a place's officials are its government speaking, "Mohács officials", as
    # "Mohács officials said" is (was unattributed here, the town in the other form); never the
    # firm the article names, never the town itself
    assert said(rec, "Officials in Mohács said the wards were full.") == [("Mohács officials", "the wards were full")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Officials at the hospital said the wards were full.", "the wards were full"),
        ("Senior officials at the county hospital said the generator failed.", "the generator failed"),
    ],
)
def test_officials_at_a_named_body_speak_for_it(rec: Recognizer, sentence: str, words: str) -> None:
    first = "Storm report\n\nStaff at Baja County Hospital worked all night. Weisskamm Logistik AG was named.\n\n"
    assert said(rec, sentence, first) == [("Baja County Hospital", words)]


def test_a_group_at_a_named_organisation_is_its(rec: Recognizer) -> None:
    assert said(rec, "Engineers at Weisskamm Logistik AG said the dam held.") == [
        ("Weisskamm Logistik AG", "the dam held")
    ]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the same kind for one person or body (found beside t13m F17): the town was the speaker
        ("The mayor of Pécs said the bridge shook.", "the bridge shook"),
        ("The deputy mayor of Szigetvár said the ferry stopped.", "the ferry stopped"),
        ("The hospital in Mohács said the wards were full.", "the wards were full"),
    ],
)
def test_a_role_or_body_by_a_named_place_is_no_town(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


def test_the_role_is_the_person_introduced_with_it(rec: Recognizer) -> None:
    first = "Storm report\n\nPécs mayor Attila Péterffy visited Weisskamm Logistik AG.\n\n"
    assert said(rec, "The mayor of Pécs said the bridge shook.", first) == [("Attila Péterffy", "the bridge shook")]


def test_a_countrys_government_is_the_country(rec: Recognizer) -> None:
    assert said(rec, "The government of Hungary said the bridge shook.") == [("Hungary", "the bridge shook")]
