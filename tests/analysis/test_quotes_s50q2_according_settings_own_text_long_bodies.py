"""Quotes of round s50-q2 (issue #16, "who said what"). Each kind: the reported input first (t13as
N7, t13at N4), then variants of my own.

1. "About 3,900 flights have been cancelled across Europe, according to Eurocontrol, with airports
   … closed." credited "with airports … closed" to Eurocontrol: an "according to X," in
   mid-sentence after a clause of its own vouches for that clause.
2. "Here is what the official sources say at the end of the first day." was an unattributed
   statement "at the end of the first day": a verb of saying followed only by its time or setting
   reports no words.
3. A speaker is a name the article's own text writes: never a body named only in boilerplate (the
   masthead's outlet, a press release's "About" paragraph), in the article or in another one
   ("police say" was "Icelandic Police"), nor the last part of a longer place name ("Castilla y
   León" was the city "León").
4. Attributions lost: '"…," as my old professor, Hanne Kjærsgaard, used to say.' (the habitual
   "used to say" tagged nothing) and a long body's name as a trailing subject ("…, the regional
   government of Castilla y León said.", "…, the Alcárdena River Basin Authority (CHA) said.":
   more than five words were read as a clause, and the statement was dropped).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.mentions import Entity, Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import described_speakers, merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _article(text: str) -> Article:
    return Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}``."""
    article = _article(text)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: q.speaker.name if q.speaker else None for q in quotes}


# --- 1. "according to X," in mid-sentence vouches for the clause before it --------------------------


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (  # reported (t13as N7)
            "About 3,900 flights have been cancelled across Europe, according to Eurocontrol, with "
            "airports in Scotland, Norway and Denmark closed.",
            "About 3,900 flights have been cancelled across Europe",
            "Eurocontrol",
        ),
        (
            "Some 1,200 homes were flooded overnight, according to the Kerrow Council, while roads "
            "into the valley stayed shut.",
            "Some 1,200 homes were flooded overnight",
            "Kerrow Council",
        ),
        (
            "Water levels rose by two metres, according to Lena Varga, leaving the lower town cut off.",
            "Water levels rose by two metres",
            "Lena Varga",
        ),
    ],
)
def test_according_in_mid_sentence_vouches_for_the_clause_before(
    rec: Recognizer, text: str, words: str, source: str
) -> None:
    assert said(rec, text) == {words: source}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "According to Eurocontrol, about 3,900 flights have been cancelled.",
            "about 3,900 flights have been cancelled",
        ),
        ("In 2019, according to the Kerrow Council, the plant closed.", "the plant closed"),
    ],
)
def test_according_opening_the_clause_vouches_for_the_words_after(rec: Recognizer, text: str, words: str) -> None:
    assert list(said(rec, text)) == [words]


# --- 2. a verb of saying with only its time or setting after it reports nothing -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Here is what the official sources say at the end of the first day.",  # reported (t13as N7)
        "This is what the regional officials said during the night briefing.",
        "Below is what the mountain rescuers say on the second evening of the search.",
    ],
)
def test_a_setting_alone_after_the_verb_is_no_statement(rec: Recognizer, text: str) -> None:
    assert said(rec, text) == {}


def test_a_clause_after_the_setting_is_still_reported(rec: Recognizer) -> None:
    assert list(said(rec, "The minister said on Monday the plan would fail.")) == ["the plan would fail"]


# --- 3. a speaker is a name the article's own text writes ------------------------------------------


def _with_masthead(rec: Recognizer, masthead: str, body: str) -> list[Quote]:
    """``body`` under a page-furniture line naming ``masthead`` (an ORG mention in boilerplate)."""
    text = f"{masthead} · Home · World\n\n{body}\n"
    article = _article(text)
    line = text.index("\n")
    mentions = [m for m in rec.recognize(article) if m.start > line]
    mentions.append(Mention(0, len(masthead), masthead, "ORG", f"ORG:{masthead}", True))
    return find_quotes(article, mentions, [(0, line)])


@pytest.mark.parametrize(
    ("masthead", "body", "words"),
    [
        (  # reported (t13at N4)
            "The Meridian Post",
            "The company that ran the Valdeluna dam in northern Spain insisted on Saturday evening that "
            "towns downstream had been given three hours of warning.",
            "towns downstream had been given three hours of warning",
        ),
        (
            "Harbour Ledger Group",
            "The firm that operates the ferry said on Monday that the crossing would reopen in May.",
            "the crossing would reopen in May",
        ),
        (
            "Icelandic Police",
            "Two hikers have died after lava surrounded a mountain hut, police say.",
            "Two hikers have died after lava surrounded a mountain hut",
        ),
    ],
)
def test_a_body_named_only_in_boilerplate_never_speaks(rec: Recognizer, masthead: str, body: str, words: str) -> None:
    assert [(q.quoted, q.speaker) for q in _with_masthead(rec, masthead, body)] == [(words, None)]


def _described(name: str, noise: bool, description: str) -> Quote | None:
    text = f"Two hikers have died, the {description} said."
    q = Quote("a", 0, 20, text[:20], "reported", "said", None, described=description)
    mention = Mention(0, len(name), name, "ORG", f"ORG:{name}", noise)
    body = Entity(f"ORG:{name}", name, "ORG", [("b", mention)])
    place = Entity("GPE:Iceland", "Iceland", "GPE", [("a", Mention(0, 7, "Iceland", "GPE", "GPE:Iceland"))])
    [out] = described_speakers({"a": [q]}, [body, place])["a"]
    return out


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("Icelandic Police", "police"),  # reported (t13as N7): named only in a press release's "About"
        ("Icelandic Coast Guard", "coast guard"),
        ("Iceland Civil Protection Agency", "civil protection agency"),
    ],
)
def test_a_description_never_stands_for_a_body_named_only_in_boilerplate(name: str, description: str) -> None:
    q = _described(name, True, description)
    assert q is not None and q.speaker is None
    written = _described(name, False, description)  # written in another article's text: as before
    assert written is not None and written.speaker is not None and written.speaker.name == name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # reported (t13at N4)
            "Forty-one people were missing, according to the regional government of Castilla y León.",
            "Castilla y León",
        ),
        ("The toll rose to 27, according to the emergency service 112 Castilla y León.", "Castilla y León"),
        # (the regional government's body by its name, one organisation since round s51-e; never "León")
        ("Schools stayed shut on Monday, according to the Junta de Castilla y León.", "Junta de Castilla y León"),
        # (a guard: a name the recogniser reads whole stays so)
        ("Aid arrived overnight, according to the disaster office of Trinidad and Tobago.", "Trinidad and Tobago"),
    ],
)
def test_a_place_is_the_whole_name_written(rec: Recognizer, text: str, place: str) -> None:
    assert list(said(rec, text).values()) == [place]


# --- 4. attributions that were lost -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # reported (t13at N4)
            '"A dam does not fail in one night; it fails over twenty years of deferred maintenance," as '
            "my old professor, Hanne Kjærsgaard, used to say.",
            "Hanne Kjærsgaard",
        ),
        ('"Every bridge is a promise," as my grandfather, Tomas Reyna, used to say.', "Tomas Reyna"),
        ('"Water always wins," my first editor, Ines Valcárcel, used to tell us.', "Ines Valcárcel"),
    ],
)
def test_used_to_say_tags_the_quotation(rec: Recognizer, text: str, person: str) -> None:
    assert list(said(rec, text).values()) == [person]


def test_will_say_still_tags_nothing(rec: Recognizer) -> None:
    assert said(rec, '"Water always wins," my editor will say.') == {}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13at N4)
            "Forty-one people were missing, the regional government of Castilla y León said.",
            "Forty-one people were missing",
            "Castilla y León",
        ),
        (  # reported (t13at N4)
            "In Peñarrubia the river rose 6.2 metres (20 feet) above its normal level within an hour, "
            "the Alcárdena River Basin Authority (CHA) said.",
            "In Peñarrubia the river rose 6.2 metres (20 feet) above its normal level within an hour",
            "Alcárdena River Basin Authority",
        ),
        (
            "The bridge was shut at dawn, the National Roads Directorate (NRD) of Vestland said.",
            "The bridge was shut at dawn",
            "National Roads Directorate",
        ),
        (
            "Two villages were cut off, the emergency coordination centre of Emilia-Romagna told reporters.",
            "Two villages were cut off",
            "Emilia-Romagna",
        ),
    ],
)
def test_a_long_body_name_closing_the_sentence_speaks(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text) == {words: speaker}


def test_a_clause_after_the_comma_is_still_no_subject(rec: Recognizer) -> None:
    assert said(rec, "The levee broke, the people who live in the valley said.") == {}
