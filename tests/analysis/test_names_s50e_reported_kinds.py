"""Testers' reported name faults of round s50-e (issue #16), each a kind, each with the reported
input and two variants of other words, names and layout:

- a body's self-name after "calls itself", "known as", "dubbed" is the body (ORG), and one with the
  mixed-case word of the same words the article or the corpus writes ("Black Tarn", "BlackTarn");
- words in capitals a console markup tag wraps ("[bold]PAY NOW[/]") and computing initialisms used
  as common nouns ("a contractor's VPN account") are no organisations;
- a hospital's short name after a place's preposition: a saint's possessive ("St Aldhelm's") or a
  town and "General" ("Brackenford General"), FAC; an office "… General" stays none;
- a site theme's credit ("Theme: Ledger by Inkwell Themes") names the theme (PRODUCT) and its maker
  (ORG), never the corpus's organisation of the theme's name;
- a German body's name goes on over "für", "der", "des" ("Bundesstelle für Bahnunfalluntersuchung")."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _keyed(rec: Recognizer, text: str) -> set[tuple[str, str, str]]:
    return {(text[m.start : m.end], m.label, m.key) for m in rec.recognize(Art("x", text))}


@pytest.mark.parametrize(
    ("text", "spaced", "joined"),
    [
        (
            "The ransomware group BlackTarn claimed the attack on Monday. The gang, which calls itself "
            "Black Tarn, demanded 40 bitcoin.",
            "Black Tarn",
            "BlackTarn",
        ),
        (
            "The crew, known as Iron Vole, hit three hospitals. IronVole's leak site listed them.",
            "Iron Vole",
            "IronVole",
        ),
        (
            "SilentHeron has hit six banks. The group, dubbed Silent Heron by researchers, used phishing.",
            "Silent Heron",
            "SilentHeron",
        ),
    ],
)
def test_a_self_name_is_the_body_of_the_same_words(rec: Recognizer, text: str, spaced: str, joined: str) -> None:
    found = _keyed(rec, text)
    assert (spaced, "ORG", f"ORG:{joined}") in found, found
    assert (joined, "ORG", f"ORG:{joined}") in found, found


def test_a_self_name_alone_is_a_body(rec: Recognizer) -> None:
    text = "The gang, which calls itself Black Tarn, sent a note to the council."
    assert ("Black Tarn", "ORG") in names(rec, text)


def test_a_persons_nickname_stays_a_person(rec: Recognizer) -> None:
    text = "The gang leader, known as Big Joe, was arrested on Friday."
    assert ("Big Joe", "ORG") not in names(rec, text)


def test_the_corpus_joins_a_spaced_self_name_to_its_mixed_case_word(rec: Recognizer) -> None:
    a = "Researchers said BlackTarn, a ransomware gang, hit the port's systems."
    b = "The gang, which calls itself Black Tarn, posted the files on Tuesday."
    mentions = {"a": rec.recognize(Art("a", a)), "b": rec.recognize(Art("b", b))}
    ents = {e.key: {(d, m.text) for d, m in e.mentions} for e in group(mentions)}
    assert ents.get("ORG:BlackTarn") == {("a", "BlackTarn"), ("b", "Black Tarn")}, ents


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Click [bold]PAY NOW[/] to restore access, the note said.", ("PAY", "NOW")),
        ("The pop-up read [red]ACT FAST[/red] in large letters.", ("ACT", "FAST")),
        ("A banner said [b]FINAL WARNING[/b] across the page.", ("FINAL", "WARNING")),
    ],
)
def test_capitals_inside_a_markup_tag_are_no_organisation(rec: Recognizer, text: str, words: tuple[str, ...]) -> None:
    found = names(rec, text)
    assert not any(w == n for w in words for n, _ in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The intruders used a contractor's VPN account to get in.", "VPN"),
        ("Staff logged in over SSH from a hotel in the evening.", "SSH"),
        ("The attackers changed the DNS records of the council's site.", "DNS"),
    ],
)
def test_a_computing_initialism_is_no_organisation(rec: Recognizer, text: str, word: str) -> None:
    assert (word, "ORG") not in names(rec, text)


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        (
            "Ambulances queued and patients were diverted to St Aldhelm's and Brackenford General, the trust said.",
            ("St Aldhelm's", "Brackenford General"),
        ),
        (
            "Two children were taken to Saint Bride's, and a third to Harrowgate General on Sunday.",
            ("Saint Bride's", "Harrowgate General"),
        ),
        (
            "She trained at Kelmscott General before moving to St Oswin's in 1998.",
            ("Kelmscott General", "St Oswin's"),
        ),
    ],
)
def test_a_hospitals_short_name_is_a_facility(rec: Recognizer, text: str, sites: tuple[str, ...]) -> None:
    found = names(rec, text)
    for site in sites:
        assert (site, "FAC") in found, found


def test_an_office_general_and_a_saints_letters_are_no_facility(rec: Recognizer) -> None:
    found = names(rec, "The report went to Attorney General staff. In St Paul's letters the church is one body.")
    assert not any(label == "FAC" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "theme", "maker"),
    [
        (
            "Storm hits coast\n\nThe storm hit the coast.\n\nTheme: Ledger by Inkwell Themes",
            "Ledger",
            "Inkwell Themes",
        ),
        ("Powered by WordPress | Theme: Astra by Brainstorm Force", "Astra", "Brainstorm Force"),
        ("Copyright 2024 Valley Post.\nHarbour Lite Theme by Northgate Studio", "Harbour Lite", "Northgate Studio"),
    ],
)
def test_a_theme_credit_names_the_theme_and_its_maker(rec: Recognizer, text: str, theme: str, maker: str) -> None:
    found = names(rec, text)
    assert (theme, "PRODUCT") in found and (maker, "ORG") in found, found


def test_a_theme_credit_is_not_the_corpus_firm_of_its_name(rec: Recognizer) -> None:
    a = "Storm hits coast\n\nThe storm hit the coast of Marlow.\n\nTheme: Ledger by Inkwell Themes"
    b = "Council meets\n\nThe Ledger reported that the town council met on Tuesday."
    mentions = {"a": rec.recognize(Art("a", a)), "b": rec.recognize(Art("b", b))}
    ents = {e.key: {d for d, _ in e.mentions} for e in group(mentions, {"a": a, "b": b})}
    assert ents.get("ORG:Ledger") == {"b"}, ents


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Investigators from the Bundesstelle für Bahnunfalluntersuchung arrived on Tuesday.",
            "Bundesstelle für Bahnunfalluntersuchung",
        ),
        ("The Bundesamt für Migration und Flüchtlinge said numbers fell.", "Bundesamt für Migration und Flüchtlinge"),
        ("Exports fell, the Verband der Automobilindustrie said on Monday.", "Verband der Automobilindustrie"),
    ],
)
def test_a_german_bodys_name_goes_on_over_fuer_and_der(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text)
