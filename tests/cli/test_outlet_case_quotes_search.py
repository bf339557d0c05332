"""Outlets differing only in case are one outlet in the quotes and in search too (acceptance s9b:
`list`, the timeline and the fact sheet merged "Reuters"/"reuters"/"REUTERS", while the quotes
and search hits named each article's own spelling), through the one OutletSpelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.export import quotes_markdown
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

NOTES = {
    "a": (
        "Reuters",
        'Ferry chief resigns\n\nThe ferry chief resigned on Friday. "I take responsibility," chief executive Dana Morrow said.\n',
    ),
    "b": (
        "reuters",
        'Ferry inquiry opens\n\nThe inquiry opened on Monday. "We will find the cause," inspector Lars Holm said.\n',
    ),
    "c": (
        "REUTERS ",
        'Ferry toll rises\n\nThe toll rose again. "It is a dark day," mayor Kari Berg said at the harbour.\n',
    ),
    "d": (
        "AP",
        'Ferry raised\n\nThe wreck was raised. "It took all night," diver Ola Nilsen said on Sunday morning.\n',
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for doc, (outlet, text) in NOTES.items():
        (root / f"{doc}.md").write_text(f"---\noutlet: {outlet}\n---\n{text}", "utf-8")
    return root


def run(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), *args]) == 0
    return capsys.readouterr().out


def test_quotes_name_one_outlet_in_text_markdown_and_the_sheet(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = run(tmp_path, corpus, capsys, "quotes")
    # one spelling, and the three articles told apart by their ids as the export and the screen do (t13k F10)
    assert "reuters" not in text and "REUTERS" not in text
    assert all(f"Reuters ({d}) 1" in text for d in "abc"), text
    sheet = Workspace(corpus, tmp_path / "ix2").quotes()
    assert {sheet.label(d) for d in "abc"} == {"Reuters"} and sheet.label("d") == "AP"
    md = quotes_markdown(sheet)
    assert "Reuters \\(b\\)" in md and "reuters \\(b\\)" not in md and "REUTERS" not in md


def test_search_hits_name_one_outlet_and_any_case_finds_them(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for query in ("outlet:reuters", "outlet:REUTERS", "ferry"):
        hits = json.loads(run(tmp_path, corpus, capsys, "search", query, "--json"))["hits"]
        reuters = [h for h in hits if h["doc"] in "abc"]
        assert len(reuters) == 3 and {h["outlet"] for h in reuters} == {"Reuters"}, query


def test_the_spelling_follows_the_corpus_when_it_changes(tmp_path: Path, corpus: Path) -> None:
    ws = Workspace(corpus, tmp_path / "ix")
    ws.ensure_index()
    ws.list_rows()
    assert {h.outlet for h in ws.search("ferry").hits} == {"Reuters", "AP"}
    for doc in "ae":  # now "reuters" is the most common spelling
        (corpus / f"{doc}.md").write_text(f"---\noutlet: reuters\n---\n{NOTES['a'][1]}", "utf-8")
    ws.update_index(ws.rescan())
    ws.list_rows()
    assert {h.outlet for h in ws.search("ferry").hits} == {"reuters", "AP"}
