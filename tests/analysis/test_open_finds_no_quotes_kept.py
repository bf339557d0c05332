"""Opening an indexed article, with or without a search to light, finds no quote and runs no
recogniser (t13aa K11: a 2 MB one-paragraph article's first open from a search cost minutes of
CPU: every lit search looked for its ``said:`` spans, which found every quote of the article,
although the index keeps its quotes and the search asked for none). The quotes the reader tints
and a ``said:`` search lights are the index's, equal to those found again."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes import recognise
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.workspace import Workspace

# Three layouts of quoted speech: a wire story, a Markdown page, a one-paragraph blog post.
ARTICLES = {
    "wire.txt": (
        "Ferry operator suspends Halvi crossing after engine fire\n\n"
        "HALVI, March 3 (Reuters) - The ferry operator Nordlink suspended its Halvi crossing on Monday.\n\n"
        '"We will not sail until every engine has been inspected," said Ingrid Sorvaag, chief executive '
        'of Nordlink. "Safety comes first."\n\n'
        "Harbour Master Hiroshi Ueda said the fire was put out within twenty minutes.\n"
    ),
    "page.md": (
        "# Bridge at Corvenna stays shut\n\n"
        "*By Lena Fox, Coastal Times*\n\n"
        'The Corvenna Bridge did not reopen on Tuesday. "The joints are cracked," the engineer Greta Solberg '
        "told reporters on Tuesday.\n\n"
        '"It was frightening," said commuter Marta Eklund.\n'
    ),
    "blog.txt": (
        "Storm diary\n\n"
        "The storm reached Lindmark at noon and the mayor Tomas Brandt said the schools would close, "
        'while "nobody should travel tonight," the police chief Anja Rask told the Echo, and the '
        "council said the roads would be gritted before dawn.\n"
    ),
}


def _count(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original_find, original_recognise = recognise.find_quotes, Recognizer.recognize

    def finding(article, mentions, noise=()):  # type: ignore[no-untyped-def]
        calls.append(f"quotes {article.doc}")
        return original_find(article, mentions, noise)

    def recognising(self, article, noise_spans=()):  # type: ignore[no-untyped-def]
        calls.append(f"names {article.doc}")
        return original_recognise(self, article, noise_spans)

    monkeypatch.setattr(recognise, "find_quotes", finding)
    monkeypatch.setattr(Recognizer, "recognize", recognising)
    return calls


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, dict[str, list[object]]]:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    ws = Workspace(root, tmp_path / "index")
    ws.ensure_index()
    found: dict[str, list[object]] = {}
    for doc in ws.docs:
        analysis = ws.analyser.analyse(ws.corpus.article(doc), use_kept=False)
        found[doc] = list(find_quotes(analysis.article, analysis.mentions, analysis.noise_spans()))
    assert all(found.values())  # quotes to keep: the test can fail
    return root, tmp_path / "index", found


@pytest.mark.parametrize("query", ["Tuesday", '"the engineer"', "who:Sorvaag", "crossing OR storm"])
def test_opening_with_a_search_finds_no_quote(
    built: tuple[Path, Path, dict[str, list[object]]], query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, index, _found = built
    ws = Workspace(root, index)  # a new process, as the app after a build
    ws.ensure_index()
    calls = _count(monkeypatch)
    for doc in ws.docs:
        ws.check_article(doc)
        for typing in (False, True):
            ws.open_article(doc, query, typing=typing)
    assert calls == []


def test_the_quotes_tinted_and_said_lit_are_the_kept_ones(
    built: tuple[Path, Path, dict[str, list[object]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, index, found = built
    ws = Workspace(root, index)
    ws.ensure_index()
    calls = _count(monkeypatch)
    for doc, quotes in found.items():
        opened = ws.open_article(doc, "said:Sorvaag OR said:Solberg OR said:Rask")
        assert opened.analysis.quotes == quotes  # the reader's tints (quotes on)
    assert calls == []
    assert ws.open_article("wire", "said:Sorvaag").matches  # the said: spans are lit from them
    assert ws.open_article("page", "said:Solberg").matches
    assert calls == []


def test_an_edited_article_finds_its_quotes_again(
    built: tuple[Path, Path, dict[str, list[object]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, index, _found = built
    ws = Workspace(root, index)
    ws.ensure_index()
    path = root / "wire.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Monday", "Sunday"), encoding="utf-8")
    calls = _count(monkeypatch)
    ws.check_article("wire")
    quotes = ws.open_article("wire").analysis.quotes
    assert quotes and "quotes wire" in calls  # never the old text's quotes
