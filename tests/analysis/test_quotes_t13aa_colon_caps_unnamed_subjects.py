"""Quotes of issue #16, acceptance report t13aa K6-K8 (round s35-qa).

K6: a line ``Name: "A sentence."`` amid long paragraphs was read as a section heading (its line
ended with a closing quotation mark, not a full stop), so its quote was never looked for; and "the
union demanded €50,000 for each family" made the clause before it an unattributed statement: a sum
demanded is no speech. K7: a colon lead written in capitals (``VARNHOLT: "…"``) and a signature
after a double hyphen (``-- Dariusz Kowal``) name the speaker. K8: "she said" / "they said" after a
sentence whose subject is an unnamed person or group ("A woman who lost her son stood …",
"Varnholt's spokeswoman did not comment.", "Survivors gathered …") is that person's or group's
(unattributed), never the minister named later in the sentence, the possessor, nor an outlet named
as a listener ("told the Echo").
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


def said(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None, q.kind) for q in quotes}


# K6: the reported article (t13aa repro/v7/echo.txt) and two variants of my own
K6 = [
    (
        "Bridge falls\n\nBy Sam Ferrow | Lindmark Echo | 15 July 2026\n\n"
        "Eleven people lost their lives when the Corvenna Bridge plunged into the Aske.\n\n"
        'Varnholt: "There will be a full public inquiry."\n\n'
        "The Ministry of Transport said the bridge was 1,250 feet long. The Ministry pledged €6 million "
        "to the families, while the union demanded €50,000 for each family.\n\n"
        "Transport Minister Elsa Varnholt said she had crossed the bridge as a child.\n",
        "There will be a full public inquiry",
        "Elsa Varnholt",
    ),
    # another name, a dollar ransom, an exclamation
    (
        "Hospital hit by hackers\n\nBy Ann Lee | Kesterbridge Post | 3 March 2026\n\n"
        "Patients were turned away from the Velmont hospital all week after the attack on its computers.\n\n"
        'Okafor: "We will not give in to criminals!"\n\n'
        "The health board said the systems had been down since Sunday. The board offered $200,000 to "
        "the trust, while the hackers demanded $4 million in bitcoin for the keys.\n\n"
        "Chief executive Miriam Okafor said the trust had backups of most records.\n",
        "We will not give in to criminals!",
        "Miriam Okafor",
    ),
    # a title before the surname, curly marks, a sum claimed
    (
        "Flood in the valley\n\nBy Jo Park | Valley News | 2 May 2026\n\n"
        "The river burst its banks on Friday night and flooded more than two hundred homes in the town.\n\n"
        "Mayor Brandvold: “Every family will be housed by Monday.”\n\n"
        "The council said the flood defences had held for forty years. The state gave £2 million to the "
        "town, and the farmers claimed £300,000 for their lost crops.\n\n"
        "Mayor Ilse Brandvold said she had never seen the river so high.\n",
        "Every family will be housed by Monday",
        "Ilse Brandvold",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), K6)
def test_colon_quote_kept_whatever_follows(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    found = said(rec, text)
    assert found.get(words) == (speaker, "direct"), found


@pytest.mark.parametrize(("text", "words", "speaker"), K6)
def test_sum_demanded_is_no_speech(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    cues = {q.quoted: q.cue for q in find_quotes(article, rec.recognize(article))}
    assert not {q for q, cue in cues.items() if cue in ("demanded", "claimed")}, cues


def test_quoted_sentence_line_is_no_heading() -> None:
    text = K6[0][0]
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    line = next(b for b in article.blocks if b.text.startswith("Varnholt:"))
    assert line.kind == "paragraph"


# K7: capitals colon leads and double-hyphen signatures
LEAD = (
    "Bridge falls\n\nLINDMARK, July 14 (Nordline) - Transport Minister Elsa Varnholt visited the site. "
    "Chief Fire Officer Dariusz Kowal was there too.\n\n"
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            LEAD + 'VARNHOLT: "There will be a full public inquiry."\n',
            "There will be a full public inquiry",
            "Elsa Varnholt",
        ),
        # the full name in capitals; a title and the surname in capitals
        (LEAD + 'DARIUSZ KOWAL: "Nobody will be left behind."\n', "Nobody will be left behind", "Dariusz Kowal"),
        (LEAD + 'MINISTER VARNHOLT: "We owe the families answers."\n', "We owe the families answers", "Elsa Varnholt"),
    ],
)
def test_capitals_colon_lead(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    found = said(rec, text)
    assert found.get(words, (None,))[0] == speaker, found


def test_capitals_label_of_no_one_stays_unattributed(rec: Recognizer) -> None:
    found = said(rec, LEAD + 'REPORTER: "Is the bridge safe to cross again?"\n')
    assert found.get("Is the bridge safe to cross again?", ("x",))[0] is None, found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            LEAD + '"Our divers will work until dark."\n-- Dariusz Kowal\n',
            "Our divers will work until dark",
            "Dariusz Kowal",
        ),
        # a title and a role after the name; a blank line between quote and signature
        (
            LEAD + '"We owe the families answers."\n--Transport Minister Elsa Varnholt, Lindmark\n',
            "We owe the families answers",
            "Elsa Varnholt",
        ),
        (
            LEAD + '"The search goes on through the night."\n\n-- Kowal, fire chief\n',
            "The search goes on through the night",
            "Dariusz Kowal",
        ),
    ],
)
def test_double_hyphen_signature(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    found = said(rec, text)
    assert found.get(words, (None,))[0] == speaker, found


# K8: pronouns after an unnamed subject
K8_HEAD = (
    "Bridge falls\n\nTransport Minister Elsa Varnholt met Chief Fire Officer Dariusz Kowal at the barrier "
    "on Wednesday. Kowal told the Echo the divers were tired.\n\n"
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the reported lines (t13aa repro/v8/a.txt)
        (
            K8_HEAD + "A woman who lost her son stood outside St Aldric's Hospital, where Varnholt had spoken "
            'earlier. "Nobody helped us," she said.',
            "Nobody helped us",
        ),
        (K8_HEAD + 'Varnholt\'s spokeswoman did not comment. "It is too early," she said.', "It is too early"),
        (K8_HEAD + 'Survivors gathered at the river. "We want answers," they said.', "We want answers"),
        # variants of my own: another person, the name later in the sentence; a sister; a group
        # with a modifier, the outlet named as listener in the same paragraph
        (
            K8_HEAD + "An elderly teacher waited by the water while Varnholt spoke to the divers. "
            '"I saw it fall," she said.',
            "I saw it fall",
        ),
        (K8_HEAD + 'Varnholt\'s sister would not give a number. "We do not know yet," she said.', "We do not know yet"),
        (
            K8_HEAD + 'Many local residents stayed up all night. "Nobody came to tell us anything," they told '
            "the Echo.",
            "Nobody came to tell us anything",
        ),
    ],
)
def test_pronoun_after_unnamed_subject_is_unattributed(rec: Recognizer, text: str, words: str) -> None:
    found = said(rec, text)
    assert words in found, found
    assert found[words][0] is None, found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the named subject and the named group still win
        (
            K8_HEAD + 'Survivors gathered at the river. Varnholt spoke to them. "We will help," she said.',
            "We will help",
            "Elsa Varnholt",
        ),
        (
            "Bridge falls\n\nThe Nordline Rail Company ran the trains over the bridge. "
            'The company closed the line on Friday. "We will reopen in a month," they said.',
            "We will reopen in a month",
            "Nordline Rail Company",
        ),
        (
            K8_HEAD + 'The fire chief was more careful. "The divers are exhausted," he said.',
            "The divers are exhausted",
            "Dariusz Kowal",
        ),
    ],
)
def test_named_referent_kept(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    found = said(rec, text)
    assert found.get(words, (None,))[0] == speaker, found
