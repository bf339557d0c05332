"""t13q F4 through the CLI: ``noise DOC --json`` on the tester's clean explainer
(data/clean-explainer.txt) lists no noise, "Credit: the cantonal government's emergency fund will
pay for the funerals, the canton said." among its content. The rule and its variants are tested
in tests/analysis/test_noise_caption_cue_sentence.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30i"


def test_noise_json_finds_no_noise_in_the_clean_explainer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(FIXTURES / "clean-explainer.txt", folder / "clean-explainer.txt")
    argv = ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "noise", "clean-explainer", "--json"]
    assert main(argv) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    assert out["noise"] == []
    line = "Credit: the cantonal government's emergency fund will pay for the funerals, the canton said."
    assert line in {b["text"] for b in out["content"]}
