"""``quotes --json`` and ``quotes --markdown`` mark what was altered in every member of an
``altered`` statement (t13z H19, repro/v26): a word one outlet drops ("will still be treated" →
"will be treated") is ``changed`` in the members that have it and bold in the export; a
substituted word on both sides ("treated" / "seen"). Before, a dropped word was marked nowhere
(every member had ``changed: []``) and a substitution only on the new word's side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# t13z repro/v26: the same words credited to two people (a, b) and, in c, a lone surname
A = (
    'Minister on Velmont\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - "Patient safety comes first, and every '
    'emergency will still be treated," said Health Minister Aurelia Stanning.\n'
)
B = (
    'Velmont chief speaks\n\nKESTERBRIDGE, March 12, 2026 (Dayline) - "Patient safety comes first, and every '
    'emergency will still be treated," said Miriam Okafor, the trust chief executive.\n'
)
C = (
    'Velmont: the words\n\nKESTERBRIDGE, March 13, 2026 (Herald) - "Patient safety comes first and every '
    'emergency will be treated," Stanning told the Herald.\n'
)


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> tuple[dict, str]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "i")]
    assert main([*base, "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    target = tmp_path / "q.md"
    assert main([*base, "quotes", "--markdown", str(target)]) == 0
    capsys.readouterr()
    return data, target.read_text(encoding="utf-8")


def changed(data: dict) -> dict[str, list[str]]:
    (st,) = [st for st in data["statements"] if st["wording"] == "altered"]
    return {m["doc"]: [c["text"] for c in m["changed"]] for m in st["members"]}


@pytest.mark.parametrize(
    ("files", "want", "bold"),
    [
        # the reported input: c drops "still"
        ({"a": A, "b": B, "c": C}, {"a": ["still"], "b": ["still"], "c": []}, ["will **still** be treated"]),
        # the reporter's variant: "treated" replaced by "seen"
        (
            {"a": A, "b": B, "c": C.replace("will be treated", "will still be seen")},
            {"a": ["treated"], "b": ["treated"], "c": ["seen"]},
            ["will still be **treated**", "will still be **seen**"],
        ),
        # a variant of my own: other names, curly marks, two outlets, dropped words the quote
        # has elsewhere ("every passenger")
        (
            {
                "x": "Ferry\n\nThe ferry ran aground.\n\n“Every passenger was taken off the ferry and every "
                "passenger is safe now,” harbour master Olav Dahl said.\n",
                "y": "Ferry aground\n\nThe ferry ran aground.\n\n“Every passenger was taken off the ferry and is "
                "safe now,” said harbour master Olav Dahl.\n",
            },
            {"x": ["every", "passenger"], "y": []},
            ["ferry and **every passenger** is safe"],
        ),
    ],
)
def test_altered_words_marked_in_every_member(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], want: dict, bold: list[str]
) -> None:
    data, md = run(tmp_path, capsys, files)
    assert changed(data) == want
    for words in bold:
        assert words in md, md
