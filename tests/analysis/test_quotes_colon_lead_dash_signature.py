"""Three kinds of quote the recogniser lost or got wrong (t13x F11, repro/v19 and v18):

* a direct quotation introduced by a colon after a phrase with no speech verb ('Ilsa Brannock,
  the governor, was blunter: "Somebody will answer for this."', 'The mayor's message was simple:
  "…"', 'Her verdict: "A disgrace."') vanished altogether; it is a quote, credited to the subject
  before the colon when the lead-in is "X was ADJ:", "X put it ADV:", "X's NOUN (was ADJ):", else
  listed as unattributed;
* a dash signature after a quotation ('"…" — Mariusz Zielinski, rescue chief') credits the name;
* a speech verb whose object is a name or noun phrase alone ("Brannock had warned Norvane
  twice") reports no words: what was said needs a clause or a quotation.
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
    article = Article("t", Path("/x/t.txt"), "Dam report\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted, q.kind) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported sentence (t13x repro/v19/a.txt)
        (
            'KELLBY, March 10 (Nordwire) - Ilsa Brannock, the governor, was blunter: "Somebody will answer for this."',
            "Ilsa Brannock",
            "Somebody will answer for this",
        ),
        # variants of my own: other adjectives, "put it", a possessive's message, other names
        (
            'Fire chief Tomas Lindqvist was adamant: "Nobody goes back into the valley tonight."',
            "Tomas Lindqvist",
            "Nobody goes back into the valley tonight",
        ),
        (
            'Maria Kowalska, a hydrologist at the university, put it more bluntly: "The dam was a time bomb."',
            "Maria Kowalska",
            "The dam was a time bomb",
        ),
        (
            'Jonas Bergström\'s message was simple: "Leave your homes now."',
            "Jonas Bergström",
            "Leave your homes now",
        ),
        (
            'Harbour master Lene Sørbø had a blunt message for the operator: "Fix the spillway or close it."',
            "Lene Sørbø",
            "Fix the spillway or close it",
        ),
        (
            'Governor Ilsa Brannock was clear on Tuesday: "There will be an inquiry."',
            "Ilsa Brannock",
            "There will be an inquiry",
        ),
    ],
)
def test_colon_lead_in_credits_its_subject(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words, "direct") in said(rec, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the reported sentences (t13x repro/v19/a.txt): no one named for them
        ('The mayor\'s message was simple: "Stay away from the river."', "Stay away from the river"),
        ('Her verdict: "A disgrace."', "A disgrace"),
        # variants of my own: a thing's words, an unnamed group's, another language's marks
        ('The sign on the bridge read: "Closed until further notice."', "Closed until further notice"),
        ("The residents' answer was short: „Never again.“", "Never again"),
    ],
)
def test_colon_introduced_quote_is_never_dropped(rec: Recognizer, text: str, words: str) -> None:
    got = said(rec, text)
    assert [w for _, w, _ in got] == [words]
    assert got[0][0] is None


def test_colon_after_another_clause_credits_no_one(rec: Recognizer) -> None:
    # the name is no subject of the words after the colon: a banner's, not hers
    got = said(rec, 'Ana Ferreira stood beside a banner that read: "We will rebuild every house."')
    assert got == [(None, "We will rebuild every house", "direct")]


def test_every_quoted_sentence_of_the_repro_is_listed(rec: Recognizer) -> None:
    # t13x repro/v19/a.txt, copied
    body = (
        "Kellby governor speaks\n\nKELLBY, March 10 (Nordwire) - Ilsa Brannock, the governor, was blunter: "
        '"Somebody will answer for this."\n\nThe mayor\'s message was simple: "Stay away from the river."\n\n'
        'Her verdict: "A disgrace."\n\n"We are working around the clock." — Mariusz Zielinski, rescue chief\n'
    )
    article = Article("a", Path("/x/a.txt"), body, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    assert [q.quoted for q in quotes] == [
        "Somebody will answer for this",
        "Stay away from the river",
        "A disgrace",
        "We are working around the clock",
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ilsa Brannock"
    assert quotes[3].speaker is not None and quotes[3].speaker.name == "Mariusz Zielinski"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported line (t13x repro/v19/a.txt)
        (
            '"We are working around the clock." — Mariusz Zielinski, rescue chief',
            "Mariusz Zielinski",
            "We are working around the clock",
        ),
        # variants of my own: an en dash, no space, a title before the name, no role, no full stop
        (
            '"The water came up in minutes." – Anna Kovács, resident of Kellby',
            "Anna Kovács",
            "The water came up in minutes",
        ),
        (
            '"Nobody ever warned us about the state of the spillway."—Fire Chief Jonas Bergström',
            "Jonas Bergström",
            "Nobody ever warned us about the state of the spillway",
        ),
        (
            "Rescue teams worked through the night.\n\n“We will rebuild every single house” — Petra Novak.",
            "Petra Novak",
            "We will rebuild every single house",
        ),
    ],
)
def test_dash_signature_credits_the_name(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words, "direct") in said(rec, text)


def test_dash_then_a_clause_is_no_signature(rec: Recognizer) -> None:
    got = said(rec, '"We are working around the clock" — the rescue service has been at it since Monday, Ana Ferreira.')
    assert all(s != "Ana Ferreira" for s, _, _ in got)


@pytest.mark.parametrize(
    ("text", "verb_object"),
    [
        # the reported sentence (t13x repro/v18/a.txt)
        (
            "Ilsa Brannock visited Kellby. The Daily Beacon reported that Brannock had warned Norvane twice.",
            "Norvane twice",
        ),
        # variants of my own: other verbs, objects and names
        ("Mayor Ana Ferreira warned the company repeatedly last year.", "the company repeatedly last year"),
        ("Engineer Elin Aas cautioned the contractors on Monday.", "the contractors on Monday"),
        ("Union leader Petra Novak accused Halvik Power on Tuesday.", "Halvik Power on Tuesday"),
    ],
)
def test_speech_verb_with_an_object_alone_reports_no_words(rec: Recognizer, text: str, verb_object: str) -> None:
    assert all(words != verb_object for _, words, _ in said(rec, text))


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # a clause after the object still reports: an infinitive, "that", "of/about"
        (
            "Mayor Ana Ferreira warned residents to stay away from the river.",
            "Ana Ferreira",
            "residents to stay away from the river",
        ),
        (
            "Ilsa Brannock warned Norvane that the spillway was too small.",
            "Ilsa Brannock",
            "the spillway was too small",
        ),
        (
            "Engineer Elin Aas cautioned the contractors about the cracks.",
            "Elin Aas",
            "the contractors about the cracks",
        ),
    ],
)
def test_speech_verb_with_a_clause_still_reports(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words, "reported") in said(rec, text)


def typed(rec: Recognizer, text: str) -> list[tuple[str, str, str]]:
    article = Article("t", Path("/x/t.txt"), "Dam report\n\n" + text + "\n", "utf-8", "", True, None, True)
    return [
        (q.speaker.name, q.speaker.type, q.quoted) for q in find_quotes(article, rec.recognize(article)) if q.speaker
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported sentence (t13x repro/v18/a.txt): with Brannock's 'warned' no statement, the
        # newspaper's report is the statement, and "The Daily Beacon" is no person
        (
            "The Daily Beacon reported that Brannock had warned Norvane twice.",
            "Daily Beacon",
            "Brannock had warned Norvane twice",
        ),
        # variants of my own: other papers the entity recogniser does not know (one it takes for a
        # person's, "The Weekly Clarion wrote", is the recogniser's to type)
        ("The Evening Beacon reported that the dam held.", "Evening Beacon", "the dam held"),
        ("The Sunday Lantern reported that the sirens never sounded.", "Sunday Lantern", "the sirens never sounded"),
    ],
)
def test_a_name_after_the_is_no_person(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, "ORG", words) in typed(rec, text)


def test_a_person_named_without_the_is_still_a_person(rec: Recognizer) -> None:
    assert ("Halvor Brekkestad", "PERSON", "the dam held") in typed(rec, "Halvor Brekkestad said the dam held.")
