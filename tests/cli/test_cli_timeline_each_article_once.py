"""``timeline --json`` names each article once: ``tied`` never repeats an article nor names the
first's own (a wire's three values stamped with one time were three ties of itself, t13p F13);
its keys stay as they were."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# reuters-a: 3, 5 and 7 dead at 14:40; reuters-b: 7 at 14:40 (one outlet, two articles); ap: 5
# and 7 at 16:00.
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "timeline_each_article_once"

pytestmark = pytest.mark.usefixtures("utc")


def timeline_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    root = tmp_path / "c"
    shutil.copytree(FIXTURE, root)
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "timeline", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_ties_name_each_article_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = timeline_json(tmp_path, capsys)
    toll = data["first"]["death toll"]
    assert toll["doc"] == "reuters-a"
    assert toll["tied"] == ["reuters-b"]
    for label, first in data["first"].items():
        assert len(first["tied"]) == len(set(first["tied"])) and first["doc"] not in first["tied"], label
        assert set(first) == {"doc", "date", "tied"}
    for label, steps in data["changes"].items():
        for step in steps:
            assert len(step["tied"]) == len(set(step["tied"])) and step["doc"] not in step["tied"], label
    assert set(data) == {"articles", "first", "range", "changes"}
