"""A prefix is of the word as written: plurals are indexed folded to the singular AND as
written, at one position, and a prefix is never folded from plural to singular.

Reported by the acceptance tester: ``ferri*``, ``citi*``, ``boxe*`` found nothing although
"ferries", "cities", "boxes" were in the text (they were indexed only as "ferry", "city",
"box"), and ``cros*`` found "crowds", ``wors*`` "work" (the prefix itself lost its "s").
Variants of our own: ``studi*``, ``churche*`` (the same two plural endings, one through the
prefix table and one past it), and ``pres*``, ``glas*`` (prefixes ending in "s"). A word still
finds its singular and plural both ways, alone and in phrases. The articles are written for
these tests.
"""

from __future__ import annotations

import pytest

from waic_reader.index.search.whoosh.analyzer import ANALYZER, positions_of, query_form, token_forms
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ferries": "Harbour news\n\nThe island ferries returned to service on Monday after the storm.\n",
    "ferry": "Timetable\n\nThe island ferry leaves at noon; the operator said tickets are sold out.\n",
    "cities": "Transport\n\nTwo cities agreed to share one bus network from next spring.\n",
    "boxes": "Election\n\nBallot boxes arrived at the town hall before dawn, officials said.\n",
    "crowds": "Protest\n\nCrowds gathered at the work site; the work was stopped for the day.\n",
    "crossing": "Border\n\nThe crossing reopened, though traffic was worse than expected.\n",
    "studies": "Science\n\nTwo studies found that the drug lowers blood pressure in older patients.\n",
    "churches": "Heritage\n\nThree churches in the valley will be restored with lottery money.\n",
    "previous": "Markets\n\nShares rose above the previous close, and traders gladly took profits.\n",
    "glass": "Design\n\nThe president opened a museum built of glass and steel.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("plural_prefixes")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str, **kw: object) -> set[str]:
    res = ws.search(query, limit=None, **kw)  # type: ignore[arg-type]
    found = {h.doc for h in res.hits}
    assert res.total == len(found)
    return found


def lit(ws: Workspace, query: str, doc: str) -> list[str]:
    """The words highlighted in ``doc``'s snippet and in the reader (spans into its text)."""
    hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
    text = ws.corpus.article(doc).text
    assert [hit.snippet[a:b] for a, b in hit.matches] == [text[a:b] for a, b in hit.spans]
    opened = ws.open_article(doc, query)  # what the reader highlights
    assert [text[a:b] for a, b in opened.matches] == [text[a:b] for a, b in hit.spans]
    return [text[a:b] for a, b in hit.spans]


@pytest.mark.parametrize(
    ("prefix", "doc", "word"),
    [
        ("ferri", "ferries", "ferries"),  # reported
        ("citi", "cities", "cities"),  # reported (4 letters: the prefix table)
        ("boxe", "boxes", "boxes"),  # reported
        ("studi", "studies", "studies"),
        ("churche", "churches", "churches"),
        ("Ferrie", "ferries", "ferries"),
    ],
)
def test_a_prefix_of_a_written_plural_finds_it_and_lights_it(ws: Workspace, prefix: str, doc: str, word: str) -> None:
    assert docs(ws, f"{prefix}*") == {doc}
    assert docs(ws, prefix, typing=True) == {doc}  # typed, the last word is a prefix
    assert [w.lower() for w in lit(ws, f"{prefix}*", doc)] == [word]


@pytest.mark.parametrize(
    ("prefix", "want", "never"),
    [
        ("cros", {"crossing"}, "crowds"),  # reported: found "crowds"
        ("wors", {"crossing"}, "crowds"),  # reported: found "work"
        ("pres", {"studies", "glass"}, "previous"),  # "pressure", "president"; not "previous"
        ("glas", {"glass"}, "previous"),  # not "gladly"
    ],
)
def test_a_prefix_ending_in_s_is_not_folded(ws: Workspace, prefix: str, want: set[str], never: str) -> None:
    assert query_form(prefix) == prefix
    assert docs(ws, f"{prefix}*") == want
    assert never not in docs(ws, prefix, typing=True)
    for doc in want:
        assert all(w.lower().startswith(prefix) for w in lit(ws, f"{prefix}*", doc))


def test_a_prefix_of_the_singular_finds_the_plural_too(ws: Workspace) -> None:
    assert docs(ws, "ferr*") == {"ferries", "ferry"}
    assert docs(ws, "cit*") == {"cities"}
    assert docs(ws, "box*") == {"boxes"}
    assert lit(ws, "ferr*", "ferries") == ["ferries"]  # one span, though two forms matched


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("ferry", {"ferry", "ferries"}),
        ("ferries", {"ferry", "ferries"}),
        ("Ferries", {"ferry", "ferries"}),
        ("city", {"cities"}),
        ("study", {"studies"}),
        ("church", {"churches"}),
        ('"island ferries"', {"ferry", "ferries"}),
        ('"island ferry"', {"ferry", "ferries"}),
        ('"ferries returned"', {"ferries"}),
        ('"ferry returned"', {"ferries"}),
        ("ferry island", {"ferry", "ferries"}),
    ],
)
def test_a_word_finds_its_singular_and_plural_both_ways(ws: Workspace, query: str, want: set[str]) -> None:
    assert docs(ws, query) == want
    for doc in want:
        assert lit(ws, query, doc)


def test_a_plural_is_indexed_folded_and_as_written_at_one_position() -> None:
    assert token_forms("Ferries") == ("ferry", "ferries")
    assert token_forms("ferry") == ("ferry",)
    assert token_forms("news") == ("news",)  # not a plural
    assert token_forms("the") is None
    poses = positions_of("The ferries and the boxes of cities")
    # Stop words are kept at their positions as their stop forms (phrases check them there).
    assert poses == {
        "\x01the": [0, 3],
        "ferry": [1],
        "ferries": [1],
        "\x01and": [2],
        "box": [4],
        "boxes": [4],
        "\x01of": [5],
        "city": [6],
        "cities": [6],
    }
    # A query word is searched by its first form only, so "ferries" finds "ferry" and phrases
    # keep their positions.
    assert [(t.text, t.pos) for t in ANALYZER("island ferries", positions=True, mode="query")] == [
        ("island", 0),
        ("ferry", 1),
    ]
