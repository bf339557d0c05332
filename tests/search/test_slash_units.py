"""A unit written with a slash is one word in the index and in the query (t13ac M15, round
s36-x4): ``km/h`` was searched as ``km`` alone ("h" is too short to index) and found "11 km", "10
km high" in articles with no speed. Now ``km/h`` finds "km/h" only, lit whole;
``m/s`` and ``mg/l`` likewise; other slashes still split words ("and/or", "EU/UK", "24/7")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "speed": "Lava\n\nThe lava front moved at about 10 km/h towards the town, officials said.\n",
    "plume": "Plume\n\nThe ash plume rose 11 km high and the lava stopped 2 km from the town.\n",
    "wind": "Gusts\n\nGusts reached 33 m/s on the ridge, and the mast is 40 m tall.\n",
    "water": "Water\n\nNitrate in the wells reached 50 mg/L, the utility said.\n",
    "dose": "Dose\n\nEach tablet holds 50 mg of the drug; take one a day.\n",
    "slashes": "Talks\n\nThe EU/UK talks on trade and/or fishing run 24/7, he/she said.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("slash_units")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("km/h", {"speed": "km/h"}),  # reported: never "11 km", "2 km"
        ("m/s", {"wind": "m/s"}),  # never "40 m"
        ("mg/l", {"water": "mg/L"}),  # never "50 mg"
        ('"10 km/h"', {"speed": "10 km/h"}),
    ],
)
def test_a_slashed_unit_is_found_as_written(ws: Workspace, query: str, want: dict[str, str]) -> None:
    res = ws.search(query, limit=None)
    assert {h.doc for h in res.hits} == set(want)
    for hit in res.hits:
        text = ws.corpus.article(hit.doc).text
        start = text.index(want[hit.doc])
        assert (start, start + len(want[hit.doc])) in hit.spans, query  # lit whole


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("km", {"plume"}),  # the length, not the speed's unit
        ("mg", {"dose"}),
        ("uk", {"slashes"}),  # other slashes still split words
        ("fishing", {"slashes"}),
        ("she", {"slashes"}),
        ("24", {"slashes"}),
    ],
)
def test_other_words_stay_apart(ws: Workspace, query: str, want: set[str]) -> None:
    assert {h.doc for h in ws.search(query, limit=None).hits} == want


def test_find_in_article_reads_slashed_units_as_search_does() -> None:
    text = ARTICLES["speed"] + ARTICLES["plume"]
    tokens = text_tokens(text)
    assert [text[a:b] for a, b in find_spans(tokens, "km/h")] == ["km/h"]


# Typed so far, a unit's slash with no denominator yet ("60 km/") is the start of the joined
# token: searched as its prefix ("km/*"), it lights the speed, never another figure's "km" (t13ae
# P15, round s37-z4: "60 km/" lit "km" of "15 km", the "/" read as no word).
@pytest.mark.parametrize(
    ("typed", "doc", "lit"),
    [
        ("10 km/", "speed", ["10", "km/h"]),  # reported: never "km" of "11 km" or "2 km"
        ("33 m/", "wind", ["33", "m/s"]),  # never "m" of "40 m"
        ("nitrate mg/", "water", ["Nitrate", "mg/L"]),  # never "mg" of "50 mg"
    ],
)
def test_a_slashed_unit_being_typed_is_a_prefix_of_it(ws: Workspace, typed: str, doc: str, lit: list[str]) -> None:
    res = ws.search(typed, limit=None, typing=True)
    assert [h.doc for h in res.hits] == [doc]
    hit = res.hits[0]
    text = ws.corpus.article(doc).text
    assert sorted(text[a:b] for a, b in hit.spans) == sorted(lit)
    assert [hit.snippet[a:b] for a, b in hit.matches] == [w for w in lit if w in hit.snippet]


BOTH = {
    # (an article holding the unit alone and the slash unit; what is typed; what lights)
    "slide": (
        "Slide\n\nBrenzola lies 15 km north of Castelmarro. Mud moved at about 60 km/h down the slope.\n",
        "60 km/",
        ["60", "km/h"],
    ),
    "gusts": ("Gusts\n\nThe mast is 40 m tall, and gusts reached 33 m/s on the ridge.\n", "33 m/", ["33", "m/s"]),
    "wells": (
        "Wells\n\nEach tablet holds 50 mg of the drug; nitrate reached 12 mg/l in the wells.\n",
        "nitrate reached 12 mg/",
        ["nitrate", "reached", "12", "mg/l"],
    ),
}


@pytest.mark.parametrize("doc", list(BOTH))
def test_a_slashed_unit_being_typed_lights_it_in_the_reader(tmp_path: Path, doc: str) -> None:
    # The reader's matches of a hit found while typing (Workspace.open_article, typing=True):
    # the prefix "km/*", never "km" of "15 km" beside it (t13ae P15, its reader's half).
    text, typed, lit = BOTH[doc]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{doc}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, tmp_path / "index")
    workspace.ensure_index()
    hit = workspace.search(typed, typing=True).hits[0]
    assert sorted(text[a:b] for a, b in hit.spans) == sorted(lit)
    opened = workspace.open_article(doc, typed, typing=True)
    assert sorted(text[a:b].lower() for a, b in opened.matches) == sorted(lit)
