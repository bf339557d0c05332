"""Who said what (#16, round s44-q2): a kind of institution is no nearby namesake (t13al N5); a
second quotation in one paragraph keeps its own tag (t13akr S6); a pledge of money is an act
(t13akr S8); a speech verb in a relative clause after "according to" is that clause's subject's
(review s44-rv finding 14). Each test: the reported input first, then two variants of my own.

Before: "…, the central bank said" was the failed bank's statement (the nearest organisation
holding "bank"); '"B," said Tom Aske.' after 'Ruiz said: "A."' in one paragraph was dropped;
"The government pledged $3 million in relief …" was an unattributed statement; "according to
Westmark Buses, whose boss Graham Pell said: "…"" was the company's quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _quotes(rec: Recognizer, text: str) -> list[tuple[str, str | None, str, str]]:
    """(kind, speaker or None, cue, words) of the quotes in ``text``, paragraphs of an article."""
    text = "Story\n\nThe council met on Monday in Leeds.\n\n" + text + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.quoted)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Veltra Bank, a regional Dutch lender, failed Wednesday and the Dutch central bank took it over.\n\n"
            "The bank held 17.9 billion euros in deposits belonging to some 410,000 customers, the central bank said.",
            None,
        ),
        ("Harlow Bank lost 40 million pounds in March, the central bank said.", None),
        (
            "De Nederlandsche Bank, the Dutch central bank, took over Veltra Bank on Wednesday.\n\n"
            "The bank held 17.9 billion euros in deposits, the central bank said.",
            "De Nederlandsche Bank",
        ),
    ],
)
def test_a_kind_of_institution_is_never_a_namesake(rec: Recognizer, text: str, speaker: str | None) -> None:
    said = [q for q in _quotes(rec, text) if q[2] == "said"]
    assert [q[1] for q in said] == [speaker], said


def test_a_word_describing_the_one_bank_keeps_it(rec: Recognizer) -> None:
    # a guard: "the troubled bank" is the bank already spoken of
    text = "Veltra Bank failed on Wednesday.\n\nThe bank held 17.9 billion euros in deposits, the troubled bank said."
    said = [q for q in _quotes(rec, text) if q[2] == "said"]
    assert [q[1] for q in said] == ["Veltra Bank"], said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Health Minister Ana Ruiz said: "The offer is fair and final." "We will not back down," said union '
            "leader Tom Aske.",
            "We will not back down",
            "Tom Aske",
        ),
        ('Ana Ruiz said: "The offer is fair and final!" "We will not back down," Tom Aske said.', "We", "Tom Aske"),
        (
            'Ana Ruiz said: "The offer is fair and final." "We will not back down," union leader Tom Aske said.',
            "We will not back down",
            "Tom Aske",
        ),
    ],
)
def test_a_second_quotation_after_a_closed_sentence_keeps_its_tag(
    rec: Recognizer, text: str, words: str, speaker: str
) -> None:
    found = _quotes(rec, text)
    assert ("direct", "Ana Ruiz") in [(q[0], q[1]) for q in found], found
    assert [(q[0], q[1]) for q in found if q[3].startswith(words)] == [("direct", speaker)], found


@pytest.mark.parametrize(
    "text",
    [
        "The government pledged $3 million in relief for patients whose operations were cancelled.",
        "The ministry promised new homes to residents whose houses were destroyed in the flood.",
        "The firm pledged €5 million to a fund which will help families of the victims.",
    ],
)
def test_a_pledge_whose_object_holds_a_relative_clause_is_an_act(rec: Recognizer, text: str) -> None:
    assert _quotes(rec, text) == []


def test_a_pledge_of_a_clause_still_reports(rec: Recognizer) -> None:
    # a guard: "that" after the relative clause is the promise's own clause
    found = _quotes(rec, "The mayor promised voters who backed him that taxes would fall.")
    assert [q[3] for q in found] == ["taxes would fall"], found


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "The strike is costing operators about £1.5m a day, according to Westmark Buses, whose boss Graham "
            'Pell said: "We cannot conjure money from nowhere."',
            "Westmark Buses",
            "Graham Pell",
        ),
        (
            'Fares will rise, according to Westmark Buses, whose chief executive Anna Lund said: "We have no choice."',
            "Westmark Buses",
            "Anna Lund",
        ),
        (
            'Fares will rise, according to Maria Lund, whose lawyer Graham Pell said: "We have no choice."',
            "Maria Lund",
            "Graham Pell",
        ),
    ],
)
def test_a_relative_clause_after_according_to_speaks_for_its_own_subject(
    rec: Recognizer, text: str, source: str, speaker: str
) -> None:
    found = _quotes(rec, text)
    assert [(q[0], q[1]) for q in found if q[2] == "said"] == [("direct", speaker)], found
    # the source's own statement is the words before "according to", never the relative clause
    according = [q for q in found if q[2] == "according to"]
    assert [q[1] for q in according] == [source], found
    assert all("said" not in q[3] for q in according), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("15:05 MSF said its teams had treated 60 patients since Saturday.", "MSF"),
        ("09:40 UNHCR said 300 families had crossed the border.", "UNHCR"),
        ("11.20 IRC said its clinic in the camp had reopened.", "IRC"),
    ],
)
def test_capitals_after_an_entry_stamp_that_are_no_zone_speak(rec: Recognizer, text: str, speaker: str) -> None:
    # a live blog's entry: its stamp, then the body named in capitals as the entry's first word
    found = _quotes(rec, "Live updates\n\n" + text + "\n\n16:00 The county said more cases were confirmed.")
    assert [q[1] for q in found if q[3].split()[0] != "more"] == [speaker], found
