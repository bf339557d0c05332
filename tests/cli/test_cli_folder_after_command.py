"""`--corpus` and `--index-dir` may follow the command as well as precede it (acceptance s10 #11:
`waic-reader list --corpus MAIN` failed with "unrecognized arguments"); given after the command
they win, and not given there the value before the command stands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

TEXT = "The harbour council approved the ferry plan after a long debate about fares and routes.\n"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, name in ((a, "ferry.txt"), (b, "bridge.txt")):
        folder.mkdir()
        (folder / name).write_text(TEXT, "utf-8")
    return a, b, tmp_path / "idx"


def _docs(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[str]:
    assert main(argv) == 0
    return [r["doc"] for r in json.loads(capsys.readouterr().out)["articles"]]


def test_corpus_after_the_command(capsys: pytest.CaptureFixture[str], folders: tuple[Path, Path, Path]) -> None:
    a, b, idx = folders
    assert _docs(capsys, ["list", "--corpus", str(a), "--index-dir", str(idx / "1"), "--json"]) == ["ferry"]
    assert _docs(capsys, ["--corpus", str(a), "list", "--index-dir", str(idx / "2"), "--json"]) == ["ferry"]
    # after the command wins over before it
    assert _docs(capsys, ["--corpus", str(a), "list", "--corpus", str(b), "--index-dir", str(idx / "3"), "--json"]) == [
        "bridge"
    ]


def test_search_takes_the_folder_after_its_query(
    capsys: pytest.CaptureFixture[str], folders: tuple[Path, Path, Path]
) -> None:
    a, _b, idx = folders
    assert main(["search", "ferry", "--corpus", str(a), "--index-dir", str(idx), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [h["doc"] for h in out["hits"]] == ["ferry"]
