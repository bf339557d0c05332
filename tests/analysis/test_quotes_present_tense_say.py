"""Present-tense attribution: "say" after a plural subject ("…, police say.", "Police now say …",
"Officials say …") reports speech as "says" and "said" do, reported and direct (t13ab L17: a live
blog's "police say" entries were in no speaker's row); "declined to say", "did not say" still
report nothing. And a speaker's role noun taken up again with "the" ('"…," the spokesperson said.'
after "A Westmarch Rail spokesperson said …") is the organisation it spoke for (repro v20: it was
Unattributed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    mentions = rec.recognize(article)
    return [
        (q.speaker.name if q.speaker is not None else None, q.kind, q.text.strip())
        for q in find_quotes(article, mentions)
        if not q.noise
    ]


LIVE = (
    "Harnwick derailment: live\n\n08:20 GMT\nCorrin Police said three people had died.\n\n"
    "11:45 GMT\nThe death toll has risen to five, police say.\n\n"
    "14:30 GMT\nPolice now say seven people were killed.\n\n"
    "15:00 GMT\nSeven people were killed, police said.\n"
)


def test_the_reported_live_blog_credits_every_entry(rec: Recognizer) -> None:
    got = quotes(rec, LIVE)
    assert [(s, t) for s, _k, t in got] == [
        ("Corrin Police", "three people had died"),
        ("Corrin Police", "The death toll has risen to five"),
        ("Corrin Police", "seven people were killed"),
        ("Corrin Police", "Seven people were killed"),
    ], got


HEAD = "Flood on the coast\n\nThe river burst its banks at Selby Marsh on Sunday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The bridge will stay shut until Friday, officials say.", "The bridge will stay shut until Friday"),
        ("Firefighters say the blaze is under control.", "the blaze is under control"),
        ("Witnesses still say the water rose within minutes.", "the water rose within minutes"),
        ("Residents say that nobody warned them.", "nobody warned them"),
    ],
)
def test_say_after_a_plural_subject_reports(rec: Recognizer, sentence: str, words: str) -> None:
    assert quotes(rec, HEAD + sentence + "\n") == [(None, "reported", words)]


@pytest.mark.parametrize(
    "sentence",
    ['"We are still searching the carriages," police say.', 'Police now say: "We are still searching the carriages."'],
)
def test_say_after_a_plural_subject_attributes_a_direct_quote(rec: Recognizer, sentence: str) -> None:
    text = "Crash at Harnwick\n\nCorrin Police said three people had died.\n\n" + sentence + "\n"
    got = [(s, k) for s, k, _t in quotes(rec, text)]
    assert got == [("Corrin Police", "reported"), ("Corrin Police", "direct")], quotes(rec, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials declined to say how many homes were flooded.",
        "Police did not say what caused the flood.",
        "They have nothing to say about the cost.",
    ],
)
def test_say_as_no_report_stays_none(rec: Recognizer, sentence: str) -> None:
    assert quotes(rec, HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    ("intro", "tag"),
    [
        ("A Westmarch Rail spokesperson said later that trains would run at reduced speed.", "the spokesperson said"),
        ("A Harbour Authority spokesman said the quay was closed.", "the spokesman added"),
        ("A spokeswoman for Selby Water said supplies were safe.", "the spokeswoman said"),
    ],
)
def test_the_role_taken_up_again_speaks_for_its_organisation(rec: Recognizer, intro: str, tag: str) -> None:
    got = quotes(rec, HEAD + intro + f' "Safety comes first," {tag}.\n')
    direct = [s for s, k, _t in got if k == "direct"]
    reported = [s for s, k, _t in got if k == "reported"]
    assert reported and reported[0] is not None, got
    assert direct == [reported[0]], got
