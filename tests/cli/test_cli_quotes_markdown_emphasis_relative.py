"""`quotes --json` on the Markdown shapes of acceptance report t13w F4 (people and outlets
invented): Markdown emphasis (``*x*``, ``_x_``, ``**x**``) inside a speech cue's audience or a
speaker's phrase does not stop attribution ("told *Chemical Week Review* that "…"" is Solberg's
words, as without the asterisks), and a speaker named right before a non-restrictive relative
clause ("…, welcomed by Mayor Ilse Brandvold, who said the money "…"") speaks it however long
the sentence before the name is (a long front-matter article lost it: the clause before the
name ran past the subject's word limit)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FRONT = "---\ntitle: Inspectors question the plant\n---\n\n# Inspectors question the plant\n\n"
FILES = {
    # F4, as reported (v3/a.md)
    "a.md": FRONT + 'Inspector Henrik Solberg told *Chemical Week Review* that "warning signs were there for anyone '
    'who looked."\n',
    # emphasis variants: strong, underscore, emphasis on the speaker's own phrase
    "b.md": FRONT + 'Engineer Marta Lindqvist told **The Harbour Gazette** that "the valves were never tested."\n\n'
    'Auditor Paolo Ferri told _Rivista Chimica_ the plant "had no working alarms".\n\n'
    'Chief inspector *Anna Kovacs* said the report "came far too late".\n',
    # F4 (v3b): a longer sentence before the name of a relative clause's speaker
    "c.md": FRONT + "The company's pledge of €5m for victims' families was welcomed by Mayor Ilse Brandvold, "
    'who said the money "cannot replace anyone".\n',
    # variants: other names, a list and heading before, a "told" cue, an adverb after "who"
    "d.md": FRONT + "## Reactions\n\n- The plant was built in 1962.\n- About 650 people work there.\n\n"
    "The regional council's decision to reopen the harbour's northern quay next month was criticised by "
    'fisherman Jonas Berg, who told reporters the plan was "reckless and rushed".\n\n'
    "A new report on the ageing pipes of the old eastern district was presented on Tuesday by engineer "
    'Keiko Tanaka, who later said that "nobody had checked them in years".\n',
}
EXPECTED = {
    ("a", "Henrik Solberg", "warning signs were there for anyone who looked"),
    ("b", "Marta Lindqvist", "the valves were never tested"),
    ("b", "Paolo Ferri", "had no working alarms"),
    ("b", "Anna Kovacs", "came far too late"),
    ("c", "Ilse Brandvold", "cannot replace anyone"),
    ("d", "Jonas Berg", "reckless and rushed"),
    ("d", "Keiko Tanaka", "nobody had checked them in years"),
}


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *command: str) -> dict[str, Any]:
    root = tmp_path / "c"
    if not root.exists():
        root.mkdir()
        for name, text in FILES.items():
            (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), *command, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_emphasis_and_relative_clause_speakers_are_attributed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run(tmp_path, capsys, "quotes")
    found = {(q["doc"], s["name"], q["text"]) for s in data["speakers"] for q in s["quotes"]}
    for doc, name, words in EXPECTED:
        assert any(d == doc and n == name and words in t for d, n, t in found), (doc, name, words, found)


def test_quote_offsets_point_into_the_markdown_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run(tmp_path, capsys, "quotes")
    quotes = [q for s in data["speakers"] for q in s["quotes"]] + data["unattributed"]
    assert quotes
    texts = {doc: run(tmp_path, capsys, "show", doc)["text"] for doc in {q["doc"] for q in quotes}}
    for q in quotes:
        # the quote's words as the article writes them, emphasis markers kept
        assert texts[q["doc"]][q["start"] : q["end"]] == q["text"]


def test_a_quote_keeps_emphasis_markers_only_in_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Review s33-r: a quote whose bold closed after its comma came out "**We will rebuild…": a
    marker is kept at a quote's ends only with its pair at the other end (its offsets); its
    ``text`` shows none since round s50-q (issue #16: Markdown emphasis markers never reach a
    statement's text, as the text output and the Quotes screen show it)."""
    root = tmp_path / "c"
    root.mkdir()
    (root / "vow.md").write_text(
        '# Town vows\n\n"**We will rebuild every home in this town,**" said Mayor Ilse Brandvold on Friday.\n\n'
        '"*We will not leave anyone behind in the valley at all*," said Tor Eik.\n\n'
        '"We **will** stay," said Ane Berge.\n',
        "utf-8",
    )
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    said = {s["name"]: [q["text"] for q in s["quotes"]] for s in data["speakers"]}
    assert said["Ilse Brandvold"] == ["We will rebuild every home in this town"]
    assert said["Tor Eik"] == ["We will not leave anyone behind in the valley at all"]
    assert said["Ane Berge"] == ["We will stay"]
    text = (root / "vow.md").read_text("utf-8")
    spans = {s["name"]: [text[q["start"] : q["end"]] for q in s["quotes"]] for s in data["speakers"]}
    assert spans["Tor Eik"] == ["*We will not leave anyone behind in the valley at all*"]
    assert spans["Ane Berge"] == ["We **will** stay"]
