"""Quotes regressions the review s50-rv found in round s50-q (round s50-fx2).

11. "said no more than 12 people were hurt", "said little children should not walk …": "nothing/
    little/no more" is "no words reported" only when it ends the verb's object, never before a
    noun or "than".
6. "warned of rising prices in the shops as supply routes stayed shut": only a warning's bare
   topic (a short noun phrase, a time's phrase at most) is no statement; a longer object or a
   clause after it reports.
5. "Redfern Water will review its tariffs, its chief executive said." after "Acme Power's chief
   executive, Tom Baker, said …": the body's officer, never another body's chief executive.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), f"Story\n\n{text}\n", "utf-8", "", True, None, True)
    return merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{quoted words: speaker's name or None}``."""
    return {q.quoted: q.speaker.name if q.speaker else None for q in quotes(rec, text)}


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # reported (s50-rv 11)
        (
            "Police said no more than 12 people were hurt in the crash on Tuesday.",
            "no more than 12 people were hurt in the crash on Tuesday",
            None,
        ),
        (
            "The head teacher, Maria Santos, said little children should not walk to school alone while the "
            "road is closed.",
            "little children should not walk to school alone while the road is closed",
            "Maria Santos",
        ),
        # variants of my own: "told reporters little <noun>", another count's cap
        (
            "A spokesman told reporters little progress had been made since March.",
            "little progress had been made since March",
            None,
        ),
        (
            "Coach Anna Berg said no more than three players were injured.",
            "no more than three players were injured",
            "Anna Berg",
        ),
    ],
)
def test_nothing_little_no_more_before_a_noun_report(
    rec: Recognizer, sentence: str, words: str, speaker: str | None
) -> None:
    got = said(rec, sentence)
    assert words in got and got[words] == speaker, got


@pytest.mark.parametrize(
    "sentence",
    ["The mayor said nothing about the fire.", "The mayor said little on Monday.", "She said no more."],
)
def test_nothing_little_no_more_alone_still_report_nothing(rec: Recognizer, sentence: str) -> None:
    assert quotes(rec, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # reported (s50-rv 6)
        (
            "Maria Santos warned of rising prices in the shops as supply routes stayed shut.",
            "rising prices in the shops as supply routes stayed shut",
            "Maria Santos",
        ),
        (
            "Officials warned of a long recovery for the port and its workers.",
            "a long recovery for the port and its workers",
            None,
        ),
        # variants of my own: "about", "against", longer objects with no clause's word or "-ing"
        (
            "Mayor Jon Ek warned about higher rents for families in the old town.",
            "higher rents for families in the old town",
            "Jon Ek",
        ),
        (
            "Analyst Lena Holm cautioned against a rate cut before the election in the autumn.",
            "a rate cut before the election in the autumn",
            "Lena Holm",
        ),
    ],
)
def test_a_warning_s_longer_object_reports(rec: Recognizer, sentence: str, words: str, speaker: str | None) -> None:
    got = said(rec, sentence)
    assert words in got and got[words] == speaker, got


@pytest.mark.parametrize(
    "sentence",
    [
        # the bare topic stays no statement (s50-q's rule, guards)
        "Doctors cautioned against complacency.",
        "Premier Li Qiang warned of AI monopolies.",
        "The agency has warned about *BlackTarn* since January.",
    ],
)
def test_a_warning_s_bare_topic_is_no_statement(rec: Recognizer, sentence: str) -> None:
    assert quotes(rec, sentence) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # reported (s50-rv 5, a and c)
        (
            "Redfern Water said on Tuesday it would bill customers for the repairs.\n\n"
            "Acme Power's chief executive, Tom Baker, said prices would rise across the region.\n\n"
            "Redfern Water will review its tariffs, its chief executive said.",
            "Redfern Water will review its tariffs",
            "Chief executive of Redfern Water",
        ),
        (
            "Redfern Water said on Tuesday it would bill customers for the repairs.\n\n"
            "Its rival Acme Power, whose chief executive Tom Baker spoke on Monday, said prices would rise.\n\n"
            "Redfern Water will review its tariffs, its chief executive said.",
            "Redfern Water will review its tariffs",
            "Chief executive of Redfern Water",
        ),
        # variants of my own: another office and bodies, "of" before the other body
        (
            "Northwind Rail said fares would rise in May.\n\n"
            "The chairman of Baltic Ferries, Anna Lind, said the route was safe.\n\n"
            "Northwind Rail will cut two routes, its chairman said on Friday.",
            "Northwind Rail will cut two routes",
            "Chairman of Northwind Rail",
        ),
        (
            "Harlow Bank posted a loss on Monday.\n\n"
            "Corvid Insurance's finance director, Mia Stone, said claims had doubled.\n\n"
            "Harlow Bank will cut 300 jobs, its finance director said.",
            "Harlow Bank will cut 300 jobs",
            "Finance director of Harlow Bank",
        ),
    ],
)
def test_its_officer_is_never_another_body_s(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    got = said(rec, text)
    assert got.get(words) == speaker, got
