"""A sentence-final '…, [the owner's] TITLE NAME VERB [on DAY].' attribution, "confirmed" among
the speech verbs, and a passive participle that is no cue (t13z H7).

'Velmont Health Trust will not pay the ransom demanded by the hackers, the trust's chief executive
Miriam Okafor confirmed on Friday.' gave 'Velmont Health Trust | reported demanded | by the
hackers, …' (then, after s35-d, nothing): a trailing subject of a determiner, an owner's
possessive, a title in lower case and a name is the speaker ("the trust's chief executive Miriam
Okafor", "the hospital's head of security Tomas Brandt"), also after the verb ("…, said the
trust's chief executive Miriam Okafor."); "confirmed" reports; a speech verb's past participle in
a passive ("the ransom demanded by the hackers", "a statement written by the trust's lawyers", "the
figures announced by the ministry") reports nothing, its agent no speaker.
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


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str, str, str]]:
    article = Article("t", Path("/x/t.txt"), "Hospital hit\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted, q.kind, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words", "cue"),
    [
        # the reported sentence (t13z repro/v6/a.txt)
        (
            "Velmont Health Trust will not pay the ransom demanded by the hackers, the trust's chief executive "
            "Miriam Okafor confirmed on Friday.",
            "Miriam Okafor",
            "Velmont Health Trust will not pay the ransom demanded by the hackers",
            "confirmed",
        ),
        # variants of my own: another title with an "of" phrase and a time, another verb
        (
            "No patient data was sold, the hospital's head of security Tomas Brandt confirmed late on Thursday.",
            "Tomas Brandt",
            "No patient data was sold",
            "confirmed",
        ),
        (
            "The emergency department will reopen on Monday, the trust's medical director Anil Varma said.",
            "Anil Varma",
            "The emergency department will reopen on Monday",
            "said",
        ),
        (
            "The backups were never tested, its former IT manager Lena Sørbø told reporters.",
            "Lena Sørbø",
            "The backups were never tested",
            "told",
        ),
        # the same subject after the verb
        (
            "The trust will not pay the ransom, said the trust's chief executive Miriam Okafor.",
            "Miriam Okafor",
            "The trust will not pay the ransom",
            "said",
        ),
        # "confirmed that"
        (
            "Miriam Okafor confirmed on Friday that the hospital would not pay.",
            "Miriam Okafor",
            "the hospital would not pay",
            "confirmed",
        ),
    ],
)
def test_trailing_titled_name_speaks(rec: Recognizer, text: str, speaker: str, words: str, cue: str) -> None:
    found = said(rec, text)
    assert (speaker, words, "reported", cue) in found, found


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The ransom demanded by the gang was $4m, Okafor said.",
            "Okafor",
            "The ransom demanded by the gang was $4m",
        ),
        (
            "The figures announced by the ministry were wrong, Aurelia Stanning said.",
            "Aurelia Stanning",
            "The figures announced by the ministry were wrong",
        ),
    ],
)
def test_passive_participle_is_no_cue(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    found = said(rec, text)
    assert [(s, w) for s, w, _, _ in found] == [(speaker, words)], found


@pytest.mark.parametrize(
    "text",
    [
        "A statement written by the trust's lawyers was read out on Friday.",
        "The figures were announced by the ministry on Friday and were later corrected.",
        "The attack was first reported by the Kesterbridge Echo, which has covered the trust for years.",
        # a passive's agent after an organisation opening the sentence (the reported kind)
        "Kesterbridge Council rejected the terms demanded by the union because they were unaffordable.",
        "Velmont Health Trust refused the sum demanded by the hackers, who had threatened to publish the records.",
        # "confirmed" with an object alone reports no words
        "The trust confirmed the attack on Thursday.",
    ],
)
def test_passive_or_object_reports_nothing(rec: Recognizer, text: str) -> None:
    assert said(rec, text) == []
