"""A match-everything query is refused with words that say what was refused, why, and what to
type instead (tester t13ai N17: ``search '*'`` answered "a prefix needs at least 2 letters
before *", a rule about prefixes the user never typed). A lone star in any place (bare, twice, in
a field, Lucene's ``*:*``, in a group, beside a word) is that refusal; a prefix too short is still
the prefix rule, and a real prefix is searched. The articles are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.errors import QueryError
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

ARTICLES = {
    "a": "Typhoon nears the coast\n\nThe typhoon brought heavy rain to the coast, the weather office said.\n",
    "b": "Ferries stop\n\nFerries stopped running on Monday, the port authority said.\n",
}

EVERYTHING = [
    "*",  # reported
    "who:*",  # a field's value
    "*:*",  # Lucene's match-all
    "(*)",  # inside a group
    "ferries *",  # beside a word
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("everything"), ARTICLES)


@pytest.mark.parametrize("query", EVERYTHING)
def test_a_lone_star_is_refused_as_matching_everything(ws: Workspace, query: str) -> None:
    for typing in (False, True):
        with pytest.raises(QueryError) as exc:
            ws.search(query, typing=typing, limit=None)
        said = str(exc.value)
        assert said.startswith("a lone * would match every article"), said
        assert "typh*" in said and "`list`" in said  # what to type instead
        assert "prefix needs" not in said


def test_a_short_prefix_keeps_the_prefix_rule_and_a_prefix_is_searched(ws: Workspace) -> None:
    with pytest.raises(QueryError, match=r"^a prefix needs at least 2 letters before \*"):
        ws.search("t*", limit=None)
    assert [h.doc for h in ws.search("typh*", limit=None).hits] == ["a"]


def test_the_cli_refuses_a_lone_star_with_exit_status_1(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(ws.corpus.root)
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "index"), "search", "*"])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert captured.err.splitlines()[0].startswith("waic-reader: a lone * would match every article")
