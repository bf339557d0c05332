"""``who:`` finds an entity by a whole word of its name, not only by the whole name, a form an
article used or the start of the name. Reported: ``who:Kellerman`` and ``who:Kel*`` found
nothing where every article writes "Maria Kellerman". The matches are the entity's mentions, in
the search hit (offsets into ``show --json`` ``text``, and into the snippet) and in the reader."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

ARTICLES = {
    # Only ever the full name: the reported case.
    "trade": (
        "Exports fall for a third month\n\n"
        "Trade minister Maria Kellerman said on Monday that exports fell for a third month. "
        "Maria Kellerman told reporters in Berlin that the figures were disappointing. Analysts "
        "expect a rebound later in the year.\n"
    ),
    # An organisation whose later word is common ("Bank").
    "bank": (
        "Lenders cut growth forecast\n\n"
        "The World Bank cut its growth forecast for the region on Tuesday. Economists at the "
        "World Bank said demand had weakened. The Bank of Spain made no comment.\n"
    ),
    # An accented surname, searched folded.
    "spain": (
        "Madrid hosts summit\n\n"
        "Spanish economy minister José Álvarez opened the summit in Madrid on Thursday. The "
        "delegates praised the host before the meeting closed on Friday.\n"
    ),
    # A name that starts with the same letters but is another word.
    "rail": (
        "Rail strike ends\n\n"
        "Union leader Thomas Kellermann announced the end of the rail strike on Wednesday. "
        "Trains ran normally by the evening, the operator said.\n"
    ),
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("who_words")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def occurrences(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + 1)
    return out


@pytest.mark.parametrize(
    ("query", "want", "shown"),
    [
        ("who:Kellerman", {"trade"}, {"trade": ["Maria Kellerman"]}),  # reported
        ("who:Kel*", {"trade", "rail"}, {"trade": ["Maria Kellerman"], "rail": ["Thomas Kellermann"]}),  # reported
        ("who:kellerman", {"trade"}, {"trade": ["Maria Kellerman"]}),
        ("entity:Maria", {"trade"}, {"trade": ["Maria Kellerman"]}),  # the first word is a word too
        ('who:"Maria Kellerman"', {"trade"}, {"trade": ["Maria Kellerman"]}),  # the whole name as before
        ("who:Kellermann", {"rail"}, {"rail": ["Thomas Kellermann"]}),  # never the other spelling
        ("who:Bank", {"bank"}, {"bank": ["World Bank", "Bank of Spain"]}),  # a whole word of the name
        ("who:Ban*", {"bank"}, {"bank": ["World Bank", "Bank of Spain"]}),
        ('who:"World Bank"', {"bank"}, {"bank": ["World Bank"]}),
        ("who:Alvarez", {"spain"}, {"spain": ["José Álvarez"]}),  # folded both ways
        ("who:álv*", {"spain"}, {"spain": ["José Álvarez"]}),
    ],
)
def test_who_finds_a_word_of_the_name_with_its_mentions_as_matches(
    ws: Workspace, query: str, want: set[str], shown: dict[str, list[str]]
) -> None:
    res = ws.search(query, limit=None)
    assert {h.doc for h in res.hits} == want
    assert res.total == len(want)
    for hit in res.hits:
        text = ws.corpus.article(hit.doc).text  # ``show --json`` ``text``
        mentions = sorted(span for name in shown[hit.doc] for span in occurrences(text, name))
        assert [text[a:b] for a, b in mentions]  # the article holds them
        assert set(mentions) <= set(hit.spans), (query, [text[a:b] for a, b in hit.spans])
        assert {text[a:b] for a, b in hit.spans} <= set(shown[hit.doc])  # nothing else lit
        assert hit.matches and {hit.snippet[a:b] for a, b in hit.matches} <= set(shown[hit.doc])
        # The reader highlights and steps through the same mentions.
        opened = ws.open_article(hit.doc, query)
        assert set(mentions) <= set(opened.matches)


@pytest.mark.parametrize("query", ["who:Kell", "who:erman", "who:Ban", "who:orld", "who:Kellermans"])
def test_who_word_must_be_whole(ws: Workspace, query: str) -> None:
    """A part of a word is not a word of the name (``who:Ban`` is not "Bank"); ``Ban*`` is the prefix."""
    assert ws.search(query, limit=None).hits == []


def test_who_word_and_other_words_combine(ws: Workspace) -> None:
    assert {h.doc for h in ws.search("who:Kellerman exports", limit=None).hits} == {"trade"}
    assert ws.search("who:Kellerman strike", limit=None).hits == []
    assert {h.doc for h in ws.search("who:Kellerman OR who:Bank", limit=None).hits} == {"trade", "bank"}
    assert {h.doc for h in ws.search("who:Kel* NOT who:Maria", limit=None).hits} == {"rail"}


# While typing, a field's value is a prefix like any last word (the acceptance tester saw
# "No article matches" for who:kel, title:zü until the whole word was typed).
@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("who:Kel", {"trade", "rail"}),  # reported
        ("who:kellerma", {"trade", "rail"}),
        ("who:álv", {"spain"}),
        ("title:Exp", {"trade"}),  # reported kind: title:zü
        ("outlet:zz", set()),  # no outlet starts so: nothing, as submitted
        ("Trains who:Kel", {"rail"}),
    ],
)
def test_a_field_value_being_typed_is_a_prefix(ws: Workspace, typed: str, want: set[str]) -> None:
    got = {h.doc for h in ws.search(typed, limit=None, typing=True).hits}
    assert got == want
    assert got == {h.doc for h in ws.search(typed + "*", limit=None).hits}
