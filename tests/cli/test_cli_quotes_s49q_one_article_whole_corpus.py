"""`quotes DOC --json` gives the article's part of the whole listing, exactly (round s49-q, issue
#16 fault 5). It reads the whole corpus for it, and must: a speaker's name is settled over every
article's speakers (a lone surname joins the one full name that ends with it, none when two do:
`merge.merge_speakers`), over every article's mentions (the corpus grouping), and over every
article's outlet spelling. These tests pin that the part equals the whole's slice, for each
article, and that another article's speaker alone can change how the chosen article's is named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "lone.txt": "Port update\n\nUeda said the cranes would be back in service by Friday.\n",
    "full.txt": "Port\n\nPort director Hiroshi Ueda said the berths were cleared.\n",
    "other.txt": "Harbour\n\nHarbour pilot Kenji Ueda told reporters the channel was open again.\n",
    "wrap.txt": (
        "Crane\n\nThe harbour master, Ingrid Solberg, said the crane was old and that its\n"
        "rails were last checked by the engineer Kim Rask in May. She said repairs\n"
        "would take several weeks.\n"
    ),
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *docs: str) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir(exist_ok=True)
    for old in root.iterdir():
        old.unlink()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", *docs, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _of(data: dict[str, Any], doc: str) -> list[tuple[str, str, str]]:
    return sorted((s["name"], q["doc"], q["text"]) for s in data["speakers"] for q in s["quotes"] if q["doc"] == doc)


@pytest.mark.parametrize("doc", ["lone", "full", "other", "wrap"])
def test_one_article_is_its_part_of_the_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str) -> None:
    whole = _run(tmp_path, capsys, FILES)
    one = _run(tmp_path, capsys, FILES, doc)
    assert _of(one, doc) == _of(whole, doc)
    assert _of(one, doc)


def test_another_article_s_speaker_settles_the_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # with one Ueda named in full the lone "Ueda" is Hiroshi Ueda; with two, no one: the whole
    # corpus's speakers are needed to name the one article's
    two = {k: v for k, v in FILES.items() if k != "other.txt"}
    assert {n for n, _, _ in _of(_run(tmp_path, capsys, two, "lone"), "lone")} == {"Hiroshi Ueda"}
    assert {n for n, _, _ in _of(_run(tmp_path, capsys, FILES, "lone"), "lone")} == {"Ueda"}
