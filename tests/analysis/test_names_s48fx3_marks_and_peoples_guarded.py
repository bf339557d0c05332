"""Guards for the letters and peoples of round s48-e (review s48-rve findings 4-7, round s48-fx3):
a list before one weak people's noun ("communities", "villages") does not make platforms or towns
peoples; an invisible character (soft hyphen, zero-width space, BOM) is no mark of a letter, so a
word beside one is still found and no name holds one; Hawaiian names written with the ʻokina are
no peoples; a journey's end written with a combining mark is read whole. Each reported sentence
with variants of other names and layouts."""

from __future__ import annotations

import unicodedata

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.letters import LETTER, LOWER
from waic_reader.index.corpus.tokens import INVISIBLE_IN_WORDS, LETTER_MARKS, text_words


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "not_peoples"),
    [
        # reported (finding 4)
        ("The post was popular in Reddit and Discord communities.", {"Reddit"}),
        ("It spread fast in Minecraft and Roblox communities.", {"Minecraft"}),
        ("The charity works in Kibera and Mathare communities.", {"Kibera"}),
        ("Flooding hit homes in Kalvik and Orsund villages.", {"Kalvik"}),
        # variants: other platforms and towns, three names, another noun
        ("Clips spread in Twitch, Kick and Rumble communities overnight.", {"Twitch", "Kick"}),
        ("The storm cut power in Tavuni, Merrak and Orsavik villages.", {"Tavuni", "Merrak"}),
        ("Aid reached Kalvik and Orsund families on Monday.", {"Kalvik"}),
    ],
)
def test_one_weak_peoples_noun_after_a_list_makes_no_peoples(rec: Recognizer, text: str, not_peoples: set[str]) -> None:
    found = names(rec, text)
    assert not ({n for n, label in found if label == "NORP"} & not_peoples), found


def test_letter_marks_are_marks_only() -> None:
    """Every character of the letters' mark class is a Unicode Mn or Mc mark (no invisible
    character, no enclosing mark), and LOWER and LETTER hold no invisible character."""
    body = LETTER_MARKS
    chars: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars.extend(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        else:
            chars.append(body[i])
            i += 1
    assert chars and all(unicodedata.category(c) in ("Mn", "Mc") for c in chars)
    import re

    for inv in "\u00ad\u200b\u200c\u200d\u2060\ufeff":
        assert re.fullmatch(f"[{INVISIBLE_IN_WORDS}]", inv)
        assert not re.fullmatch(f"[{LOWER}]", inv) and not re.fullmatch(LETTER, inv), hex(ord(inv))
    assert "\u0301" in chars and "\u0328" in chars  # the marks "Montréal" and "Tłı̨chǫ" are written with


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # reported (finding 5)
        ("The minister gave the interview in Hindi\u00ad, her office said on Monday.", "Hindi"),
        ("The talks were held in Hindi\u200b and English, her office said.", "Hindi"),
        # variants: a byte order mark, a word joiner, another language
        ("The leaflet was printed in Tamil\ufeff and sent out.", "Tamil"),
        ("She answered in Swahili\u2060, smiling.", "Swahili"),
    ],
)
def test_a_word_beside_an_invisible_character_is_found(rec: Recognizer, text: str, language: str) -> None:
    assert language in text_words(text)
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found
    assert not any(set(n) & set(INVISIBLE_IN_WORDS) for n, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # reported (finding 5: the dateline)
        'Storm hits coast\n\nKYIV\u200b, Ukraine — Officials said on Monday that the storm had passed. "We are'
        ' safe," said Mayor Vitali Klitschko.',
        # variants: a soft hyphen after the dateline's place, a zero-width space after a name
        "Port reopens\n\nODESA\u00ad, Ukraine — The port reopened on Tuesday, officials said.",
        "Talks\n\nThe envoy met Olena Zelenska\u200b in Warsaw\ufeff on Friday.",
    ],
)
def test_no_name_holds_an_invisible_character(rec: Recognizer, text: str) -> None:
    mentions = rec.recognize(Art("x", text))
    assert mentions
    for m in mentions:
        assert not set(text[m.start : m.end]) & set(INVISIBLE_IN_WORDS), (text[m.start : m.end], m.label)
        assert not set(m.key) & set(INVISIBLE_IN_WORDS), m.key


@pytest.mark.parametrize(
    ("text", "not_peoples"),
    [
        # reported (finding 6)
        ("Maui and Oʻahu families were evacuated on Tuesday.", {"Oʻahu"}),
        ("Most Molokaʻi farmers grow taro.", {"Molokaʻi"}),
        ("The Kaʻu community met on Monday.", {"Kaʻu"}),
        ("Relief reached Hawaiʻi and Oʻahu communities.", {"Oʻahu"}),
        # variants: other islands and nouns
        ("Many Kauaʻi families lost their homes.", {"Kauaʻi"}),
        ("Some Lānaʻi villagers moved inland.", {"Lānaʻi"}),
    ],
)
def test_a_hawaiian_place_with_the_okina_is_no_people(rec: Recognizer, text: str, not_peoples: set[str]) -> None:
    found = names(rec, text)
    assert not ({n for n, label in found if label == "NORP"} & not_peoples), found


def test_hawaii_with_the_okina_stays_a_place(rec: Recognizer) -> None:
    found = names(rec, "Relief reached Hawaiʻi and Oʻahu communities.")
    assert ("Hawaiʻi", "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # reported (finding 7): the destination written decomposed (no NFC), with a verb of going
        ("The family moved from Kessavik to Montre\u0301al last year.", "Kessavik"),
        # variants: another mark and town, another verb of going
        ("He went from Tavuni to Sa\u0303o Paulo by bus.", "Tavuni"),
        ("They travelled from Orsavik to Mu\u0308nchen, she said.", "Orsavik"),
    ],
)
def test_a_journeys_end_written_with_marks(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "GPE") in found, found
