"""`compare`'s JSON keeps an escape sequence in the sentence it sits in, as the file writes it, and
the Markdown export shows its stand-in there (tester t13ax N9: the JSON sentence began at "[31m",
its ESC outside, and "[0m" was an "only in A" sentence, in the export too: `| \\[0m |  | — |`).
Input: the tester's forum post and Reuters story (copied from its corpus)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ax_n9"
SENTENCE = "The fire service has not confirmed these figures."


def test_json_and_export_keep_the_sequence_in_its_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus)
    ix = str(tmp_path / "ix")
    args = ["compare", "misc/hostile-forum", "wire/reuters-0314", "--corpus", str(corpus), "--index-dir", ix]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = [p["a"]["text"] for p in data["pairs"]] + [s["text"] for s in data["only_a"]]
    assert f"\x1b[31m{SENTENCE}\x1b[0m" in texts
    assert not any(t.lstrip("\x1b").strip() == "[0m" for t in texts)
    out = tmp_path / "cmp.md"
    assert main([*args, "--markdown", str(out)]) == 0
    md = out.read_text("utf-8")
    assert f"␛\\[31m{SENTENCE}␛\\[0m" in md or f"␛[31m{SENTENCE}␛[0m" in md, md[:2000]
    assert "| \\[0m |" not in md and "\x1b" not in md
