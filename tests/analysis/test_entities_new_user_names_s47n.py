"""Names a new user found wrong (issue #16; t13ao N1, N2, N3, N7), each fixed as a kind: the
reported input and two invented variants.

- a German compound noun naming a body's or a firm's kind ("Betreibergesellschaft",
  "Energiekonzern", "Aufsichtsbehörde") is outside the name after it (N1);
- a name runs on across its combining marks ("Adébáyọ̀" written with U+0300, Vietnamese and Yoruba
  written decomposed), and a quote's speaker is the whole name (N2);
- a role noun before a given name of two romanised syllables is outside a PERSON (N3);
- a one-word place written alone is the place, not a body its word opens; an organisation with and
  without its leading "The" is one entity; a ticker after a mixed-case exchange is no ORG (N7)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Entity
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.tokens import ENTITY_TOKEN

# Enough German around the sentence for the language identifier to read the article.
_DE = (
    "BERLIN. Die Brücke ist am Dienstag eingestürzt, mindestens neun Menschen sind gestorben. {} "
    "Die Polizei ermittelt, und die Taucher suchen weiter nach den Vermissten."
)


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # reported (t13ao N1: de-tagesblatt)
        (
            "Die Betreibergesellschaft Castellane Infrastructure Group kündigte einen Hilfsfonds an.",
            "Castellane Infrastructure Group",
        ),
        ("Der Energiekonzern Nordwind Power AG teilte mit, dass der Strom wieder fließe.", "Nordwind Power AG"),
        ("Die Aufsichtsbehörde Halden Port Authority prüft den Fall.", "Halden Port Authority"),
        ("Laut der Nachrichtenagentur Nordwire Media sind elf Menschen gestorben.", "Nordwire Media"),
        # no article before the compound
        ("Laut Energiekonzern Nordwind Power AG fließt der Strom wieder.", "Nordwind Power AG"),
        (
            "Betreibergesellschaft Castellane Infrastructure Group kündigte einen Hilfsfonds an.",
            "Castellane Infrastructure Group",
        ),
    ],
)
def test_german_kind_compound_outside_name(rec: Recognizer, sentence: str, name: str) -> None:
    found = names(rec, _DE.format(sentence))
    assert (name, "ORG") in found
    assert not any(text.endswith(name) and text != name for text, _ in found)


@pytest.mark.parametrize(
    ("text", "name", "alone"),
    [
        # reported (t13ao N2: wire-nordwire, velmora-tribune): "ọ" + U+0300
        (
            "Fire chief Oluwaseun Adébáyọ\u0300 spoke to reporters. Adébáyọ\u0300, the fire chief, said the "
            "operation would continue.",
            "Oluwaseun Adébáyọ\u0300",
            "Adébáyọ\u0300",
        ),
        # Vietnamese written decomposed (NFD): marks inside the word
        (
            unicodedata.normalize("NFD", "The minister Nguyễn Thị Lan said the ferry would resume. Nguyễn said more."),
            unicodedata.normalize("NFD", "Nguyễn Thị Lan"),
            unicodedata.normalize("NFD", "Nguyễn"),
        ),
        # a Yoruba name with marks inside and at the end of the word, decomposed
        (
            unicodedata.normalize("NFD", "The coach Babátúndé Ọ̀ṣọ́ọ̀lá said the team trained hard. Ọ̀ṣọ́ọ̀lá added more."),
            unicodedata.normalize("NFD", "Babátúndé Ọ̀ṣọ́ọ̀lá"),
            unicodedata.normalize("NFD", "Ọ̀ṣọ́ọ̀lá"),
        ),
    ],
)
def test_name_runs_on_across_combining_marks(rec: Recognizer, text: str, name: str, alone: str) -> None:
    found = names(rec, text)
    assert (name, "PERSON") in found
    assert (alone, "PERSON") in found


def test_entity_token_keeps_combining_marks() -> None:
    word = unicodedata.normalize("NFD", "Nguyễn")
    assert [m.group() for m in ENTITY_TOKEN.finditer(f"{word}, said")] == [word, ",", "said"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # reported (t13ao N3: hostile-notes)
        ('Survivor Jun-seo Park said "I swam out of the window" after the collapse.', "Jun-seo Park"),
        ("Passenger Ye-jin Park said the water was cold.", "Ye-jin Park"),
        ("Survivor Mei-ling Hall told reporters the deck had folded.", "Mei-ling Hall"),
    ],
)
def test_role_noun_before_syllabic_given_name(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "PERSON") in found
    assert not any(t.endswith(name) and t != name for t, _ in found)


@pytest.mark.parametrize(
    ("text", "ticker"),
    [
        # reported (t13ao N7: press-release-castellane)
        ("PARIS — Castellane Infrastructure Group (Euronext: CIG) today expressed its sympathy.", "CIG"),
        ("Halvik Mining Corp (Nasdaq: HLVK) said output would resume.", "HLVK"),
        ("Nordwind Power AG (Xetra: NWP) cut its forecast on Monday.", "NWP"),
    ],
)
def test_ticker_after_mixed_case_exchange_is_no_name(rec: Recognizer, text: str, ticker: str) -> None:
    assert not any(t == ticker for t, _ in names(rec, text))


def _entities(rec: Recognizer, texts: dict[str, str]) -> list[Entity]:
    return group({doc: rec.recognize(Art(doc, text)) for doc, text in texts.items()}, texts)


def _entity_of(ents: list[Entity], doc: str, start: int) -> Entity:
    return next(e for e in ents if any(d == doc and m.start == start for d, m in e.mentions))


@pytest.mark.parametrize(
    ("city", "body", "headline"),
    [
        # reported (t13ao N7: vbc-news)
        ("Velmora", "Velmora Civil Protection Agency", "Velmora bridge collapse: What we know"),
        ("Ardenvik", "Ardenvik Fire and Rescue Service", "Ardenvik tunnel fire: the latest"),
        ("Brennholm", "Brennholm Water Board", "Brennholm flood: what happens next"),
    ],
)
def test_bare_place_word_is_the_place(rec: Recognizer, city: str, body: str, headline: str) -> None:
    one = f"{headline}\n\nTwenty people were rescued, according to the {body}. The agency said divers would work on."
    two = f"Rescuers in {city} worked through the night. Shops in {city} stayed shut on Wednesday."
    ents = _entities(rec, {"one": one, "two": two})
    place = _entity_of(ents, "one", 0)
    assert place.label in ("GPE", "LOC")
    assert place is _entity_of(ents, "two", two.index(city))
    assert all(len(m.text.split()) > 1 for e in ents if e.name == body for _, m in e.mentions)


@pytest.mark.parametrize(
    "paper",
    [
        "Velmora Tribune",  # reported (t13ao N7: velmora-tribune, engineering-notes)
        "Kestrel Courier",
        "Marlow Evening Gazette",
    ],
)
def test_leading_the_is_one_organisation(rec: Recognizer, paper: str) -> None:
    one = (
        f"By Anna Reyes · The {paper} · 15 October 2025\n\nThe bridge fell on Tuesday evening.\n\n"
        f"© 2025 {paper} Media Ltd. All rights reserved."
    )
    two = f"Readers of the {paper} were told on Monday that the bridge was safe, the {paper} reported."
    ents = _entities(rec, {"one": one, "two": two})
    the = _entity_of(ents, "one", one.index(f"The {paper}"))
    assert the is _entity_of(ents, "two", two.index(paper))
    assert the.name == paper
    assert _entity_of(ents, "one", one.index(f"{paper} Media")) is not the


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # reported (t13ao N2: wire-nordwire; N3: hostile-notes)
        (
            "Fire chief Oluwaseun Adébáyọ\u0300 arrived at dawn. Adébáyọ\u0300, the fire chief, said the operation "
            'would continue "for as long as it takes".',
            "for as long as it takes",
            "Oluwaseun Adébáyọ\u0300",
        ),
        (
            unicodedata.normalize(
                "NFD", 'Minister Nguyễn Thị Lan visited the site. Nguyễn said: "The ferry will resume."'
            ),
            "The ferry will resume",
            unicodedata.normalize("NFD", "Nguyễn Thị Lan"),
        ),
        (
            'Survivor Jun-seo Park said "I swam out of the window" after the collapse.',
            "I swam out of the window",
            "Jun-seo Park",
        ),
    ],
)
def test_speaker_is_the_whole_name(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    # (the speaker a PERSON the recogniser named, not a name the quotes guessed: "NAME:…")
    assert [q.speaker.key if q.speaker is not None else None for q in quotes if words in q.text] == [
        f"PERSON:{speaker}"
    ]
