"""``timeline`` (text) pads its columns by terminal cells, as ``list`` does (acceptance s14 #6):
full-width "Ｒｅｕｔｅｒｓ" and "共同通信" take two cells a character, and padding them by
characters pushed their rows' doc ids and titles out of line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def _timeline_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str], records: list[dict[str, str]]) -> list[str]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "r.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "timeline"]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if " r#" in line]


def _record(i: int, outlet: str, title: str) -> dict[str, str]:
    return {
        "title": title,
        "source": outlet,
        "date": f"2025-03-14T1{i}:00:00Z",
        "text": f"The ferry service resumed on day {i} after repairs to the pier, officials said.",
    }


def _doc_cells(line: str) -> int:
    return cell_len(line[: line.index(" r#") + 1])


@pytest.mark.parametrize(
    "outlets",
    [
        ["Ｒｅｕｔｅｒｓ", "共同通信", "AP"],  # reported
        ["新华社新华社新华社新华社新华社新华社", "Reuters", "😀 Emoji News"],  # cut at 18 cells, emoji
        ["Kyodo", "聯合ニュース", "Agence France-Presse International Desk"],
    ],
)
def test_doc_ids_and_titles_line_up_in_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], outlets: list[str]
) -> None:
    lines = _timeline_lines(tmp_path, capsys, [_record(i, o, f"題 {i}") for i, o in enumerate(outlets)])
    assert len(lines) == 3
    assert len({_doc_cells(line) for line in lines}) == 1
    assert len({cell_len(line[: line.index("題")]) for line in lines}) == 1
    assert all(_doc_cells(line) <= len("14 Mar 2025 10:00  ") + 18 + 2 for line in lines)  # outlets cut at 18 cells
