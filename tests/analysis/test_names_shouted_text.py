"""Names in text written in capitals (t13i F10, round s24-g; names invented): the wire lede
"OSLO (Wire) - VESTHAV SHIPPING AS HAS SUSPENDED ALL SAILINGS. …" gave organisations 'AS', 'ALL',
'CLOSED', 'HAS', 'PORT', 'SAID', 'THE', 'WAS' and missed the firm another article writes "Vesthav
Shipping"; "The mayor, Trine HOLMEN, visited" gave an organisation 'HOLMEN'. The reported inputs
and two invented variants each."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def grouped(rec: Recognizer, texts: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """(label, name) → the docs of each entity the corpus ``texts`` (doc → text) gives."""
    mentions = {doc: rec.recognize(Art(doc, text)) for doc, text in texts.items()}
    return {(e.label, e.name): e.docs for e in group(mentions, texts)}


LEDES = [
    # reported (t13i F10)
    (
        "OSLO (Wire) - VESTHAV SHIPPING AS HAS SUSPENDED ALL SAILINGS. VESTHAV SHIPPING AS SAID THE PORT WAS "
        "CLOSED.\n\nChief Executive Maren Dybdahl said the pause was short.\n",
        "VESTHAV SHIPPING AS",
        "Vesthav Shipping AS",
        "Vesthav Shipping said on Monday the ferries would sail again. The ferries left Oslo at noon.",
    ),
    # invented: a German form of more letters, the lede after a mixed-case dateline
    (
        "Hamburg (Nordwire) - HALDEN FUELS GMBH WILL CLOSE ITS DEPOT AT THE HARBOUR, THE COMPANY SAID ON "
        "MONDAY.\n\nWorkers were told in the morning.\n",
        "HALDEN FUELS GMBH",
        "Halden Fuels GmbH",
        "Halden Fuels said the depot had lost money for three years.",
    ),
    # invented: a flash in capitals in the middle of a paragraph, a Norwegian form
    (
        "Markets were calm. URGENT: BRAVIK ENERGY ASA SAYS ALL WORKERS ARE SAFE AFTER THE BLAST. More follows.\n",
        "BRAVIK ENERGY ASA",
        "Bravik Energy ASA",
        "Bravik Energy said the plant would reopen.",
    ),
]


@pytest.mark.parametrize(("text", "firm", "_name", "_other"), LEDES)
def test_ordinary_words_in_capitals_are_no_names_and_the_firm_is_found(
    rec: Recognizer, text: str, firm: str, _name: str, _other: str
) -> None:
    got = names(rec, text)
    assert (firm, "ORG") in got, got
    shouted = text[: text.index("\n")] if "\n" in text else text
    for word in ("AS", "HAS", "ALL", "SAID", "THE", "WAS", "CLOSED", "PORT", "WILL", "SAYS", "SAFE", "COMPANY"):
        assert (word, "ORG") not in got, (word, got)
    assert not any(label == "ORG" and t.isupper() and t != firm for t, label in got if t in shouted), got


@pytest.mark.parametrize(("text", "_firm", "name", "other"), LEDES)
def test_the_firm_in_capitals_is_the_firm_another_article_writes(
    rec: Recognizer, text: str, _firm: str, name: str, other: str
) -> None:
    got = grouped(rec, {"a": text, "b": f"Update\n\n{other}\n"})
    assert got[("ORG", name)] == ["a", "b"], got


def test_a_two_letter_word_in_a_shouted_headline_is_no_legal_form(rec: Recognizer) -> None:
    # "AS" in capitals is as often the word: no firm "Prices Rose AS" nor "Ribera Stun Nacional AS"
    for text in (
        "PRICES ROSE AS DEMAND GREW AT THE PORT\n\nTraders were calm.\n",
        "Markets. RIBERA STUN NACIONAL AS FANS INVADE THE PITCH. The game ended late.\n",
    ):
        assert not any(t.endswith(" AS") for t, _ in names(rec, text)), names(rec, text)


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # reported (t13i F10, s14)
        ("The mayor, Trine HOLMEN, visited on Sunday.", "Trine HOLMEN", "Trine Holmen"),
        # invented: an apposition after a job, a surname with a letter of Norwegian
        ("The captain, Ingrid SOLBAKKEN, said the ship was safe.", "Ingrid SOLBAKKEN", "Ingrid Solbakken"),
        ("The harbour master, Jonas BRÆKKE, closed the quay.", "Jonas BRÆKKE", "Jonas Brække"),
    ],
)
def test_a_surname_in_capitals_after_a_given_name_is_that_person(
    rec: Recognizer, text: str, mention: str, person: str
) -> None:
    assert (mention, "PERSON") in names(rec, text), names(rec, text)
    other = f"Visit\n\n{person} said the town was calm.\n"
    got = grouped(rec, {"a": f"Visit\n\n{text}\n", "b": other})
    assert got[("PERSON", person)] == ["a", "b"], got


@pytest.mark.parametrize(
    ("text", "name", "not_person"),
    [
        # a short word in capitals after a given name is an acronym or a model as often
        ("Fans played Madden NFL all night.", "Madden NFL", True),
        ("He installed Cyrus IMAP on the server.", "Cyrus IMAP", True),
        # a Roman number keeps its capitals in the key
        ("Pope Benedict XVI visited the town.", "Benedict XVI", False),
    ],
)
def test_short_capitals_and_roman_numbers_are_no_surnames(
    rec: Recognizer, text: str, name: str, not_person: bool
) -> None:
    got = [(m.label, m.key) for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == name]
    if not_person:
        assert all(label != "PERSON" for label, _ in got), got
    else:
        assert got == [("PERSON", f"PERSON:{name}")], got
