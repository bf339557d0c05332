"""`list` (text) aligns its columns in terminal cells: doc ids of different lengths, CJK outlets
and titles (two cells a character), control characters shown as stand-ins; `noise` (text)
says "1 noise block"."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from waic_reader.tui.cli.main import main
from waic_reader.tui.cli.output import text_columns


def write_corpus(root: Path) -> Path:
    root.mkdir()
    (root / "a.txt").write_text(
        "上海举办世界人工智能大会\n\n上海举办世界人工智能大会，很多公司参加。\n", encoding="utf-8"
    )
    (root / "a_much_longer_document_id_2025.txt").write_text("Short title\n\nA short text.\n", encoding="utf-8")
    (root / "b7.txt").write_text("대한민국 인공지능 회의가 열렸다\n\n회의가 열렸다.\n", encoding="utf-8")
    (root / "corpus.yaml").write_text(
        "articles:\n  a.txt:\n    outlet: 新华社\n    date: 2025-07-26\n"
        "  a_much_longer_document_id_2025.txt:\n    outlet: Reuters\n  b7.txt:\n    outlet: 연합뉴스\n",
        encoding="utf-8",
    )
    return root


def test_list_columns_align_in_cells(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    assert main(["--corpus", str(corpus), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    outlets = ("新华社", "Reuters", "연합뉴스")
    by_outlet = {o: next(text for text in lines if o in text) for o in outlets}
    # Each column starts at the same terminal cell on every line.
    assert len({cell_len(text[: text.index(o)]) for o, text in by_outlet.items()}) == 1, lines
    assert len({cell_len(text[: text.index(" words")]) for text in lines}) == 1, lines  # right-aligned
    assert all(" words  " in text for text in lines)


def test_text_columns_cut_by_cells_and_right_align() -> None:
    rows = [["x", "上海上海上海", "7"], ["longer-id", "ab", "1234"]]
    lines = text_columns(rows, caps=(None, 5, None), right=(False, False, True))
    assert lines == ["x          上海…     7", "longer-id  ab     1234"]
    assert text_columns([], caps=()) == []


def test_noise_text_says_one_block_in_the_singular(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Ferry vote\n\nThe board approved the new ferry terminal after a long and close debate on Tuesday.\n\n"
        "Copyright 2025 Quillmoor Media Group. All rights reserved.\n",
        encoding="utf-8",
    )
    assert main(["--corpus", str(corpus), "noise", "a"]) == 0
    out = capsys.readouterr().out
    assert ", 1 noise block\n" in out and "1 noise blocks" not in out


def test_list_and_show_say_one_word_in_the_singular(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "one.txt").write_text("Ferries.\n", encoding="utf-8")
    (corpus / "two.txt").write_text("Two ferries.\n", encoding="utf-8")
    assert main(["--corpus", str(corpus), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert " 1 word  " in lines[0] and " 2 words  " in lines[1], lines
    assert main(["--corpus", str(corpus), "show", "one"]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith("·  1 word")
