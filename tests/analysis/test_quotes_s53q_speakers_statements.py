"""Quotes of round s53-q (issue #16): speakers new-user testers found miscredited, and one
statement many outlets print word for word. Each fault is a kind: the reported input first, then
variants of other wording and names.

1. "I" inside a quotation is its speaker; a columnist's own "I told the council …" is no quote.
2. "X was wrong to say that …" is a judgement of X's speech, never X's statement; "The council
   said in a statement (on Monday) that …" is the council's (the body the article names, else no
   one), its words after "that", never the last person named.
3. A statement quoted word for word (or with small edits) by five outlets, some of which find no
   speaker for it, is one statement with its outlets, not a row per outlet.
4. One agency under several spellings ("Cal Fire", "CAL FIRE", "the California Department of
   Forestry and Fire Protection (CAL FIRE)") is one speaker, its long name never cut; "Cal Fire
   Battalion Chief Maya Ortiz said" is Maya Ortiz's.
5. A quotation standing alone whose speaker the next sentence names ("The words came from Mayor
   Ana Reyes, …") is that speaker's.
6. A live blog's "The company confirms …" is the firm the blog names; "a nurse at Kalgoorlie
   Hospital said" is an unnamed nurse's (unattributed), never the hospital's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.tui.cli.main import main


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}`` of the one article ``text`` (the words without
    the punctuation ending them: a quotation's closing stop is kept or not by its marks)."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted.rstrip(" .,"): q.speaker.name if q.speaker else None for q in quotes}


# 1. First person ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported
            "Councillor Tom Berg spoke at length on Monday.\n\n"
            '"I told the council last year that the bridge was unsafe," wrote Anna Lind in a post on Facebook.\n',
            "I told the council last year that the bridge was unsafe",
            "Anna Lind",
        ),
        (
            "Mayor Tom Berg spoke to residents on Monday. Anna Lind had warned of the risk.\n\n"
            '"I told the council last year that the bridge was unsafe," she wrote in a blog post.\n',
            "I told the council last year that the bridge was unsafe",
            "Anna Lind",
        ),
        (
            "Mayor Tom Berg spoke to residents on Monday.\n\n"
            'In a post on Facebook, Anna Lind wrote: "I warned them in March and nobody came."\n',
            "I warned them in March and nobody came",
            "Anna Lind",
        ),
    ],
)
def test_i_in_a_quotation_is_its_speaker(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Opinion by Helen Marsh\n\nMayor Tom Berg said the bridge would reopen in May.\n\n"
        "I told the council last year that the bridge was unsafe, and nobody listened.\n",
        "By Helen Marsh\n\nMayor Tom Berg spoke on Monday.\n\nAs I wrote last week, the bridge was unsafe. "
        "I said then that the council should act.\n",
        "Column\n\nCouncillor Ana Reyes voted for the cuts.\n\nI told the mayor the ferry was unsafe.\n",
    ],
)
def test_an_authors_own_prose_is_no_quote(rec: Recognizer, text: str) -> None:
    quotes = said(rec, text)
    assert not any(("unsafe" in w or "should act" in w) for w in quotes), quotes


# 2. A judgement of someone's speech; a body's statement ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Berg said the repairs were on schedule.\n\nBerg was wrong to say that the repairs could wait.\n",
        "Mayor Tom Berg spoke on Monday.\n\nIt was a mistake for Berg to claim that the repairs could wait.\n",
        "Councillor Ana Reyes spoke on Monday.\n\nReyes was right to warn that the dam would not hold.\n",
    ],
)
def test_a_judgement_of_speech_is_not_the_persons_statement(rec: Recognizer, text: str) -> None:
    quotes = said(rec, text)
    assert not any(
        sp in ("Tom Berg", "Ana Reyes") and ("could wait" in w or "would not hold" in w) for w, sp in quotes.items()
    ), quotes


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported
            "Mayor Tom Berg spoke to residents on Monday.\n\nThe council said in a statement that the repairs could wait.\n",
            "the repairs could wait",
            None,
        ),
        (
            "Halvern Council met on Monday. Mayor Tom Berg spoke to residents.\n\n"
            "The council said in a statement on Monday that the repairs could wait.\n",
            "the repairs could wait",
            "Halvern Council",
        ),
        (
            "Tarnby District Council met on Friday. Mayor Ana Reyes left early.\n\n"
            "The council said in a statement released late on Friday that the road would stay shut.\n",
            "the road would stay shut",
            "Tarnby District Council",
        ),
    ],
)
def test_a_body_in_a_statement_speaks_its_words_after_that(
    rec: Recognizer, text: str, words: str, speaker: str | None
) -> None:
    assert said(rec, text).get(words, "missing") == speaker


# 3. One statement, many outlets -------------------------------------------------------------


def _outlets(root: Path, leads: list[str], words: list[str]) -> None:
    root.mkdir()
    for i, (lead, quoted) in enumerate(zip(leads, words, strict=True)):
        (root / f"a{i}.txt").write_text(
            f"Title: Bridge closed\nOutlet: Outlet {chr(65 + i)}\nDate: 2026-03-0{i + 1}\n\n"
            "The Halvern Bridge was closed on Monday after an inspection found cracks. Mayor Tom Berg visited.\n\n"
            f'{lead} "{quoted}"\n\nTraffic was diverted through the town centre.\n',
            "utf-8",
        )


SAFE = "The safety of residents is our first priority. The bridge will stay closed until engineers are satisfied it is safe."


@pytest.mark.parametrize(
    ("leads", "words", "speakers"),
    [
        (  # reported: the council named by two outlets, the others' "the council" unresolved
            [
                "In a statement, Halvern City Council said:",
                "The council said in a statement:",
                "A statement from the council read:",
                "The city council said:",
                "Halvern council said in a statement:",
                "The council's statement said:",
            ],
            [SAFE] * 6,
            ["Halvern City Council"],
        ),
        (  # no outlet names the council; one edits a word
            ["The council said in a statement:"] * 5,
            [SAFE] * 2 + [SAFE.replace("first", "top")] + [SAFE] * 2,
            [],
        ),
        (  # another statement, another body; small edits in two outlets
            [
                "Nordvik Mining said in a statement:",
                "The company said:",
                "A statement read:",
                "The firm said:",
                "The statement said:",
            ],
            [
                "Every worker is accounted for and the mine will remain closed while inspectors check the shafts.",
                "Every worker is accounted for and the mine will remain closed while inspectors check the shafts.",
                "Every worker is accounted for and the mine will stay closed while inspectors check the shafts.",
                "Every worker is accounted for and the mine will remain closed while inspectors check all the shafts.",
                "Every worker is accounted for and the mine will remain closed while inspectors check the shafts.",
            ],
            ["Nordvik Mining"],
        ),
    ],
)
def test_words_many_outlets_print_are_one_statement(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    leads: list[str],
    words: list[str],
    speakers: list[str],
) -> None:
    _outlets(tmp_path / "c", leads, words)
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [statement] = [st for st in data["statements"] if len(st["members"]) > 2]
    assert len({m["doc"] for m in statement["members"]}) == len(leads)
    assert statement["speakers"] == speakers
    # a member no speaker is found for says so, as the quote's own row under "unattributed" does
    unattributed = {(q["doc"], q["start"]) for q in data["unattributed"]}
    assert all(bool(m.get("unattributed")) == ((m["doc"], m["start"]) in unattributed) for m in statement["members"])


# 4. One agency, several spellings ------------------------------------------------------------


def test_one_agency_under_several_spellings_is_one_speaker(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        "Title: Fire grows\nOutlet: Valley Times\n\nThe Ridge Fire grew overnight. Cal Fire said the fire was 40% contained.\n",
        "utf-8",
    )
    (root / "b.txt").write_text(
        'Title: Fire grows\nOutlet: Nordwire\n\nThe Ridge Fire grew overnight. "Crews made good progress," CAL FIRE said.\n',
        "utf-8",
    )
    (root / "c.txt").write_text(
        "Title: Fire grows\nOutlet: Eastpress\n\nThe Ridge Fire grew overnight. The California Department of Forestry "
        "and Fire Protection (CAL FIRE) said 1,200 homes were threatened.\n\n"
        "Cal Fire Battalion Chief Maya Ortiz said the winds would pick up.\n",
        "utf-8",
    )
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by = {s["name"]: (s["type"], sorted(q["doc"] for q in s["quotes"])) for s in data["speakers"]}
    assert by == {
        "California Department of Forestry and Fire Protection": ("ORG", ["a", "b", "c"]),
        "Maya Ortiz": ("PERSON", ["c"]),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # reported
            "The California Department of Forestry and Fire Protection (CAL FIRE) said homes were threatened.",
            "California Department of Forestry and Fire Protection",
        ),
        (
            "The Velmont Department of Parks and Open Spaces (VELMONT PARKS) said the trail was closed.",
            "Velmont Department of Parks and Open Spaces",
        ),
        (
            "The Halvern Department of Roads and Bridge Maintenance (ROADS HALVERN) said the bridge was shut.",
            "Halvern Department of Roads and Bridge Maintenance",
        ),
    ],
)
def test_a_long_name_before_its_short_form_is_never_cut(rec: Recognizer, text: str, name: str) -> None:
    article = Article("t", Path("/x/t.txt"), text + "\n", "utf-8", "", True, None, True)
    orgs = [m.text for m in rec.recognize(article) if m.label == "ORG"]
    assert name in orgs
    assert not any(o != name and o in name and len(o.split()) > 1 for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "The California Department of Forestry and Fire Protection (CAL FIRE) said homes were threatened. "
            "Cal Fire said the blaze grew.",
            "Cal Fire",
            "California Department of Forestry and Fire Protection",
        ),
        (
            "The Halvern Water Authority (Halvern Water) said supplies were safe. HALVERN WATER said the pipes were old.",
            "HALVERN WATER",
            "Halvern Water Authority",
        ),
        (
            "The Nordic Ferry Safety Board (Ferry Board) said checks were under way. FERRY BOARD said none had failed.",
            "FERRY BOARD",
            "Nordic Ferry Safety Board",
        ),
    ],
)
def test_a_defined_short_form_in_another_case_is_the_body(rec: Recognizer, text: str, short: str, long: str) -> None:
    article = Article("t", Path("/x/t.txt"), text + "\n", "utf-8", "", True, None, True)
    keys = {m.text: m.key for m in rec.recognize(article) if m.label == "ORG"}
    assert keys.get(short) == f"ORG:{long}"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Firefighters battled the blaze.\n\nCal Fire Battalion Chief Maya Ortiz said the winds would pick up on Tuesday.\n",
            "the winds would pick up on Tuesday",
            "Maya Ortiz",
        ),
        (
            "The river rose overnight.\n\nHalvern Water engineer Lars Holm said the pumps were running.\n",
            "the pumps were running",
            "Lars Holm",
        ),
    ],
)
def test_an_agencys_titled_officer_speaks(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker


# 5. The speaker named in the next sentence ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported
            "The town hall was packed.\n\n"
            '"We have no choice." The words came from Mayor Ana Reyes, speaking at a council meeting on Monday.\n',
            "We have no choice",
            "Ana Reyes",
        ),
        (
            "The harbour was quiet on Tuesday.\n\n"
            '"Nobody should go near the water until the tide turns." That warning came from harbour master Lars Holm.\n',
            "Nobody should go near the water until the tide turns",
            "Lars Holm",
        ),
        (
            "Rescuers searched the hillside.\n\n"
            '"We will not stop until every family is home." The promise came from Chief Inspector Ingrid Sorvaag on Friday.\n',
            "We will not stop until every family is home",
            "Ingrid Sorvaag",
        ),
    ],
)
def test_the_next_sentence_names_the_speaker(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker


def test_a_next_sentence_of_other_matter_names_no_one(rec: Recognizer) -> None:
    text = 'Rescuers searched the hillside.\n\n"We will not stop until every family is home." The search went on into the night.\n'
    assert said(rec, text).get("We will not stop until every family is home", "missing") is None


# 6. A live blog's company; a worker at a body -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (entries newest first: the firm is named in the older entry below)
            "LIVE: Mine collapse updates\n\n11:05 The company confirms that two workers are still missing.\n\n"
            "10:42 Nordvik Mining said rescue teams had reached the second level.\n",
            "two workers are still missing",
            "Nordvik Mining",
        ),
        (
            "Live: Refinery fire\n\n**14:20** The company says the fire is under control.\n\n"
            "**13:55** A spokesman for Kestrel Energy said all staff had been accounted for.\n",
            "the fire is under control",
            "Kestrel Energy",
        ),
        (
            "Live updates: Ferry sinking\n\n09:15 - The company confirmed that 40 passengers were on board.\n\n"
            "08:50 - Brightwater Ferries Ltd said the ship left port at 6am.\n",
            "40 passengers were on board",
            "Brightwater Ferries Ltd",
        ),
    ],
)
def test_a_live_blogs_company_is_the_firm_it_names(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker


def test_the_company_outside_a_live_blog_is_still_never_a_firm_named_later(rec: Recognizer) -> None:
    text = "The mine has been closed since Monday.\n\nThe company said two workers were still missing.\n\nNordvik Mining shares fell 8%.\n"
    assert said(rec, text).get("two workers were still missing", "missing") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # reported
            "Nordvik Mining said rescue teams had reached the miners.\n\n"
            "A nurse at Kalgoorlie Hospital said three men were being treated for injuries.\n",
            "three men were being treated for injuries",
        ),
        (
            "Nordvik Mining operates the mine. Kalgoorlie Hospital is nearby.\n\n"
            "A doctor at Kalgoorlie Hospital told reporters that the men were stable.\n",
            "the men were stable",
        ),
        (
            "The ferry sank off Tarnby on Monday.\n\n"
            '"We treated eleven people at the scene," said a paramedic from Tarnby Ambulance Service on Monday.\n',
            "We treated eleven people at the scene",
        ),
        (
            "The ferry sank off Tarnby on Monday.\n\nOne senior engineer at Velmont Power said the turbines had been switched off.\n",
            "the turbines had been switched off",
        ),
    ],
)
def test_a_worker_at_a_body_is_unnamed_never_the_body(rec: Recognizer, text: str, words: str) -> None:
    assert said(rec, text).get(words, "missing") is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The ferry sank off Tarnby on Monday.\n\nA spokesman for Velmont Power said the turbines had been switched off.\n",
            "the turbines had been switched off",
            "Spokesperson for Velmont Power",
        ),
        (
            "The ferry sank off Tarnby on Monday.\n\nA statement from Velmont Power said the turbines had been switched off.\n",
            "the turbines had been switched off",
            "Velmont Power",
        ),
        (  # the worker named in apposition speaks
            "The ferry sank off Tarnby on Monday.\n\nAn engineer at Velmont Power, Anna Berg, said the turbines had been switched off.\n",
            "the turbines had been switched off",
            "Anna Berg",
        ),
    ],
)
def test_a_bodys_voice_still_speaks_for_it(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker
