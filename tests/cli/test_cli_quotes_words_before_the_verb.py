"""`quotes DOC --json` on the acceptance tester's article (t13g F7): each council statement with
words between "The regional council" and "said" is listed (unattributed: no council is named),
none under the earlier speakers Hegge and Brakstad; with the council named, it is credited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# /tmp/h13g/scratch4/q.txt of the report: each council sentence follows a named speaker's.
ARTICLE = (
    "Council statements on the mine\n\n"
    '"We followed every rule," said chief executive Lars Hegge on Sunday. The regional council, however, '
    "said that no worker had contacted it.\n\n"
    "Hegge said the letters had been answered. The regional council, which runs the sports hall, said it "
    "would stay open all week.\n\n"
    "Union leader Hilde Brakstad said members were afraid. The regional council on Friday said the union "
    "had not raised the issue.\n\n"
    "Brakstad warned of a strike. The regional council has said it will not intervene.\n\n"
    "Hegge said the mine was safe. The regional council, in a statement, said the mine should stay closed.\n\n"
    '"This is a disgrace," Brakstad said. The regional council also warned that further collapses were '
    "possible.\n\n"
    "Hegge said the company would appeal. Hegge, however, said that he respected the inquiry.\n"
)
COUNCIL_SAID = [
    "no worker had contacted it",
    "it would stay open all week",
    "the union had not raised the issue",
    "it will not intervene",
    "the mine should stay closed",
    "further collapses were possible",
]


def quotes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "q.txt").write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "q", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_the_reported_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(tmp_path, capsys, ARTICLE)
    by = {s["name"]: [q["text"] for q in s["quotes"]] for s in data["speakers"]}
    assert [q["text"] for q in data["unattributed"]] == COUNCIL_SAID
    assert by["Lars Hegge"] == [
        "We followed every rule",
        "the letters had been answered",
        "the mine was safe",
        "the company would appeal",
        "he respected the inquiry",
    ]
    assert not any(t in texts for texts in by.values() for t in COUNCIL_SAID)


def test_the_council_the_article_names_is_credited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Orvane named more often than the council: ", in a statement," was credited to it.
    text = (
        ARTICLE.replace("Council statements on the mine\n\n", "The Halvern Regional Council met on Thursday.\n\n")
        .replace("chief executive", "Orvane chief executive")
        .replace("the company would appeal", "Orvane would appeal")
        .replace("the mine was safe", "the Orvane mine was safe")
    )
    data = quotes_json(tmp_path, capsys, text)
    by = {s["name"]: [q["text"] for q in s["quotes"]] for s in data["speakers"]}
    assert by["Halvern Regional Council"] == COUNCIL_SAID
    assert data["unattributed"] == []
