"""A statement whose subject is a common-noun phrase ("The fire service", "The regional
hospital", "Some workers", "many people") is listed, with or without words between the subject and
its verb, and credited only to whom that phrase refers to: a person the article introduced by that
role, a body whose name holds its noun; else it is unattributed (issue 13, acceptance test t13i F1:
such statements were missing altogether, or credited to the firm of the paragraph before, a doctor
named two paragraphs earlier, or the news agency of the dateline).

Each shape has the reported sentence and two invented variants; every article opens with a person,
a firm and a news agency named (the earlier speakers a lost subject was credited to).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

EARLIER = (
    "Doctor Erlend Fossum said twelve people were treated.\n\n"
    "Kvalsund Polymers Ltd said its workers would be paid during the closure.\n\n"
)


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return find_quotes(article, rec.recognize(article))


def credited(rec: Recognizer, text: str, words: str) -> tuple[str, str, str | None]:
    """(cue, quote text, speaker name) of the one quote holding ``words``; fails when none or two do."""
    found = [q for q in quotes(rec, text) if words in q.text]
    assert len(found) == 1, [(q.cue, q.text, q.speaker) for q in quotes(rec, text)]
    q = found[0]
    return q.cue, q.text, q.speaker.name if q.speaker else None


# (sentence, the reported words): each reported sentence of t13i F1, then two invented variants
UNNAMED = [
    # a body's noun phrase, ", however," before the verb
    ("The harbour board, however, said the quay would stay shut.", "the quay would stay shut"),
    ("The pilots' association, however, said the channel was too shallow.", "the channel was too shallow"),
    ("The water works, meanwhile, said the pumps had failed.", "the pumps had failed"),
    # a time phrase
    ("The fire service on Friday said the tanks were cool.", "the tanks were cool"),
    ("The coast guard on Monday said two boats had sunk.", "two boats had sunk"),
    ("The school last week said pupils would stay at home.", "pupils would stay at home"),
    # "has said"
    ("The union has said it would demand an inquiry.", "it would demand an inquiry"),
    ("The labour inspectorate has said the pipes were never tested.", "the pipes were never tested"),
    ("The nurses' union had said the wards were full.", "the wards were full"),
    # ", in a statement," / ", in a letter,"
    ("The county, in a statement, said the water was safe.", "the water was safe"),
    ("The shipping line, in a letter, said the ferry would sail.", "the ferry would sail"),
    ("The local water board, in a post on its website, said the tap water was clean.", "the tap water was clean"),
    # a time phrase of a weekday
    ("The hospital on Sunday said nine people were treated.", "nine people were treated"),
    ("The airport on Tuesday said no flight was delayed.", "no flight was delayed"),
    ("The regional hospital in a statement on Sunday said nine people were treated.", "nine people were treated"),
    # nothing between
    ("The regional hospital said it had enough beds.", "it had enough beds"),
    ("The local fire brigade said the smoke was toxic.", "the smoke was toxic"),
    ("A nearby school said classes were cancelled.", "classes were cancelled"),
    # a quantifier phrase
    ("Some workers said the alarms were silent.", "the alarms were silent"),
    ("Many families said they smelled gas.", "they smelled gas"),
    ("Several fishermen said the fjord was ruined.", "the fjord was ruined"),
    # ", for its part," (credited to a firm of an earlier paragraph)
    ("The fishermen's association, for its part, said the fjord was ruined.", "the fjord was ruined"),
    ("The tenants' union, for its part, said rents would rise.", "rents would rise"),
    ("The chamber of commerce, for its part, said shops would reopen.", "shops would reopen"),
    # "that it" after a body's "said" (credited to the firm of the paragraph before)
    ("The union has said that it warned Tennfjord Chemicals ASA in 2024.", "it warned Tennfjord Chemicals ASA in 2024"),
    ("The association said that it had warned the council twice.", "it had warned the council twice"),
    ("The board has said that they would sue Kvalsund Polymers.", "they would sue Kvalsund Polymers"),
    # a role no person was introduced with (credited to the doctor named earlier)
    ("The county governor, in a letter, said it would stay shut.", "it would stay shut"),
    ("The harbour master on Friday said the quay was closed.", "the quay was closed"),
    ("The fire chief, however, said the blaze was out.", "the blaze was out"),
]


@pytest.mark.parametrize(("sentence", "words"), UNNAMED)
def test_a_common_noun_subject_is_listed_unattributed(rec: Recognizer, sentence: str, words: str) -> None:
    """No person or body of that description named: listed, unattributed, never Fossum or the firm."""
    assert credited(rec, EARLIER + sentence + "\n", words) == ("said", words, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "KVALSUND, Norway, April 13 (Nordwire) - The sirens sounded at intervals that many people said they did not understand.",
        "OSLO, April 14 (Nordwire) - The alarm rang at a pitch that some workers said they did not hear.",
        "TROMSO, Norway, May 2 (Fjordpress) - The water turned brown in a way that many families said they had never seen.",
    ],
)
def test_a_subject_after_a_dateline_is_not_the_agency(rec: Recognizer, sentence: str) -> None:
    """The subject right before the verb speaks ("many people"), not the agency of the dateline."""
    found = [q for q in quotes(rec, EARLIER + sentence + "\n") if q.start > len(EARLIER)]
    assert found, "the statement is lost"
    assert [q.speaker for q in found] == [None] * len(found), [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(
    ("intro", "sentence", "words", "speaker"),
    [
        (
            "County Governor Ane Lie visited the plant.",
            "The county governor, in a letter, said it would stay shut.",
            "it would stay shut",
            "Ane Lie",
        ),
        (
            "Kvalsund Hospital opened a second ward.",
            "The hospital on Sunday said nine people were treated.",
            "nine people were treated",
            "Kvalsund Hospital",
        ),
        (
            "Harbour Master Per Voll closed the quay.",
            "The harbour master, however, said the quay would reopen.",
            "the quay would reopen",
            "Per Voll",
        ),
    ],
)
def test_a_common_noun_subject_named_earlier_is_credited(
    rec: Recognizer, intro: str, sentence: str, words: str, speaker: str
) -> None:
    """The person introduced by that role, the body whose name holds the noun (s22-b)."""
    assert credited(rec, EARLIER + intro + "\n\n" + sentence + "\n", words) == ("said", words, speaker)


@pytest.mark.parametrize(
    ("sentence", "cue", "words", "speaker"),
    [
        (
            "Chemist Will Farrow, who had warned of the overfilling, said the cost would be enormous.",
            "said",
            "the cost would be enormous",
            "Will Farrow",
        ),
        (
            "Nurse Liv Osland, who had complained about the smoke, told reporters the ward was full.",
            "told",
            "the ward was full",
            "Liv Osland",
        ),
        (
            "Engineer Per Hauge, who once warned against the design, has since said the dam is sound.",
            "said",
            "the dam is sound",
            "Per Hauge",
        ),
    ],
)
def test_the_main_verb_after_a_relative_clause_is_the_cue(
    rec: Recognizer, sentence: str, cue: str, words: str, speaker: str
) -> None:
    """The relative clause's verb ("who had warned of …") is not the cue of the sentence's statement."""
    assert credited(rec, EARLIER + sentence + "\n", words) == (cue, words, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council, which the mayor said was broke, cut the budget.",
        "The plant, which the union said was unsafe, closed on Monday.",
        "The tanks, which some workers said were leaking, were drained.",
        "The council could have said that the road was closed.",
        "The company should insist that the ferry sails.",
        "Analysts of the hospital never said the ward was full.",
    ],
)
def test_no_statement_credited_from_a_relative_clause_or_without_a_report(rec: Recognizer, sentence: str) -> None:
    """Precision: a relative clause's verb with the main clause after it, a modal, a negation."""
    text = EARLIER + sentence + "\n"
    assert [(q.text, q.speaker) for q in quotes(rec, text) if q.start >= len(EARLIER)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a thing described by its noun, with a verb that also takes a plain object
        "The revised plan added about 300 million crowns.",
        "A prelaunch check revealed a problem with the actuator.",
        "The new budget promised more money for schools.",
        # a verb inside the noun phrase's clause, or a preposition before it
        "The certification comes with added costs borne by the fishermen.",
        "The mother of three says she is confident of doing business.",
    ],
)
def test_a_described_thing_reports_only_with_a_verb_of_saying(rec: Recognizer, sentence: str) -> None:
    """Precision of the common-noun rule: no statement from an object-taking verb or a clause."""
    text = EARLIER + sentence + "\n"
    assert [(q.text, q.speaker) for q in quotes(rec, text) if q.start >= len(EARLIER)] == []


@pytest.mark.parametrize(
    ("intro", "sentence", "speaker"),
    [
        (
            "Kvalsund Regional Hospital opened a ward.",
            "The regional hospital said it had enough beds.",
            "Kvalsund Regional Hospital",
        ),
        ("Kvalsund Hospital opened a ward.", "The regional hospital said it had enough beds.", None),
        ("Halvik Hospital opened a ward.", "The children's hospital on Friday said it had enough beds.", None),
    ],
)
def test_a_described_body_is_the_named_body_only_when_its_words_fit(
    rec: Recognizer, intro: str, sentence: str, speaker: str | None
) -> None:
    """A description's other words must be in the body's name ("the ruling party" is not the
    Constitutional Democratic Party, "the regional hospital" not Kvalsund Hospital)."""
    assert credited(rec, EARLIER + intro + "\n\n" + sentence + "\n", "it had enough beds")[2] == speaker
