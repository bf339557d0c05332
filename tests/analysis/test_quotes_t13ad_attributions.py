"""Acceptance t13ad (issue 16), quotes attributed to the wrong speaker or to none:

* N7: an organisation's possessive role, then the name in commas, opening the sentence ("Nordair's
  chief executive, Rolf Agdestein, said the airline would pay …") credits the name with the words
  after the verb; it was unattributed with the subject as its words (the role with a determiner,
  "The company's chief executive, X Y,", was read; a proper name's possessive was not).
* N17: a role in lower case and a name before a quotation's colon ('Airport director Sigrid Holm:
  "…"') credits the name, as a name alone or capitalised title words do; it was unattributed.
* N15: "X told investigators CLAUSE, according to Y." is X's report of CLAUSE (cue "told"), Y its
  nested ``source``; it was Y's statement with X's cue as its words.
* N8: "declared an emergency" is an act, no speech (the sentence is the "according to" source's
  report); "a spokesperson for Stavenholm airport" speaks for the airport, never the place;
  "a Nordair spokesperson" for Nordair; "the airline" after "A Nordair Airbus …" is Nordair, never
  the aircraft maker. ("according to the Civil Aviation Authority" closing the sentence is another
  helper's kind, s37-q: here the act is only no longer the captain's speech.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Landing\n\nThe plane landed on Tuesday.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, sentence: str, first: str = FIRST) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), first + sentence + "\n", "utf-8", "", True, None, True)
    return [q for q in find_quotes(article, rec.recognize(article)) if q.start >= len(first)]


def said(rec: Recognizer, sentence: str, first: str = FIRST) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker is not None else None, q.quoted) for q in quotes(rec, sentence, first)]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # N7, the reported input
        (
            "Nordair's chief executive, Rolf Agdestein, said the airline would pay passengers 600 euros each.",
            "Rolf Agdestein",
            "the airline would pay passengers 600 euros each",
        ),
        # variants: another firm, role, name and wording; a spokeswoman of a two-word firm
        (
            "Heliq's finance director, Maria Lund, said the bank would refund farmers within a week.",
            "Maria Lund",
            "the bank would refund farmers within a week",
        ),
        (
            "Brennfeld Rail's spokeswoman, Ilse Margrethe Dahl, said the railway would refund commuters within a week.",
            "Ilse Margrethe Dahl",
            "the railway would refund commuters within a week",
        ),
        # after "according to" the same title and name in commas
        (
            "According to Nordair's chief executive, Rolf Agdestein, the airline would pay passengers 600 euros.",
            "Rolf Agdestein",
            "the airline would pay passengers 600 euros",
        ),
    ],
)
def test_owner_possessive_title_then_name(rec: Recognizer, sentence: str, who: str, words: str) -> None:
    assert said(rec, sentence) == [(who, words)]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # N17, the reported input
        (
            'Airport director Sigrid Holm: "The runway was cleared in four minutes."',
            "Sigrid Holm",
            "The runway was cleared in four minutes.",
        ),
        # variants: other roles (three lower-case words, an owner's role), names (quotes are read in English only)
        (
            'Harbour safety chief Tomas Lindqvist: "Nobody was hurt in the evacuation."',
            "Tomas Lindqvist",
            "Nobody was hurt in the evacuation.",
        ),
        (
            'The hospital\'s chief surgeon Lars Bø: "Two patients are still in intensive care."',
            "Lars Bø",
            "Two patients are still in intensive care.",
        ),
        (
            'Police spokeswoman Ane Kristiansen: "The road will stay closed until Friday."',
            "Ane Kristiansen",
            "The road will stay closed until Friday.",
        ),
    ],
)
def test_role_and_name_before_a_colon(rec: Recognizer, sentence: str, who: str, words: str) -> None:
    got = said(rec, sentence)
    assert len(got) == 1
    assert got[0][0] == who
    assert got[0][1].strip(" .") == words.strip(" .")


@pytest.mark.parametrize(
    ("sentence", "who", "words", "source"),
    [
        # N15, the reported input
        (
            "Captain Marit Eskeland told investigators the fire warning came on at 35,000 feet, according to "
            "Halvard Moen of the Civil Aviation Authority.",
            "Marit Eskeland",
            "the fire warning came on at 35,000 feet",
            "Halvard Moen",
        ),
        # variants: other names, "told reporters", "said that"
        (
            "Engineer Petra Vinter told reporters the valve had failed twice in May, according to Ola Brekke "
            "of the safety board.",
            "Petra Vinter",
            "the valve had failed twice in May",
            "Ola Brekke",
        ),
        (
            "Dr. Amira Haddad said that the patients were stable, according to Jonas Eide.",
            "Amira Haddad",
            "the patients were stable",
            "Jonas Eide",
        ),
    ],
)
def test_according_to_wraps_a_report(rec: Recognizer, sentence: str, who: str, words: str, source: str) -> None:
    got = quotes(rec, sentence)
    assert [(q.speaker.name if q.speaker else None, q.quoted, q.source) for q in got] == [(who, words, source)]


@pytest.mark.parametrize(
    ("sentence", "not_who"),
    [
        # N8, the reported input: an act, the sentence the CAA's report (or unattributed)
        (
            "Captain Marit Eskeland declared an emergency at 08:14 local time, according to the Civil Aviation "
            "Authority.",
            "Marit Eskeland",
        ),
        # variants: a mayor declaring a state of emergency; a firm declaring bankruptcy
        ("Mayor Tove Lien declared a state of emergency on Monday, according to the county.", "Tove Lien"),
        ("Brennfeld Rail declared bankruptcy in March, according to court records.", "Brennfeld Rail"),
    ],
)
def test_declaring_an_act_is_no_speech(rec: Recognizer, sentence: str, not_who: str) -> None:
    for who, words in said(rec, sentence):
        assert who != not_who, (who, words)


@pytest.mark.parametrize(
    ("first", "sentence", "place"),
    [
        # N8, the reported input (the place named by the dateline, as in repro/v6)
        (
            "Jet lands\n\nSTAVENHOLM, March 3, 2026 (Nordwire) - A passenger jet made an emergency landing at "
            "Stavenholm airport on Tuesday.\n\n",
            "The number of injured has risen to 12, a spokesperson for Stavenholm airport says.",
            "Stavenholm",
        ),
        # variants: another place and institution, the tag before the words
        (
            "Wards shut\n\nBERGEN, May 4, 2026 (Nordwire) - Flu closed wards across Bergen on Monday.\n\n",
            "Four wards were closed, a spokesman for Bergen hospital said.",
            "Bergen",
        ),
        (
            "Ferry\n\nTROMSØ, May 4 (Nordwire) - The ferry left Tromsø at dawn.\n\n",
            "A spokeswoman for Tromsø harbour said the ferry would sail at noon.",
            "Tromsø",
        ),
    ],
)
def test_spokesperson_for_a_place_s_institution_is_not_the_place(
    rec: Recognizer, first: str, sentence: str, place: str
) -> None:
    got = quotes(rec, sentence, first)
    assert len(got) == 1
    speaker = got[0].speaker
    assert speaker is None or (speaker.name != place and speaker.type != "GPE"), speaker


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        # N8, the reported input (round s50-q: the firm's unnamed spokesperson, a speaker of its
        # own, as "a spokesperson for Nordair" is: README, quotes)
        ('"We are cooperating with investigators," a Nordair spokesperson said.', "Spokesperson for Nordair"),
        # variants: other firms, a reported statement, "officials"
        ('"The timetable will change in May," a Brennfeld spokeswoman said.', "Spokesperson for Brennfeld"),
        ("The plant will close in June, Velmora officials said.", "Velmora"),
    ],
)
def test_a_firm_s_spokesperson_speaks_for_it(rec: Recognizer, sentence: str, org: str) -> None:
    got = quotes(rec, sentence)
    assert len(got) == 1
    assert got[0].speaker is not None and got[0].speaker.name == org, got[0].speaker


@pytest.mark.parametrize(
    ("sentence", "maker", "owner"),
    [
        # N8, the reported input
        (
            "A Nordair Airbus with 184 passengers on board landed safely at Stavenholm on Tuesday after its left "
            "engine caught fire, the airline said.",
            "Airbus",
            "Nordair",
        ),
        # variants: another airline and maker; a rail operator's Siemens train
        (
            "A Fjordfly Boeing carrying 120 people returned to Bergen after a bird strike, the airline said.",
            "Boeing",
            "Fjordfly",
        ),
        (
            "A Nordbahn Siemens train stopped outside Kiel for two hours, the company said.",
            "Siemens",
            "Nordbahn",
        ),
    ],
)
def test_the_airline_is_not_the_aircraft_maker(rec: Recognizer, sentence: str, maker: str, owner: str) -> None:
    got = quotes(rec, sentence)
    assert len(got) == 1
    assert got[0].speaker is not None and got[0].speaker.name != maker, got[0].speaker
    assert got[0].speaker.name == owner


@pytest.mark.parametrize(
    ("sentence", "body", "words"),
    [
        # N8, the reported input: the act is the Civil Aviation Authority's report
        (
            "Captain Marit Eskeland declared an emergency at 08:14 local time, according to the Civil Aviation "
            "Authority.",
            "Civil Aviation Authority",
            "Captain Marit Eskeland declared an emergency at 08:14 local time",
        ),
        # variants: a crew's mayday, a firm's bankruptcy, other bodies
        (
            "The crew declared a mayday at 14:02, according to the Kerrow Coastguard.",
            "Kerrow Coastguard",
            "The crew declared a mayday at 14:02",
        ),
        (
            "Brennfeld Rail declared bankruptcy in March, according to the Commercial Court.",
            "Commercial Court",
            "Brennfeld Rail declared bankruptcy in March",
        ),
    ],
)
def test_an_act_according_to_a_body_is_the_body_s_report(rec: Recognizer, sentence: str, body: str, words: str) -> None:
    assert said(rec, sentence) == [(body, words)]
