"""A user gazetteer edited while the process runs (issue 15, s40-z2's open kind): the process's
recogniser kept the names it was built with, so the next ``entities`` call in the same process
(the app's entity panel, the CLI called in-process) gave the old gazetteer's names. A changed
gazetteer (its bytes' stamp) is seen by the next analysis, without a restart."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.tui.cli.main import main

TEXT = "Gazipur report\n\nThe Garment Boss spoke to reporters in Gazipur on Monday, and workers listened.\n"


def _names(capsys: pytest.CaptureFixture[str], corpus: Path, index_dir: Path) -> dict[str, list[str]]:
    """Each entity's name -> the texts of its mentions, as ``entities --json`` gives them."""
    assert main(["--corpus", str(corpus), "--index-dir", str(index_dir), "entities", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return {e["name"]: sorted({m["text"] for m in e["mentions"]}) for e in data["entities"]}


def _entry(name: str, aliases: str) -> str:
    return f"entities:\n  - {{name: {name}, type: PERSON, aliases: [{aliases}]}}\n"


@pytest.mark.parametrize(
    ("before", "after", "was", "now"),
    [
        (_entry("Rezaul Haque", ""), _entry("Rezaul Haque", "Garment Boss"), None, "Rezaul Haque"),  # reported
        (_entry("Rezaul Haque", "Garment Boss"), _entry("Rezaul Haque", ""), "Rezaul Haque", None),
        (_entry("Rezaul Haque", "Garment Boss"), _entry("Nasir Uddin", "Garment Boss"), "Rezaul Haque", "Nasir Uddin"),
    ],
    ids=["alias-added", "alias-removed", "entity-renamed"],
)
def test_an_edited_gazetteer_is_read_by_the_next_call_in_the_process(
    before: str,
    after: str,
    was: str | None,
    now: str | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(before)
    monkeypatch.setattr(Gazetteer, "_default", None)  # this test's process: its files read at its start
    monkeypatch.setattr(Recognizer, "_default", None)
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "gazipur.txt").write_text(TEXT, "utf-8")
    first = _names(capsys, corpus, index_dir)
    assert (first.get(was) == ["Garment Boss"]) if was else ("Rezaul Haque" not in first)
    stamp = user.stat().st_mtime_ns
    user.write_text(after)
    os.utime(user, ns=(stamp + 10**9, stamp + 10**9))  # (as an edit a second later: a coarse clock)
    second = _names(capsys, corpus, index_dir)
    if now:
        assert second.get(now) == ["Garment Boss"]
    if was and was != now:
        assert was not in second
