"""A range query is refused with a short message, as the README's Security section promises
("Wildcards inside words, ranges and match-everything queries are refused").

Reported (tester t13ag N14): ``search 'title:[a TO z]'`` and ``search '[a TO z]'`` answered
"0 articles match", exit 0, no message: whoosh's range plugin is removed, so the brackets were
dropped and "a TO z" searched as words. Every form of whoosh's range syntax is refused, in the
CLI (exit 1, one line on stderr) and in the app's search (its error in place of the results);
brackets around words that are no range still search the words. The articles are written for
this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.errors import QueryError
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

ARTICLES = {
    "a": "Toll rises to nine\n\nThe toll rose from seven to nine, officials said in Dhaka on Friday.\n",
    "b": "Bold notes\n\nThe notes were written in [bold] letters, the inspector said.\n",
}

RANGES = [
    "title:[a TO z]",  # reported
    "[a TO z]",  # reported
    "{a TO z}",  # exclusive ends
    "[2020 TO 2021}",  # mixed ends, numbers
    "date:[2020 TO 2021]",  # a field no index has (a date field taking ranges does not exist)
    "toll outlet:[a to]",  # open end, lower-case "to", after a word
    "(nine OR [TO z])",  # open start, inside a group
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("ranges"), ARTICLES)


@pytest.mark.parametrize("query", RANGES)
def test_a_range_is_refused_with_a_short_message(ws: Workspace, query: str) -> None:
    for typing in (False, True):
        with pytest.raises(QueryError, match=r"^ranges \(\[a TO z\]\) cannot be searched") as exc:
            ws.search(query, typing=typing, limit=None)
        assert "\n" not in str(exc.value) and len(str(exc.value)) < 100


def test_brackets_that_are_no_range_still_search_the_words(ws: Workspace) -> None:
    assert [h.doc for h in ws.search("[bold]", limit=None).hits] == ["b"]
    assert [h.doc for h in ws.search('"seven to nine"', limit=None).hits] == ["a"]
    assert [h.doc for h in ws.search('"[a TO z]" OR toll', limit=None).hits] == ["a"]  # quoted: words


@pytest.mark.parametrize("query", ["title:[a TO z]", "[a TO z]", "{a TO z}"])
def test_the_cli_refuses_a_range_with_exit_status_1(
    ws: Workspace, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = Path(ws.corpus.root)
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "index"), "search", query, "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert (
        captured.err.splitlines()[0] == "waic-reader: ranges ([a TO z]) cannot be searched: type the words themselves"
    )
