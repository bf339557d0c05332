"""``quotes --json`` on the articles of acceptance report t13ab L10 (round s36-r).

A partial quote of an anonymous source ("According to a source close to the investigation, …",
"…, a source close to the investigation said.") was in neither a speaker's list nor the
unattributed one: with those two articles alone the document was empty. Each is listed, at least
as unattributed, and never under a name inside the source's phrase.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEAD = "Driver warned before Harnwick crash\n\n"
TAIL = "\n\nThe train derailed near Harnwick on Tuesday, killing seven people.\n"


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("fronted", "trailing", "words"),
    [
        # the reported articles (t13ab repro/v11/a.txt, b.txt)
        (
            'According to a source close to the investigation, the driver "had been warned twice about speeding".',
            'The driver "had been warned twice about speeding", a source close to the investigation said.',
            "had been warned twice about speeding",
        ),
        # variants of my own: other phrases after the source's noun, names inside them
        (
            "According to people familiar with the Westmarch Rail inquiry, the signals “were red for a minute”.",
            "The signals “were red for a minute”, an official with direct knowledge of the inquiry told reporters.",
            "were red for a minute",
        ),
        (
            'According to two engineers speaking on condition of anonymity, the rail "had cracked in the cold".',
            'The rail "had cracked in the cold", one engineer, who asked not to be named, told the Courier.',
            "had cracked in the cold",
        ),
    ],
)
def test_anonymous_sources_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fronted: str, trailing: str, words: str
) -> None:
    data = quotes(tmp_path, capsys, {"a.txt": HEAD + fronted + TAIL, "b.txt": HEAD + trailing + TAIL})
    unattributed = sorted((q["doc"], q["kind"]) for q in data["unattributed"] if words in q["text"])
    assert unattributed == [("a", "partial"), ("b", "partial")], data
    assert not any(words in q["text"] for sp in data["speakers"] for q in sp["quotes"]), data
