"""Quotes: the shapes the acceptance re-test t13j found wrong (issue 13), each as a kind: the
reported sentence and two invented variants.

- F4: a participle's phrase before the subject ("Speaking at the scene, X said Y", "Asked about
  the cost, X said Y") is no statement: the words after the verb are.
- F14: "X said he wrote twice": a pronoun subject right after the speech verb opens X's reported
  clause; the clause is X's whole, never credited to the one the pronoun refers to.
- F3: "CONTENT, said Job Name, who …": a person after a job phrase in capitals speaks.
- F16: after a wire dateline, a plain-noun subject ("Fishermen in the harbour", "Passengers on
  the train", "Dock workers on Friday", "Workers") is unattributed, never the dateline's agency
  nor a person; "A spokesperson for the port" speaks for the body it names, not the firm before.
- F5: an all-caps lede's "THE OPERATOR SAID" is no person "THE OPERATOR".
- F6: a live blog's "**HH:MM** The X, for its part, said" is listed.
- F7: "The bus depot echoed with radio chatter" is no statement of an earlier speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

# Speakers named first: the earlier speakers a lost statement was credited to.
EARLIER = "Astrid Holm said the fence was cut.\n\nKvist Marine AS said the ship was empty.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return find_quotes(article, rec.recognize(article))


def holding(rec: Recognizer, text: str, words: str) -> Quote:
    """The one quote whose text holds ``words``; fails when none or several do."""
    found = [q for q in quotes(rec, text) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes(rec, text)]
    return found[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


# F4: (sentence, speaker, the statement)
FRONTED = [
    (
        "Speaking at the scene, Senior Rail Inspector Will Aamot said the points would be examined.",
        "Will Aamot",
        "the points would be examined",
    ),
    ("Asked about the cost, Kari Lund said the budget was fine.", "Kari Lund", "the budget was fine"),
    ("Visiting the site on Monday, Mayor Eli Sund said the town would rebuild.", "Eli Sund", "the town would rebuild"),
]


@pytest.mark.parametrize(("sentence", "who", "said"), FRONTED)
def test_a_fronted_participle_phrase_is_no_statement(rec: Recognizer, sentence: str, who: str, said: str) -> None:
    q = holding(rec, EARLIER + sentence + "\n", said)
    assert speaker(q) == who
    assert q.text == said
    assert not any(q.text.startswith(("Speaking", "Asked", "Visiting")) for q in quotes(rec, EARLIER + sentence))


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # a clause of its own before the comma, only a time or setting after the verb: the
        # trailing shape "CONTENT, X said on Friday." is kept
        ("Nothing is working, Kari Lund said on Friday.", "Nothing is working"),
        ("Rising costs hit the firm, Kari Lund said on Monday.", "Rising costs hit the firm"),
        ("Rising costs hit the firm, Kari Lund said in a statement.", "Rising costs hit the firm"),
    ],
)
def test_a_clause_before_the_subject_is_still_the_statement(rec: Recognizer, sentence: str, said: str) -> None:
    q = holding(rec, sentence + "\n", said)
    assert speaker(q) == "Kari Lund"
    assert q.text == said


# F14: (text, speaker, the whole reported clause)
PRONOUN_CLAUSES = [
    ("Astrid Holm said the fence was cut.\n\nTor Nyhus said he wrote twice.\n", "Tor Nyhus", "he wrote twice"),
    (
        "Ingrid Berg said the gate was open.\n\nTor Nyhus said she warned the board in May.\n",
        "Tor Nyhus",
        "she warned the board in May",
    ),
    (
        "Kvist Marine AS said the ship was empty.\n\nIngrid Berg said they argued about the cost.\n",
        "Ingrid Berg",
        "they argued about the cost",
    ),
]


@pytest.mark.parametrize(("text", "who", "said"), PRONOUN_CLAUSES)
def test_said_he_verb_is_one_reported_clause(rec: Recognizer, text: str, who: str, said: str) -> None:
    q = holding(rec, text, said)
    assert speaker(q) == who
    assert q.text == said
    # No one else is credited with the clause's verb.
    verb = said.split()[1]
    assert [speaker(q) for q in quotes(rec, text) if q.cue == verb] == []


# F3: (sentence, speaker, statement)
JOB_AFTER_VERB = [
    (
        "The cuts are the deepest at the firm in a decade, said Polish Welder Hope Nowak, who has worked "
        "at the plant for twelve years.",
        "Hope Nowak",
        "The cuts are the deepest at the firm in a decade",
    ),
    ("The pay was too low, said Crane Operator Will Fosse on Monday.", "Will Fosse", "The pay was too low"),
    ("It was chaos, said Night Porter Eva Brekke, who saw the sparks.", "Eva Brekke", "It was chaos"),
]


@pytest.mark.parametrize(("sentence", "who", "said"), JOB_AFTER_VERB)
def test_said_job_name_after_the_statement(rec: Recognizer, sentence: str, who: str, said: str) -> None:
    text = "Torvik Wagons AS will cut 240 jobs at its plant in Stavnes.\n\n" + sentence + "\n"
    q = holding(rec, text, said)
    assert speaker(q) == who
    assert q.text == said


# F16: (sentence after the earlier speakers, the statement); each unattributed
PLAIN_NOUNS = [
    ("VARDØ, May 4 (Fjordwire) - Fishermen in the harbour said the catch was spoiled.", "the catch was spoiled"),
    ("NARVIK, June 2 (Nordpress) - Passengers on the train said they felt a jolt.", "they felt a jolt"),
    ("TROMSØ, June 3 (Fjordwire) - Dock workers on Friday said the cranes stopped.", "the cranes stopped"),
    ("MOSJØEN, Norway, June 2 (Fjordwire) - Workers said the plant had been losing money.", "losing money"),
    ("HALDEN, Norway, May 3 (Fjordwire) - Residents said the smoke was thick.", "the smoke was thick"),
    ("BODØ, June 3 (Fjordwire) - Some residents said they heard a bang.", "they heard a bang"),
    (
        "Kvist Marine AS said the ship was empty.\n\nA spokesperson for the port said the quay was safe.",
        "quay was safe",
    ),
    (
        "Kvist Marine AS said the ship was empty.\n\nA spokesman for the harbour said the crane was old.",
        "crane was old",
    ),
]


@pytest.mark.parametrize(("sentence", "said"), PLAIN_NOUNS)
def test_a_plain_noun_subject_is_unattributed(rec: Recognizer, sentence: str, said: str) -> None:
    q = holding(rec, sentence + "\n\nAstrid Holm said the fence was cut.\n", said)
    assert q.speaker is None, q.speaker
    assert not q.text.isupper() and "Fjordwire" not in q.text


def test_a_spokesperson_for_a_named_body_is_that_body(rec: Recognizer) -> None:
    text = (
        "Kvist Marine AS said the ship was empty.\n\nThe Stavnes Port Authority closed the quay.\n\n"
        "A spokesperson for the authority said the quay was safe.\n"
    )
    q = holding(rec, text, "the quay was safe")
    assert speaker(q) == "Stavnes Port Authority"


def test_a_bare_plural_of_things_is_no_speaker(rec: Recognizer) -> None:
    # "states" is no group of people: "demanded that" reports nobody's words here.
    text = "Small island states on Tuesday demanded that wealthy countries pay into a new fund.\n"
    assert quotes(rec, text) == []


# F5: all-caps ledes
CAPS = [
    (
        "OSLO, March 12 (Nordpress) - BRATLAND FREIGHT AS HAS SUSPENDED ALL SERVICES ON THE VALLEY LINE. "
        "THE COMPANY SAID THE TRACK WAS NOT SAFE.",
        "THE TRACK WAS NOT SAFE",
        "Bratland Freight AS",
    ),
    (
        "OSLO, March 12 (Nordpress) - KARLSEN FERRIES AS HAS CANCELLED ALL DEPARTURES. THE COMPANY SAID THE "
        "SEA WAS TOO ROUGH.",
        "THE SEA WAS TOO ROUGH",
        "Karlsen Ferries AS",
    ),
    (
        "BODØ, March 12 (Nordpress) - THE OPERATOR SAID ON TUESDAY THAT THE LINE WOULD REOPEN.",
        "LINE WOULD REOPEN",
        None,
    ),
]


@pytest.mark.parametrize(("lede", "said", "who"), CAPS)
def test_an_all_caps_lede_names_no_person(rec: Recognizer, lede: str, said: str, who: str | None) -> None:
    text = lede + "\n\nTrains will resume next week, the minister said on Friday.\n"
    q = holding(rec, text, said)
    assert speaker(q) == who
    assert all(q.speaker is None or q.speaker.type != "PERSON" for q in quotes(rec, text))


# F6: live-blog entries
LIVE = [
    ("**12:45** The track maintenance crew, for its part, said the rails had been replaced in 2023.", "rails had been"),
    ("**12:45** The fire brigade, for its part, said the fire was out.", "the fire was out"),
    ("**13:10** The harbour pilots, however, said the fog had lifted.", "the fog had lifted"),
]


@pytest.mark.parametrize(("entry", "said"), LIVE)
def test_a_live_blog_entry_time_opens_the_sentence(rec: Recognizer, entry: str, said: str) -> None:
    text = "# Live: derailment\n\n**12:30** Astrid Holm said the fence was cut.\n\n" + entry + "\n"
    q = holding(rec, text, said)
    assert q.speaker is None
    assert "**" not in q.text


# F7: a speech verb in another sense
SOUNDS = [
    "The river bank echoed with radio chatter long after the television crews left.",
    "The youth club echoed with shouts until midnight.",
    "The old court echoed through the night with the noise of the pumps.",
]


@pytest.mark.parametrize("sentence", SOUNDS)
def test_echoed_with_a_sound_is_no_statement(rec: Recognizer, sentence: str) -> None:
    text = EARLIER + sentence + "\n"
    assert [q.text for q in quotes(rec, text) if q.cue == "echoed"] == []


def test_echoed_a_call_is_still_a_statement(rec: Recognizer) -> None:
    q = holding(rec, "Ingrid Berg echoed the union's call for an inquiry.\n", "call for an inquiry")
    assert speaker(q) == "Ingrid Berg"


@pytest.mark.parametrize(
    ("lede", "said"),
    [
        ("HAMMERFEST, May 2 - THE PLANT WILL CLOSE, HARBOUR OFFICIALS SAID.", "THE PLANT WILL CLOSE"),
        ("TROMSØ, June 3 - THE FERRY WILL NOT SAIL, THE OPERATOR SAID.", "THE FERRY WILL NOT SAIL"),
        ("BODØ, March 12 - ALL TRAINS ARE CANCELLED, THE RAIL OPERATOR SAID ON FRIDAY.", "ALL TRAINS ARE CANCELLED"),
    ],
)
def test_a_dated_dateline_before_an_all_caps_lede_is_no_statement(rec: Recognizer, lede: str, said: str) -> None:
    text = lede + "\n\nAstrid Holm said the fence was cut.\n"
    assert [q.text for q in quotes(rec, text) if q.cue == "SAID"] == [said]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Most of the families who live by the river said they were scared.", "they were scared"),
        ("The families who live near the depot said the noise never stopped.", "the noise never stopped"),
        ("Most of the engineers who saw the fire said the alarm was silent.", "the alarm was silent"),
    ],
)
def test_a_group_described_by_a_relative_clause_is_unattributed(rec: Recognizer, sentence: str, said: str) -> None:
    # F16: was missing (neither a speaker nor unattributed)
    q = holding(rec, EARLIER + sentence + "\n", said)
    assert q.speaker is None
    assert q.text == said


@pytest.mark.parametrize(
    "sentence",
    [
        "Kjelsberg Haulage Services Ltd, a sister company that maintains the wagons, declined to comment.",
        "Nordbane AS, which maintained the old line for decades, sold it in May.",
        "Brekke Rail maintains the signal cables and the points.",
    ],
)
def test_maintains_an_object_is_no_statement(rec: Recognizer, sentence: str) -> None:
    # F7 ("also junk"): "maintains the wagons" keeps them in repair; it reports no words
    text = "Torvik Wagons AS builds the wagons.\n\n" + sentence + "\n"
    assert [(q.text, speaker(q)) for q in quotes(rec, text) if q.cue.startswith("maintain")] == []


def test_maintained_a_clause_is_a_statement(rec: Recognizer) -> None:
    q = holding(rec, "Ingrid Berg maintained the wagons were safe.\n", "the wagons were safe")
    assert speaker(q) == "Ingrid Berg"
