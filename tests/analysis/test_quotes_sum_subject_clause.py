"""Quotes: a sum that is the subject of a finite clause after a speech verb (round s36-g, left
undone by s36-d: "Olaf Lind claimed €300,000 of it went to repairs." gave no statement).

"claimed", "added", "demanded" … can take a sum as their object ("claimed €300,000 from the
council": money claimed, no words). A sum followed by a clause's finite verb, an "of" phrase
between or not ("€300,000 of it went to repairs", "$2 million vanished", "£40,000 of their savings
disappeared"), is the subject of the words reported. A verb that may be a participle modifying
the sum ("claimed £300,000 owed to the farmers") keeps it the object. A number's separator
("1,200", "€2.5 million") was read as the end of the object's clause, so "warned 1,200 residents
would lose their homes" was an object alone (cues._object_alone).
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


def said(rec: Recognizer, sentence: str) -> dict[str, str | None]:
    text = (
        "Bridge repairs questioned\n\nBy Sam Ferrow | Lindmark Echo | 15 July 2026\n\n"
        "The Corvenna Bridge was closed for repairs last year.\n\n" + sentence + "\n"
    )
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None) for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the reported sentence (s35-p1, s36-d left undone)
        (
            "Olaf Lind claimed €300,000 of it went to repairs.",
            "€300,000 of it went to repairs",
            "Olaf Lind",
        ),
        # the present tense, a currency code, "went missing"
        (
            "Councillor Britt Aune claims SEK 2 million of the budget went missing.",
            "SEK 2 million of the budget went missing",
            "Britt Aune",
        ),
        # yen, an "of" phrase of three words
        (
            "Councillor Britt Aune claimed ¥40 million of the relief grant went to a shell company.",
            "¥40 million of the relief grant went to a shell company",
            "Britt Aune",
        ),
        # "added" (a verb whose sum alone is an object), pounds, a regular past form
        (
            "Treasurer Ruth Amsel added £40,000 of their savings disappeared overnight.",
            "£40,000 of their savings disappeared overnight",
            "Ruth Amsel",
        ),
        # no "of" phrase, dollars, a past form that may be a participle but has no participle's phrase
        (
            "Auditor Mark Doyle claimed $2 million vanished from the account.",
            "$2 million vanished from the account",
            "Mark Doyle",
        ),
    ],
)
def test_sum_subject_of_reported_clause(rec: Recognizer, sentence: str, words: str, speaker: str) -> None:
    assert said(rec, sentence).get(words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Olaf Lind claimed €300,000 from the council.",
        "Olaf Lind claimed at least €300,000 for the lost crops.",
        "Olaf Lind claimed €300,000 owed to the farmers.",
        "Treasurer Ruth Amsel added £40,000 to the fund.",
        "The union demanded $50,000 raised by the council for each family.",
    ],
)
def test_sum_object_no_statement(rec: Recognizer, sentence: str) -> None:
    # a sum claimed, added or demanded as the verb's object: no words reported
    assert said(rec, sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a number's separator ("1,200", "2.5") is no end of the object: the clause after it goes on
        ("Ana Lopes warned 1,200 residents would lose their homes.", "1,200 residents would lose their homes"),
        ("Mayor Ana Lopes promised 1,500 homes would be rebuilt by spring.", "1,500 homes would be rebuilt by spring"),
        ("Ana Lopes claimed €2.5 million would be paid by Friday.", "€2.5 million would be paid by Friday"),
    ],
)
def test_number_separator_no_clause_end(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence).get(words) == "Ana Lopes"


def test_number_object_alone_still_none(rec: Recognizer) -> None:
    assert said(rec, "Ana Lopes warned 1,200 residents on Monday.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        # a second verb of the same subject ("and has committed") opens no clause: the sums are
        # pledged and committed, no words (t13r's press release; passed before only because the
        # separator in "$250,000" ended the object)
        "Ferrovias Andinas has pledged $250,000 to a relief fund for the victims' families and has "
        "committed $1.2 million to reconstruction of the bridge.",
        "The Halvik Trust has pledged €40,000 to the families but has refused further help.",
    ],
)
def test_same_subject_second_verb_no_clause(rec: Recognizer, sentence: str) -> None:
    assert said(rec, sentence) == {}
