"""Quotes of round s50-q (issue #16, "who said what"). Each kind: the reported input first, then
variants of my own.

1. '"We notified the regulator within hours," a KVH spokesperson said.' (KVH defined as
   "Kessington Valley Health (KVH)") was the body's own words: an unnamed spokesperson of a named
   body is "Spokesperson for <body>" (``"for"`` in ``quotes --json``) whatever the body's form, its
   name or acronym before the noun too ("an HPA spokesman", "a Harwick Port Authority spokesman").
2. "The notification, seen by HealthWire, says …" was HealthWire's: an aside on how the writer came
   by a document ("seen by", "obtained by", "according to") never speaks; the document does (a
   common noun: unattributed, cue its own verb).
3. "Kessington Valley Health has refused to pay the ransom, its chief executive said on Tuesday."
   was unattributed, though the next sentence names the chief executive: a body's officer by its
   possessive is the person the article introduces with that role (before or after), else
   "Chief executive of <body>".
4. "The National Cyber Security Centre has warned about *BlackTarn* since January" was the
   statement "*BlackTarn* since January": a warning's, a claim's or a "said nothing"'s noun object
   is no statement, and a Markdown article's emphasis markers never reach a quote's ``text``.
5. "Tesco, Marks and Spencer and Sainsbury's said they would …" was no one's: a list of firms
   with no kind word before it is read by the one list reader, as "Supermarkets Tesco, …" is.
6. German verbs of saying were listed twice (entities.lexicons.GERMAN_SAY and a pattern of the
   boilerplate rules): one list, which the boilerplate rule reads.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.lexicons import GERMAN_SAY
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.noise.patterns import FOLD_CASE, REPORTS_NO_ONE
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import PAIR, Quote, list_members
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]


def said(rec: Recognizer, text: str) -> dict[str, tuple[str, str, str | None] | None]:
    """``{quoted words: (speaker name, type, body spoken for) or None}``."""
    return {
        q.quoted: (q.speaker.name, q.speaker.type, q.speaker.body) if q.speaker else None for q in quotes(rec, text)
    }


def _json(tmp_path: Path, name: str, text: str) -> dict[str, object]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / name).write_text(text, "utf-8")
    return Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()


def _credited(data: dict[str, object]) -> list[tuple[str, str | None, str]]:
    speakers = data["speakers"]
    assert isinstance(speakers, list)
    return sorted((sp["name"], sp.get("for"), q["text"]) for sp in speakers for q in sp["quotes"])


# --- 1. an unnamed spokesperson of a body named by its acronym or name before the noun ------------

KVH = "Hospital trust hit\n\nKessington Valley Health (KVH) was hit by a cyber attack last week.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (  # reported
            KVH + "“We notified the regulator within hours,” a KVH spokesperson said.\n",
            "We notified the regulator within hours",
            "Kessington Valley Health",
        ),
        (  # variant: another acronym, a spokeswoman before the verb, reported speech
            "Water leak\n\nDrummond Coastal Water (DCW) runs the plant.\n\n"
            "A DCW spokeswoman said the leak had been fixed by noon.\n",
            "the leak had been fixed by noon",
            "Drummond Coastal Water",
        ),
        (  # variant: "an" before the acronym, the tag trailing the words
            "Port strike\n\nThe Harwick Port Authority (HPA) runs the docks.\n\n"
            "The cranes were moving again by dawn, an HPA spokesman said.\n",
            "The cranes were moving again by dawn",
            "Harwick Port Authority",
        ),
        (  # variant: the full name before the noun
            "Port strike\n\nThe Harwick Port Authority runs the docks.\n\n"
            "The cranes were moving again by dawn, a Harwick Port Authority spokesman said.\n",
            "The cranes were moving again by dawn",
            "Harwick Port Authority",
        ),
    ],
)
def test_a_body_s_spokesperson_by_its_name_before_the_noun(rec: Recognizer, text: str, words: str, body: str) -> None:
    assert said(rec, text).get(words) == (f"Spokesperson for {body}", "ORG", body)


def test_a_former_spokesperson_by_the_acronym_speaks_for_no_body(rec: Recognizer) -> None:
    text = (
        "Port strike\n\nThe Harwick Port Authority (HPA) runs the docks.\n\n"
        '"The cranes were moving again by dawn," said a former HPA spokesman.\n'
    )
    assert said(rec, text).get("The cranes were moving again by dawn") is None


def test_the_spokesperson_s_body_is_its_for_in_quotes_json(tmp_path: Path) -> None:
    data = _json(tmp_path, "a.txt", KVH + "“We notified the regulator within hours,” a KVH spokesperson said.\n")
    assert (
        "Spokesperson for Kessington Valley Health",
        "Kessington Valley Health",
        "We notified the regulator within hours",
    ) in _credited(data)


# --- 2. an aside on how the writer came by a document never speaks --------------------------------


@pytest.mark.parametrize(
    ("text", "words", "cue", "outlet"),
    [
        (  # reported
            KVH + "The notification, seen by HealthWire, says the BlackTarn gang demanded $4m in bitcoin.\n",
            "the BlackTarn gang demanded $4m in bitcoin",
            "says",
            "HealthWire",
        ),
        (  # variant: "obtained by", a newspaper, past tense
            "Plant closures\n\nHarlow Metals was hit by hackers.\n\n"
            "The letter, obtained by the Daily Courier, said the firm would close two plants.\n",
            "the firm would close two plants",
            "said",
            "Daily Courier",
        ),
        (  # variant: "according to" an agency between the document and its verb
            "Plant closures\n\nHarlow Metals was hit by hackers.\n\n"
            "The report, according to Reuters, says the plant lost power twice.\n",
            "the plant lost power twice",
            "says",
            "Reuters",
        ),
    ],
)
def test_the_document_speaks_not_the_outlet_that_saw_it(
    rec: Recognizer, text: str, words: str, cue: str, outlet: str
) -> None:
    found = {q.quoted: q for q in quotes(rec, text)}
    assert words in found, list(found)
    q = found[words]
    assert q.cue == cue
    assert q.speaker is None or outlet not in q.speaker.name


# --- 3. a body's officer by its possessive ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported: the officer named in the next sentence
            "Ransom refused\n\nKessington Valley Health has refused to pay the ransom, its chief executive said on "
            "Tuesday.\n\nChief executive Thandiwe Okonkwo-Reyes said patient records were safe.\n",
            "Kessington Valley Health has refused to pay the ransom",
            "Thandiwe Okonkwo-Reyes",
        ),
        (  # variant: the officer introduced before, in apposition
            "Ransom refused\n\nThandiwe Okonkwo-Reyes, the trust's chief executive, visited the ward.\n\n"
            "Kessington Valley Health has refused to pay the ransom, its chief executive said on Tuesday.\n",
            "Kessington Valley Health has refused to pay the ransom",
            "Thandiwe Okonkwo-Reyes",
        ),
        (  # variant: "the group's" and another verb, the officer named after
            "Job cuts\n\nThe Orlen Group has cut 300 jobs, the group's chief executive told reporters on Monday.\n\n"
            "Orlen Group chief executive Marta Zielinska later said more cuts were possible.\n",
            "The Orlen Group has cut 300 jobs",
            "Marta Zielinska",
        ),
        (  # variant: another role, no one named with it anywhere
            "Terminal shut\n\nBrannock Shipping will not reopen the terminal this year, its finance director said.\n",
            "Brannock Shipping will not reopen the terminal this year",
            "Finance director of Brannock Shipping",
        ),
        (  # guard: the chief executive named after is another body's
            "Ransom refused\n\nKessington Valley Health has refused to pay the ransom, its chief executive said.\n\n"
            "Norvale Health chief executive Tom Brandt said his trust had paid.\n",
            "Kessington Valley Health has refused to pay the ransom",
            "Chief executive of Kessington Valley Health",
        ),
    ],
)
def test_a_body_s_officer_is_the_person_named_with_the_role(
    rec: Recognizer, text: str, words: str, speaker: str
) -> None:
    got = said(rec, text).get(words)
    assert got is not None and got[0] == speaker and got[1] == "PERSON", said(rec, text)


# --- 4. a noun object is no statement; no emphasis marker in a quote's text --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # reported
        "The National Cyber Security Centre has warned about *BlackTarn* since January.",
        # variants: "of", strong emphasis; "claimed responsibility"; "said nothing"
        "Police have warned of **phishing emails** for weeks.",
        "The Ghostline group claimed responsibility for the attack on Monday.",
        "The mayor said nothing about the fire.",
    ],
)
def test_a_noun_object_is_no_statement(rec: Recognizer, sentence: str) -> None:
    assert quotes(rec, f"Hackers hit hospital\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a clause after the particle or the word still reports (guards)
        (
            'Envoy Selina Toala warned against the talks becoming the "exclusive game" of a few nations.',
            'the talks becoming the "exclusive game" of a few nations',
        ),
        ("The mayor said nothing had changed.", "nothing had changed"),
        ("The firm warned of plans to close the plant.", "plans to close the plant"),
    ],
)
def test_a_clause_after_the_object_still_reports(rec: Recognizer, sentence: str, words: str) -> None:
    assert words in {q.quoted for q in quotes(rec, f"Hackers hit hospital\n\n{sentence}\n")}


def test_no_emphasis_marker_reaches_a_quote_s_text(tmp_path: Path) -> None:
    text = (
        "Hackers hit hospital\n\nThe agency warned about **BlackTarn** since January.\n\n"
        "The ministry said the gang had hit *three* hospitals.\n\n"
        '"We are **not** paying," health minister Ana Lind said.\n\n'
        "Ana Lind said _every_ ward was open.\n"
    )
    data = _json(tmp_path, "a.md", text)
    texts = [text for _, _, text in _credited(data)]
    unattributed = data["unattributed"]
    assert isinstance(unattributed, list)
    texts += [q["text"] for q in unattributed]
    assert sorted(texts) == sorted(["the gang had hit three hospitals", "We are not paying", "every ward was open"])


# --- 5. a list of firms with no kind word ----------------------------------------------------------


def test_a_list_of_firms_credits_each_member(tmp_path: Path) -> None:
    # reported: one statement credited to each of the three, as "Retailers Tesco and Asda" is
    data = _json(
        tmp_path,
        "a.txt",
        "Shops limit sales\n\nTesco, Marks and Spencer and Sainsbury's said they would limit sales of bottled water.\n",
    )
    words = "they would limit sales of bottled water"
    assert {name for name, _, text in _credited(data) if text == words} == {"Tesco", "Marks and Spencer", "Sainsbury's"}


@pytest.mark.parametrize(
    ("body", "members", "words"),
    [
        (  # variant: banks, no member holding "and"
            "Barclays, Lloyds and HSBC said they would waive fees for customers hit by the floods.",
            ["Barclays", "Lloyds", "HSBC"],
            "they would waive fees for customers hit by the floods",
        ),
        (  # variant: the list after the words
            "Prices will rise, Tesco, Marks and Spencer and Sainsbury's said on Monday.",
            ["Tesco", "Marks and Spencer", "Sainsbury's"],
            "Prices will rise",
        ),
        (  # variant: "told" an addressee (the first member was the words)
            "Nationwide, Barclays and Santander told customers they would waive fees.",
            ["Nationwide", "Barclays", "Santander"],
            "they would waive fees",
        ),
        (  # variant: a time and "that" after the verb, a member that is a number word
            "Vodafone, BT and Three said on Friday that the outage was over.",
            ["Vodafone", "BT", "Three"],
            "the outage was over",
        ),
    ],
)
def test_a_list_of_firms_is_one_list_speaker(rec: Recognizer, body: str, members: list[str], words: str) -> None:
    found = {q.quoted: q.speaker for q in quotes(rec, f"Banks and shops\n\n{body}\n")}
    sp = found.get(words)
    assert sp is not None and sp.key.startswith(PAIR) and sp.type == "ORG", found
    assert list_members(sp) == members


def test_a_list_of_people_stays_people(rec: Recognizer) -> None:
    found = {
        q.quoted: q.speaker for q in quotes(rec, "Farm\n\nAnna Berg, Lars Holm and Tom Dahl said the farm flooded.\n")
    }
    sp = found.get("the farm flooded")
    assert sp is not None and sp.type == "PERSON"


# --- 6. one list of German verbs of saying ------------------------------------------------------


@pytest.mark.parametrize("verb", sorted(GERMAN_SAY) + ["erklarte", "erzahlte"])
def test_the_boilerplate_rule_reads_the_one_german_list(verb: str) -> None:
    # a block reporting someone's words in German is no notice speaking to the reader
    assert re.match(REPORTS_NO_ONE, f"Der Minister {verb} am Montag, alles sei in Ordnung.", FOLD_CASE) is None
