"""A Windows line break (CRLF) inside a record's title or outlet is whitespace in every one-line
form, as the LF alone is (review s50-rv2 #5, round s50-fx3: `list` and `search` showed "Valley␍
Times … Storm hits coast␍ ferries halted"); a lone control still shows by its stand-in
(tests/cli/test_cli_compare_controls_shown.py, round s50-u)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.text import one_line
from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("record", "outlet", "title", "query"),
    [
        (  # reported
            {
                "id": "r1",
                "title": "Storm hits coast\r\nferries halted",
                "text": "Heavy rain closed three ferry routes on Tuesday,\r\nthe port authority said. Crews cleared the"
                " quays by evening.",
                "outlet": "Valley\r\nTimes",
                "author": "Anna Lee",
            },
            "Valley Times",
            "Storm hits coast ferries halted",
            "ferry",
        ),
        (
            {
                "id": "r2",
                "title": "Mine reopens \r\n after flood",
                "text": "The copper mine reopened on Friday after the flood waters fell, the owners said.",
                "outlet": "Andean\r\n\r\nPost",
            },
            "Andean Post",
            "Mine reopens after flood",
            "copper",
        ),
    ],
)
def test_a_crlf_in_a_records_fields_is_a_space_in_list_and_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: dict[str, str], outlet: str, title: str, query: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "feed.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    ix = str(tmp_path / "ix")
    for args in (["list"], ["search", query]):
        assert main([*args, "--corpus", str(root), "--index-dir", ix]) == 0
        out = capsys.readouterr().out
        assert "␍" not in out and "\r" not in out, out
        assert outlet in out and title in out, out


def test_one_line_collapses_crlf_and_keeps_a_lone_cr() -> None:
    assert one_line("Rain\r\nfell\r\n\r\nagain") == "Rain fell again"
    assert one_line("a\rb") == "a\rb"
