"""Dates in the CLI's text output (issue 17, acceptance tester: `list` cut them to
"2025-03-14T19:5…"): whole, in the library's readable local form."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long and close debate."


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    import time

    time.tzset()
    root = tmp_path / "c"
    root.mkdir()
    (root / "zoned.txt").write_text(f"Zoned\n\nMarch 14, 2025 7:52 PM GMT+9\n\n{BODY}\n", "utf-8")
    (root / "utc.jsonl").write_text(f'{{"title": "Late", "text": "{BODY}", "date": "2025-03-14T20:00:00Z"}}\n', "utf-8")
    (root / "day.md").write_text(f"---\ntitle: Day only\ndate: 2025-03-14\n---\n{BODY}\n", "utf-8")
    (root / "undated.txt").write_text(f"Undated\n\n{BODY}\n", "utf-8")
    yield root
    monkeypatch.delenv("TZ")
    time.tzset()


def test_list_shows_dates_whole_and_readable(capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path) -> None:
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "14 Mar 2025 19:52 " in lines["zoned"]  # the reported value, whole
    assert "15 Mar 2025 05:00 " in lines["utc#1"]  # 20:00 UTC in the local zone
    assert "14 Mar 2025 " in lines["day"]
    assert all("2025-03" not in line and "…" not in line.split(" words")[0] for line in lines.values())
    assert "  -  " in lines["undated"]


def test_show_says_the_date(capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path) -> None:
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "show", "zoned"]) == 0
    assert "·  14 Mar 2025 19:52  ·" in capsys.readouterr().out.splitlines()[1]
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "show", "undated"]) == 0
    assert capsys.readouterr().out.splitlines()[1].count("·") == 2  # outlet, doc, words: no date
