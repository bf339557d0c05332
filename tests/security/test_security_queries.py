"""Queries: whatever is typed returns quickly, with results or a short message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hostile import write

from waic_reader.index.search.whoosh.parser import QueryError
from waic_reader.index.workspace import Workspace

HOSTILE_QUERIES = [
    '"unbalanced',
    "(a OR b",
    "a)",
    "*",
    "**",
    "?",
    "*council",
    "?ouncil",
    "co*ncil",
    "c*",
    "[a TO z]",
    "{a TO z}",
    "title:[a TO z]",
    "content:*",
    "*:*",
    "nosuchfield:x",
    "title:",
    ":",
    "a:b:c",
    "AND",
    "OR OR",
    "NOT",
    "NOT NOT a",
    "a AND",
    "a^999",
    "a~",
    "a~5",
    "'single",
    "\\",
    "\x00",
    "\x1b]0;t\x07",
    "\u202e",
    "[@click=app.quit]x[/]",
    "x" * 600,
    " ".join(["word"] * 60),
    " ".join(f"w{i}*" for i in range(40)),
    " ".join(f"zz{i:03d}*" for i in range(39)),
    '"' + " ".join(["the"] * 100) + '"',
    "(" * 50 + "a" + ")" * 50,
    'entity:"a b"',
    "doc:ab*",
    "title:co* OR outlet:co* OR entity:co*",
    "té*",
    "東京*",
    "🙂",
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    folder = tmp_path_factory.mktemp("corpus")
    # A large vocabulary: thousands of terms sharing prefixes, so unbounded expansion would show.
    for f in range(40):
        words = " ".join(f"co{f:02d}{i:04d} zz{i % 1000:03d}x{f}" for i in range(250))
        write(folder, f"doc{f:02d}.txt", f"# Council story {f}\n\nThe council met. {words}\n")
    workspace = Workspace(folder, index_dir=tmp_path_factory.mktemp("ix"))
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
@pytest.mark.parametrize("typing", [False, True])
def test_hostile_query_returns_quickly(ws: Workspace, query: str, typing: bool) -> None:
    start = time.perf_counter()
    try:
        results = ws.index.search(query, typing=typing, limit=20)
    except QueryError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) < 200
    else:
        assert results.total >= 0
    assert time.perf_counter() - start < 5


def test_rejections_say_why(ws: Workspace) -> None:
    cases = {
        '"a': "quote",
        "(a": "parenthes",
        "*a": "wildcard",
        "*": "prefix",
        "x" * 600: "too long",
        "foo:bar": "unknown field",
        " ".join(["w"] * 50): "too many",
    }
    for query, fragment in cases.items():
        with pytest.raises(QueryError, match=fragment):
            ws.index.search(query)


def test_prefix_expansion_is_bounded(ws: Workspace) -> None:
    start = time.perf_counter()
    results = ws.index.search("co*")
    assert time.perf_counter() - start < 5
    assert len(results.terms) <= 12 * 3  # at most PREFIX_KEEP terms per searched field


def test_many_matches_in_one_article_search_quickly(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "rep.txt", "# Rep\n\n" + "zebra " * 100_000)
    code = (
        "import sys\nfrom waic_reader.index.workspace import Workspace\n"
        "ws = Workspace(sys.argv[1], index_dir=sys.argv[2]); ws.ensure_index()\n"
        "import time; t = time.perf_counter(); ws.index.search('zebra'); print(time.perf_counter() - t)"
    )
    ix = tmp_path / "ix"
    subprocess.run(
        [sys.executable, "-c", code.replace("ws.index.search('zebra'); ", ""), str(folder), str(ix)],
        timeout=60,
        check=True,
        capture_output=True,
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code, str(folder), str(ix)], timeout=8, capture_output=True, text=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail("searching an article with 100k matches took more than 8 s")
    assert float(out.stdout.strip()) < 5
