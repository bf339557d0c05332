"""A description of a body credited to a body of another story (review s47-rv, round s47-fx1).

1. (finding 1) "police said", "the government said", "the hospital said", "the army said", "the
   council said" in an article naming no such body went to the one body with that noun anywhere
   in the corpus, in an unrelated story (Kenya's bus crash to London's Metropolitan Police). A
   one-word description names a body across articles only when the article is tied to it: it
   names the body, or a place the body's name names (bodies.tied).
2. (finding 7) "the guard said" (a person) went to the article's Philippine Coast Guard, "a guard
   said" in another story too: a job word alone, or an indefinite "a"/"an", never names a body;
   "the coast guard" still does.
3. (finding 10) The article and the corpus matched a description to a name by two rules: one now
   (bodies.names_body, a whole phrase of the name ending at its head).
4. (finding 17) '"…," said Germany, France and Italy' was credited to Germany alone: a list of
   names, one no person's, is the list as written, unattributed (speakers._name_list); since
   round s48-q the list is one speaker credited to each member, as a list of people is.

Each kind: the reviewer's reproduction first, then variants of our own (names invented).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.bodies import names_body
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _said(rec: Recognizer, body: str) -> list[tuple[str | None, str]]:
    """(speaker's name or None, words) of each quote of one article holding ``body``."""
    article = Article("t", Path("/x/t.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
    return [(q.speaker.name if q.speaker else None, q.text) for q in find_quotes(article, rec.recognize(article))]


def _sheet(tmp_path: Path, texts: dict[str, str]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """((speaker, doc, words) of each attributed quote, words of each unattributed one)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()
    said = sorted((sp["name"], q["doc"], " ".join(q["text"].split())) for sp in sheet["speakers"] for q in sp["quotes"])
    return said, sorted(" ".join(q["text"].split()) for q in sheet["unattributed"])


# --- 1. a one-word description across unrelated stories -----------------------------------------

_KENYA = (
    "Bus crash kills 12 near Nakuru\n\nNAKURU, Kenya (Reuters) - Twelve people died when a bus left the road"
    ' near Nakuru on Sunday.\n\n"The driver lost control on a bend," police said.\n\n"We are investigating the'
    ' cause of the accident," the government said in a statement.\n'
)
_LONDON = (
    "Man arrested after Camden stabbing\n\nLONDON - A man has been arrested after a stabbing in Camden on"
    " Saturday night, the Metropolitan Police said.\n\nThe Scottish Government separately announced new funding"
    " for knife crime programmes.\n\nCommander Jane Roe of the Metropolitan Police said officers were at the"
    " scene within minutes.\n"
)
_CEBU = (
    "Patient dies after fall\n\nCEBU - A patient died after falling from a window on Friday.\n\n"
    '"We are reviewing our procedures," the hospital said.\n\n"Our troops secured the area," the army said.\n\n'
    '"The budget is balanced," the council said.\n'
)
_LEEDS = (
    "New wing opens\n\nLEEDS - St James's University Hospital opened a new wing on Monday. Leeds City Council"
    " funded the road works.\n\nSoldiers of the British Army helped with the opening.\n"
)


@pytest.mark.parametrize(
    ("texts", "words"),
    [
        # the reports (c-police, c-police2)
        (
            {"kenya": _KENYA, "london": _LONDON},
            ["The driver lost control on a bend", "We are investigating the cause of the accident"],
        ),
        (
            {"a": _CEBU, "b": _LEEDS},
            ["Our troops secured the area", "The budget is balanced", "We are reviewing our procedures"],
        ),
        # variant: another noun, another pair of places
        (
            {
                "a": "Dam holds\n\nTROMSO - The river rose overnight.\n\n"
                '"No homes were lost," the ministry said on Tuesday.\n',
                "b": "Budget row\n\nOTTAWA - The Quebec Ministry of Finance published its accounts on Monday.\n",
            },
            ["No homes were lost"],
        ),
        # variant: the words reported, the body's name with a place of its own
        (
            {
                "a": "Storm hits coast\n\nDAVAO - Winds tore roofs off on Monday.\n\n"
                "Two wards were flooded, the hospital said on Monday.\n",
                "b": "Clinic opens\n\nGLASGOW - The Glasgow Royal Hospital opened a clinic on Monday.\n",
            },
            ["Two wards were flooded"],
        ),
    ],
)
def test_a_one_word_description_is_no_body_of_an_unrelated_story(
    tmp_path: Path, texts: dict[str, str], words: list[str]
) -> None:
    said, unattributed = _sheet(tmp_path, texts)
    assert [w for w in words if w in unattributed] == words, said


@pytest.mark.parametrize(
    ("texts", "speaker", "words"),
    [
        # the article names a place the body's name names
        (
            {
                "a": "Bus crash\n\nNAKURU, Kenya - Twelve people died on Sunday.\n\n"
                '"We are investigating the cause," the government said.\n',
                "b": "Budget\n\nNAIROBI - The Kenyan Government published its budget on Monday.\n",
            },
            "Kenyan Government",
            "We are investigating the cause",
        ),
        # the article names the body itself, after the quote
        (
            {
                "a": 'Quay closed\n\n"The quay stays shut," police said on Friday.\n\n'
                "Divers of the Norland Police searched the water later.\n",
                "b": "Quay reopens\n\nThe Norland Police reopened the quay on Sunday.\n",
            },
            "Norland Police",
            "The quay stays shut",
        ),
    ],
)
def test_a_one_word_description_names_a_body_the_article_is_tied_to(
    tmp_path: Path, texts: dict[str, str], speaker: str, words: str
) -> None:
    said, _ = _sheet(tmp_path, texts)
    assert speaker in [s for s, _, w in said if w == words], said


# --- 2. a guard is a person ----------------------------------------------------------------------

_FERRY = (
    "Ferry sinks off Marinduque\n\nBOAC, Marinduque — The Philippine Coast Guard said on Monday that 40 people"
    ' were missing.\n\n"I saw the ferry go down," a security guard said.\n\n"We are checking the manifest,"'
    " the guard said.\n"
)
_G4S = (
    "Guard company hires more staff\n\nLONDON — Shares in G4S rose on Tuesday.\n\n"
    '"We will hire 500 more people," the company said.\n\n"Security is a growth business," a guard said.\n'
)


@pytest.mark.parametrize(
    ("texts", "words"),
    [
        # the report (c-q2): the article's coast guard, and across the corpus
        ({"a": _FERRY, "b": _G4S}, ["We are checking the manifest", "Security is a growth business"]),
        # variant: another coast guard, "told reporters", a prison guard elsewhere
        (
            {
                "a": "Trawler towed\n\nThe Norwegian Coast Guard towed the trawler to port.\n\n"
                '"The crew were cold but fine," the guard told reporters.\n',
                "b": 'Prison calm\n\n"The night was quiet," a prison guard said on Friday.\n',
            },
            ["The crew were cold but fine", "The night was quiet"],
        ),
        # variant: an indefinite body noun is one of many
        (
            {
                "a": "Clinic\n\nThe Harbour Hospital opened a ward.\n\n"
                '"We had no beds left," a hospital in the north said.\n',
            },
            ["We had no beds left"],
        ),
    ],
)
def test_a_guard_or_an_indefinite_noun_is_no_body(tmp_path: Path, texts: dict[str, str], words: list[str]) -> None:
    said, unattributed = _sheet(tmp_path, texts)
    assert not [s for s, _, w in said if w in words], said
    assert [w for w in words if w in unattributed] == words


def test_the_coast_guard_across_articles_is_still_the_body(tmp_path: Path) -> None:
    # t13an N15 (round s47-q): a two-word description is the body's own phrase, no tie needed
    said, _ = _sheet(
        tmp_path,
        {
            "a": "Ferry capsizes\n\nA ferry capsized on Saturday, the Philippine Coast Guard said.\n",
            "b": "Ferry overturns\n\nA ferry overturned off Gasan. The coast guard said 6 people were confirmed dead.\n",
        },
    )
    assert ("Philippine Coast Guard", "b", "6 people were confirmed dead") in said


# --- 3. one rule for a description naming a body -------------------------------------------------


@pytest.mark.parametrize(
    ("description", "name", "names"),
    [
        ("coast guard", "Philippine Coast Guard", True),
        ("guard", "Philippine Coast Guard", True),  # the phrase matches; the job word is refused earlier
        ("harbour guard", "Philippine Coast Guard", False),
        ("ministry", "Ministry of Health", True),
        ("health ministry", "Ministry of Health", True),
        ("ruling party", "Constitutional Democratic Party", False),
        ("hospitals", "Glasgow Royal Hospital", True),
        ("provincial government", "Cebu Provincial Government", True),
        ("city council", "Leeds City Council", True),
        ("coast guard", "Coast Guard Station Matnog", False),
    ],
)
def test_names_body_is_a_whole_phrase_ending_at_the_head(description: str, name: str, names: bool) -> None:
    assert names_body(description, name) is names


# --- 4. a list of names of any kind after "said" (finding 17) -----------------------------------


@pytest.mark.parametrize(
    ("body", "words", "listed"),
    [
        # the report (c-q3): a dateline, three countries
        (
            'BRUSSELS - "We agreed on a common position," said Germany, France and Italy in a joint statement.',
            "We",
            "Germany, France and Italy",
        ),
        # variant: no dateline, the list before the verb, "that" and a partial quote
        (
            'Japan, South Korea and Taiwan said in a statement that "the strait must stay open".',
            "the strait",
            "Japan, South Korea and Taiwan",
        ),
        # variant: two firms, no serial comma
        ('"Prices will fall next month," said Shell and BP.', "Prices will fall", "Shell and BP"),
    ],
)
def test_a_list_of_names_is_never_its_first_member(rec: Recognizer, body: str, words: str, listed: str) -> None:
    # the whole list speaks (round s48-q: credited to each across the corpus), never its first
    found = _said(rec, body)
    assert [s for s, t in found if t.lstrip('"').startswith(words)] == [listed], found
