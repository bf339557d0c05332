"""``facts`` (text output) counts the single-source figures in words that agree with the count
(t13w F11: "1 more figures reported by a single article"); none at all is no line."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

SHARED = "The blast killed 5 people, officials said.\n"


def facts_text(tmp_path: Path, capsys: pytest.CaptureFixture[str], extras: list[str]) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Plant blast\n\n{SHARED}", encoding="utf-8")
    (corpus / "b.txt").write_text(f"Blast at plant\n\n{SHARED}" + "".join(extras), encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_one_single_source_figure_is_one_more_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = facts_text(tmp_path, capsys, ["About 1,800 residents were evacuated.\n"])
    assert "\n1 more figure reported by a single article (--json lists them)" in out
    assert "more figures" not in out


def test_two_single_source_figures_are_more_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = facts_text(tmp_path, capsys, ["About 1,800 residents were evacuated.\n", "The plant employs 650 workers.\n"])
    assert "\n2 more figures reported by a single article (--json lists them)" in out


def test_no_single_source_figure_is_no_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = facts_text(tmp_path, capsys, [])
    assert "death toll" in out
    assert "reported by a single article" not in out
