"""A percentage is one value however it is written: ``45%`` finds "45 percent", "45 per cent"
and "45 pct" (reported), and ``45 percent`` finds "45%"; highlights cover the spelling written
(offsets into ``show --json`` ``text``, the snippet and the reader's matches); never another
value ("145%") or the bare number ("45 people"). The word alone (``percent``) still finds the
articles that write it."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "sign": "Turnout\n\nTurnout rose to 45% on Sunday, and 145% of the quota was met.\n",
    "word": "Budget\n\nSpending rose 45 percent last year, the ministry said.\n",
    "british": "Poll\n\nSome 45 per cent of voters backed the plan; 4.5 per cent were unsure.\n",
    "wire": "Shares\n\nShares of the lender rose 45 pct in early trade, the exchange said.\n",
    "hyphen": "Stake\n\nThe fund bought a 45-percent stake in the port operator.\n",
    "people": "Crowd\n\nAbout 45 people came to the meeting; the percentage of women was not given.\n",
    "other": "Prices\n\nPrices rose 145 percent and rents 1,045 per cent over the decade.\n",
}
SPELLED = {"sign": "45%", "word": "45 percent", "british": "45 per cent", "wire": "45 pct", "hyphen": "45-percent"}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("percent_words")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize(
    "query", ["45%", "45 percent", "45 per cent", "45 pct", "45 Percent", "45 %", "45-percent", '"rose 45 percent"']
)
def test_every_spelling_of_a_percentage_finds_every_other(ws: Workspace, query: str) -> None:
    res = ws.search(query, limit=None)
    # The phrase holds "rose" right before the percentage: not "rose to 45%".
    want = set(SPELLED) if not query.startswith('"') else {"word", "wire"}
    assert {h.doc for h in res.hits} == want  # never "145%", "1,045 per cent" or "45 people"
    assert res.total == len(want)
    for hit in res.hits:
        text = ws.corpus.article(hit.doc).text  # ``show --json`` ``text``
        written = SPELLED[hit.doc]
        if query.startswith('"'):
            written = "rose " + written  # a phrase is lit whole
        start = text.index(written)
        assert (start, start + len(written)) in hit.spans, query  # the spelling written, whole
        assert written in [hit.snippet[a:b] for a, b in hit.matches]
        assert (start, start + len(written)) in ws.open_article(hit.doc, query).matches  # the reader


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("45", {"people"}),  # the bare number is not a percentage
        ("145%", {"sign", "other"}),  # "145 percent"
        ("1045%", {"other"}),  # "1,045 per cent"
        ("4.5 percent", {"british"}),
        ("percent", {"word", "hyphen", "other"}),  # the word still finds the articles that write it
        ("pct", {"wire"}),
        ("cent", {"british", "other"}),
        ("percentage", {"people"}),  # another word, never read as a percentage
        ("45*", set(SPELLED) | {"people"}),
    ],
)
def test_percentages_stay_their_own_value(ws: Workspace, query: str, want: set[str]) -> None:
    assert {h.doc for h in ws.search(query, limit=None).hits} == want


def test_the_percent_word_is_highlighted_alone(ws: Workspace) -> None:
    hit = next(h for h in ws.search("percent", limit=None).hits if h.doc == "word")
    text = ws.corpus.article("word").text
    assert [text[a:b] for a, b in hit.spans] == ["percent"]


def test_find_in_article_reads_percentages_as_search_does() -> None:
    text = ARTICLES["british"] + ARTICLES["sign"]
    tokens = text_tokens(text)
    assert [text[a:b] for a, b in find_spans(tokens, "45 percent")] == ["45 per cent", "45%"]
    assert [text[a:b] for a, b in find_spans(tokens, "45%")] == ["45 per cent", "45%"]
    assert [text[a:b] for a, b in find_spans(tokens, "cent")] == ["cent", "cent"]


@pytest.mark.parametrize(
    ("query", "want"),
    [
        # Reported (t13ak N13): the index keeps a percentage's words at its one position.
        ('"per cent"', {"british": ["per cent", "per cent"], "other": ["per cent"]}),
        ('"per cent of voters"', {"british": ["per cent of voters"]}),
        ('"per cent were unsure"', {"british": ["per cent were unsure"]}),
    ],
)
def test_a_phrase_of_a_percentages_words_finds_them(ws: Workspace, query: str, want: dict[str, list[str]]) -> None:
    res = ws.search(query, limit=None)
    assert {h.doc for h in res.hits} == set(want)
    for hit in res.hits:
        text = ws.corpus.article(hit.doc).text
        assert [text[a:b] for a, b in hit.spans] == want[hit.doc]  # the words written, not the number
        assert [text[a:b] for a, b in ws.open_article(hit.doc, query).matches] == want[hit.doc]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("per cent", ["per cent", "per cent"]),  # reported: the reader's ctrl+f
        ("per cent of vot", ["per cent of voters"]),  # on past the percentage, the last word typed so far
        ("cent were", ["cent were"]),
    ],
)
def test_find_reads_a_percentages_words_as_words(query: str, found: list[str]) -> None:
    text = ARTICLES["british"]
    assert [text[a:b] for a, b in find_spans(text_tokens(text), query)] == found
