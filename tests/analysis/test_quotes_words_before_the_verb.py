"""Reported speech with words between its subject and its speech verb is found and credited as
without them (issue 13, acceptance test t13g F7: "The regional council, however, said …", "… on
Friday said …", "… has said …", "…, in a statement, said …" were lost, or credited to an
organisation named earlier).

Between any subject (a person's name, a pronoun, a body's noun phrase) and its verb may sit an
adverb ("also", "repeatedly"), a time phrase ("on Friday", "last week"), an auxiliary ("has",
"had", "will"), a parenthetical (", however,", ", in a statement,", ", speaking on Friday,").
The speaker is who the subject alone gives, never an earlier sentence's speaker. A relative
clause's verb is not the main verb: "The council, which the mayor said was broke, …" credits the
mayor with nothing.

Each shape has the reported sentence and invented variants; every article opens with a named
person quoted and an organisation named (the earlier speakers a lost subject was credited to).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

EARLIER = (
    '"We will co-operate fully with the inquiry," said Orvane chief executive Lars Hegge.\n\n'
    "Hegge said the mine at Brakstad would stay shut for a month.\n\n"
)
COUNCIL = "The Halvern Regional Council met on Thursday to discuss the collapse.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return find_quotes(article, rec.recognize(article))


def credited(rec: Recognizer, text: str, words: str) -> tuple[str, str | None]:
    """(quote text, speaker name) of the one quote holding ``words``; fails when no quote does."""
    found = [q for q in quotes(rec, text) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes(rec, text)]
    return found[0].text, found[0].speaker.name if found[0].speaker else None


# (sentence, the reported words as the quote holds them whole)
BODY_SENTENCES = [
    # ", however," and other connectives between commas
    ("The regional council, however, said that no worker had contacted it.", "no worker had contacted it"),
    ("The regional council, meanwhile, said the shaft would be sealed.", "the shaft would be sealed"),
    ("The ministry, for its part, said the inspectors had found no fault.", "the inspectors had found no fault"),
    # a time phrase
    ("The regional council on Friday said the union had not raised the issue.", "the union had not raised the issue"),
    ("The ministry last week said the road was safe.", "the road was safe"),
    ("The harbour authority earlier this week said the channel would reopen.", "the channel would reopen"),
    # an auxiliary, an adverb
    ("The regional council has said it will not intervene.", "it will not intervene"),
    ("The ministry has repeatedly said the road is safe.", "the road is safe"),
    ("The court had already said the hearing would be public.", "the hearing would be public"),
    ("The commission will say on Monday that the merger can proceed.", "the merger can proceed"),
    # a parenthetical setting
    ("The regional council, in a statement, said the mine should stay closed.", "the mine should stay closed"),
    ("The ministry, in a letter to parents, said schools would open on time.", "schools would open on time"),
    ("The regional council in a statement on Friday said the mine should stay closed.", "the mine should stay closed"),
]


@pytest.mark.parametrize(("sentence", "words"), BODY_SENTENCES)
def test_a_body_s_statement_with_words_before_its_verb_is_listed_unattributed(
    rec: Recognizer, sentence: str, words: str
) -> None:
    """No body of that name in the article: listed, unattributed (as "The regional council said …"),
    never Hegge or Orvane."""
    assert credited(rec, EARLIER + sentence + "\n", words) == (words, None)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The regional council, however, said that no worker had contacted it.", "no worker had contacted it"),
        ("The regional council on Friday said the union had not raised the issue.", "the union had not raised"),
        ("The regional council has said it will not intervene.", "it will not intervene"),
        ("The council, in a statement, said the mine should stay closed.", "the mine should stay closed"),
        ("The council last week also said the hall would stay open.", "the hall would stay open"),
    ],
)
def test_a_body_the_article_names_is_credited_through_the_words_before_the_verb(
    rec: Recognizer, sentence: str, words: str
) -> None:
    text = COUNCIL + EARLIER + sentence + "\n"
    assert credited(rec, text, words)[1] == "Halvern Regional Council"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Hegge, however, said that he respected the inquiry.", "he respected the inquiry", "Lars Hegge"),
        ("Dr Ama Osei, speaking on Friday, said the clinic would reopen.", "the clinic would reopen", "Ama Osei"),
        ("Dr Ama Osei has repeatedly said the clinic would reopen.", "the clinic would reopen", "Ama Osei"),
        ("Dr Ama Osei, in an interview, said the clinic would reopen.", "the clinic would reopen", "Ama Osei"),
        ("He, however, said that the shaft was sound.", "the shaft was sound", "Lars Hegge"),
        ("He on Friday said the shaft was sound.", "the shaft was sound", "Lars Hegge"),
        ("He had said the shaft was sound.", "the shaft was sound", "Lars Hegge"),
    ],
)
def test_a_person_or_pronoun_with_words_before_the_verb(
    rec: Recognizer, sentence: str, words: str, speaker: str
) -> None:
    assert credited(rec, EARLIER + sentence + "\n", words) == (words, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council, which the mayor said was broke, cut its budget.",
        "The hall, which Hegge said was unsafe, will close in May.",
        "The union, whose leader the minister said had resigned, called a strike.",
    ],
)
def test_a_relative_clause_s_verb_credits_no_one_with_the_main_clause(rec: Recognizer, sentence: str) -> None:
    text = EARLIER + "The mayor of Brakstad visited the site.\n\n" + sentence + "\n"
    start = text.index(sentence)
    assert [(q.text, q.speaker) for q in quotes(rec, text) if q.start >= start and q.speaker is not None] == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The council, which the mayor said was broke, said it would sell the hall.", "it would sell the hall"),
        ("The regional council, which runs the sports hall, said it would stay open.", "it would stay open"),
        ("The ministry, which Hegge said had ignored him, has said the mine was inspected.", "the mine was inspected"),
    ],
)
def test_the_main_verb_after_a_relative_clause_is_the_subject_s(rec: Recognizer, sentence: str, words: str) -> None:
    text = EARLIER + "The mayor of Brakstad visited the site.\n\n" + sentence + "\n"
    start = text.index(sentence)
    assert [(q.text, q.speaker) for q in quotes(rec, text) if q.start >= start] == [(words, None)]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("In a statement, the regional council said the mine should stay closed.", "the mine should stay closed", None),
        ("On Friday, the ministry said the road was safe.", "the road was safe", None),
        ("Last week, Hegge said the shaft was sound.", "the shaft was sound", "Lars Hegge"),
    ],
)
def test_an_aside_before_the_subject_is_not_the_statement(
    rec: Recognizer, sentence: str, words: str, speaker: str | None
) -> None:
    """The same asides opening the sentence: "In a statement" / "Last week" were the quote."""
    assert credited(rec, EARLIER + sentence + "\n", words) == (words, speaker)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Hegge would later add that the logs were incomplete.", "the logs were incomplete", "Lars Hegge"),
        (
            "Hegge will tell reporters on Monday that the logs were incomplete.",
            "the logs were incomplete",
            "Lars Hegge",
        ),
    ],
)
def test_will_and_would_before_a_base_form(rec: Recognizer, sentence: str, words: str, speaker: str) -> None:
    assert credited(rec, EARLIER + sentence + "\n", words) == (words, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister would not say whether the road was safe.",
        "Hegge declined to say that the mine would reopen.",
        "The council should insist that the early departure is restored.",
        "Asked what he would say to the families, Hegge paused.",
        "The nearest hospital is two hours away, a distance residents have complained about for years.",
        "The council could have said that the road was closed.",
    ],
)
def test_no_report_without_a_speaker_saying_it(rec: Recognizer, sentence: str) -> None:
    """A negation, "to", "should", "could have" or a verb with an object of its own before the
    words: no statement (the auxiliaries passed over are "has", "had", "will", "would", "do")."""
    text = EARLIER + sentence + "\n"
    start = text.index(sentence)
    assert [q.text for q in quotes(rec, text) if q.start >= start] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hegge said the mine was safe, but Hilde Brakstad, however, said it was not.",
        "Hegge said the mine was safe, but Hilde Brakstad, who leads the union, said it was not.",
        "Hegge said the mine was safe, but Hilde Brakstad on Friday said it was not.",
    ],
)
def test_a_second_speaker_s_aside_is_no_part_of_the_first_s_words(rec: Recognizer, sentence: str) -> None:
    text = EARLIER + sentence + "\n"
    start = text.index(sentence)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes(rec, text) if q.start >= start] == [
        ("the mine was safe", "Lars Hegge"),
        ("it was not", "Hilde Brakstad"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional council in a statement released on Friday night said the hall would close.",
        "The regional council, in a statement issued late on Friday, said the hall would close.",
        "The ministry in an interview published on Sunday said the hall would close.",
    ],
)
def test_a_statement_released_is_the_subject_s_setting(rec: Recognizer, sentence: str) -> None:
    """Not "a statement" standing for the organisation named most (Orvane)."""
    assert credited(rec, EARLIER + sentence + "\n", "the hall would close") == ("the hall would close", None)
