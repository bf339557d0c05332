"""Quotes of acceptance report t13ac M7, M8, M26, M9 and M18 (round s36-x3).

- M7: "claimed 16 lives" is a death toll, the lives taken, never words claimed: the place or the
  disaster before it ("Mount Keldra claimed 16 lives …, officials said") is no speaker, and the
  real cue after it ("officials said") gives the statement.
- M8: an unnamed source whose phrase holds a possessive ("a person familiar with the
  observatory's readings") was dropped: the possessive's apostrophe was read as a quotation mark.
- M26: an unnamed group with an apposed participle phrase saying it is not named ("officials,
  speaking anonymously, told reporters") was neither a speaker nor unattributed.
- M9: a signature before a quotation with a colon ("— Dr Ilse Brandvik, Sarnholm Volcano
  Observatory: "…"") credits the name as the same signature under the quotation does; a manner
  of speaking after a quotation ('," sobbed farmer Jonas Reeve, 61') attributes it.
- M18: "pledged €50 million in aid and said …": the pledge's object ends at the second speech verb
  of the same subject, whose words are the statement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.kind, q.quoted) for q in quotes]


HEAD = "Volcano erupts on Sarnholm\n\n"
TAIL = "\n\nThe ash cloud drifted east over the sea on Friday.\n"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the reported articles (t13ac repro/v10/a.txt, b.txt)
        (
            "The eruption of Mount Keldra on Sarnholm claimed 16 lives on Thursday, officials said, "
            "and some 5,500 people moved out of their homes.",
            "claimed 16 lives on Thursday",
        ),
        ("Mount Keldra claimed 16 lives on Thursday, officials said.", "claimed 16 lives on Thursday"),
        # variants of my own: other tolls and wordings, another disaster, a named speaker
        (
            "Flooding in Portmere claimed dozens of lives last week, officials said.",
            "claimed dozens of lives last week",
        ),
        (
            "Typhoon Halvar claimed the lives of nine fishermen off Portmere, the coastguard said on Sunday.",
            "claimed the lives of nine fishermen off Portmere",
        ),
        (
            "Cyclone Mara claimed another victim in Portmere on Tuesday, hospital officials said.",
            "claimed another victim in Portmere on Tuesday",
        ),
    ],
)
def test_claimed_lives_is_a_toll_not_speech(rec: Recognizer, sentence: str, words: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    # no statement opens after "claimed", and the one the real cue gives holds the toll
    assert not any(quoted.startswith(words.split(" ", 1)[1]) for _s, _k, quoted in quotes), quotes
    assert any(words in quoted for _s, _k, quoted in quotes), quotes
    assert all(
        speaker is None or not any(w in speaker for w in ("Keldra", "Halvar", "Portmere", "Mara"))
        for speaker, _k, _q in quotes
    )


@pytest.mark.parametrize(
    "words",
    ["the lives of residents were never at risk", "victims' families were never told", "his life was in danger"],
)
def test_claimed_words_still_report(rec: Recognizer, words: str) -> None:
    # a claim of words is still speech: a clause goes on after "lives", "victims'", "life"
    quotes = said(rec, HEAD + f"Mayor Ilona Farkas claimed {words}." + TAIL)
    assert ("Ilona Farkas", "reported", words) in quotes, quotes


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the reported article (t13ac repro/v11/a.txt) and its plural
        (
            'According to a person familiar with the observatory\'s readings, the mountain "could erupt again within weeks".',
            "could erupt again within weeks",
        ),
        (
            'According to people familiar with the observatory\'s readings, the mountain "could erupt again within weeks".',
            "could erupt again within weeks",
        ),
        # variants of my own: a curly apostrophe, a trailing source, a name's possessive
        (
            "The dam “was never inspected”, a source close to the ministry’s inquiry said.",
            "was never inspected",
        ),
        (
            'According to an official familiar with Westmarch Rail\'s safety logs, the brakes "failed twice".',
            "failed twice",
        ),
        # (t13ac M26) an unnamed group, a participle phrase apposed saying it is not named
        (
            'The evacuation order "came far too late", officials, speaking anonymously, told reporters.',
            "came far too late",
        ),
        (
            'The pumps "failed within minutes", two engineers, speaking anonymously, said on Friday.',
            "failed within minutes",
        ),
        (
            'The talks "are all but dead", a senior diplomat, speaking anonymously, told Nordwire.',
            "are all but dead",
        ),
    ],
)
def test_anonymous_source_listed(rec: Recognizer, sentence: str, words: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert any(words in quoted and speaker is None for speaker, _k, quoted in quotes), quotes


@pytest.mark.parametrize(
    ("lines", "name", "words"),
    [
        # the reported article (t13ac repro/v12/a.txt)
        (
            'The lava front stopped 3 km from Varnhelm.\n\n— Dr Ilse Brandvik, Sarnholm Volcano Observatory: "The magma chamber is refilling."',
            "Ilse Brandvik",
            "The magma chamber is refilling",
        ),
        # variants of my own: two hyphens, a title and a role of lower-case words, curly marks
        (
            'The rescue went on all night.\n\n-- Mariusz Zielinski, rescue chief: "We are working around the clock."',
            "Mariusz Zielinski",
            "We are working around the clock",
        ),
        (
            "Hospitals filled up.\n\n– Health Minister Aurelia Stanning, Ministry of Health: “No patient will be turned away.”",
            "Aurelia Stanning",
            "No patient will be turned away",
        ),
    ],
)
def test_signature_before_colon_credits_its_name(rec: Recognizer, lines: str, name: str, words: str) -> None:
    quotes = said(rec, HEAD + lines + TAIL)
    assert (name, "direct", words) in quotes, quotes


@pytest.mark.parametrize(
    ("sentence", "name", "words"),
    [
        # the reported article (t13ac repro/v12/c.txt)
        (
            '"It was like the end of the world," sobbed farmer Jonas Reeve, 61, whose barn burned down.',
            "Jonas Reeve",
            "It was like the end of the world",
        ),
        # variants of my own: other manners of speaking, the name before the verb
        ('"We have lost everything," wept grandmother Maria Kovacs, 78.', "Maria Kovacs", "We have lost everything"),
        ('"We had no warning at all," Jonas Berg fumed.', "Jonas Berg", "We had no warning at all"),
    ],
)
def test_manner_of_speaking_after_quote(rec: Recognizer, sentence: str, name: str, words: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert (name, "direct", words) in quotes, quotes


def test_manner_verb_of_another_clause_tags_nothing(rec: Recognizer) -> None:
    # the manner verb after a cue and a semicolon is another clause's, no tag of the quotation
    text = 'Ailes turned to Bill Shine, "Get me the numbers," according to an aide in the room; Shine laughed.'
    quotes = said(rec, HEAD + text + TAIL)
    assert not any(speaker == "Bill Shine" for speaker, _k, _q in quotes), quotes


def test_manner_verbs_report_nothing_alone(rec: Recognizer) -> None:
    # with no quotation before it, a manner verb reports no words ("Residents wept as …")
    quotes = said(rec, HEAD + "Residents wept as the lava reached the harbour. Children cried in the shelters." + TAIL)
    assert quotes == [], quotes


@pytest.mark.parametrize(
    ("sentence", "name", "words"),
    [
        # the reported article (t13ac repro/v0-story web/island-gazette)
        (
            "Prime Minister Aud Lystrup pledged €50 million in aid and said each displaced family would get €2,000.",
            "Aud Lystrup",
            "each displaced family would get €2,000",
        ),
        # variants of my own: another pledge verb and sum, "but", another speech verb
        (
            "Governor Tomas Arvid promised new shelters and told reporters that the schools would reopen on Monday.",
            "Tomas Arvid",
            "the schools would reopen on Monday",
        ),
        (
            "Mayor Ilona Farkas demanded $3 million for the miners but said the strike would end on Friday.",
            "Ilona Farkas",
            "the strike would end on Friday",
        ),
    ],
)
def test_object_then_second_speech_verb(rec: Recognizer, sentence: str, name: str, words: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert any(speaker == name and quoted == words for speaker, _k, quoted in quotes), quotes


def test_pledge_of_words_before_and_still_reports(rec: Recognizer) -> None:
    # a pledge whose object is a clause reports as before, "and said" after it or not
    quotes = said(rec, HEAD + "Mayor Ilona Farkas vowed the town would rebuild and said the port would reopen." + TAIL)
    assert any(speaker == "Ilona Farkas" and "the town would rebuild" in quoted for speaker, _k, quoted in quotes), (
        quotes
    )
