"""The library's entity counts after the user's gazetteer is edited while the process runs
(issue 15, s41-q's leftover): ``entities`` and ``who:`` read the edited gazetteer at once, but
``list`` (the library's rows) kept the counts made under the old one, in ``listing.json`` and in
the index's stored rows, until the index re-analysed the article. ``list`` called again in the
same process must count what ``entities`` then gives. The article is written for this test."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from waic_reader.index import workspace
from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.tui.cli.main import main

TEXT = "Gazipur report\n\nThe Garment Boss spoke to reporters in Gazipur on Monday, and workers listened.\n"


def _entry(name: str, aliases: str) -> str:
    return f"entities:\n  - {{name: {name}, type: PERSON, aliases: [{aliases}]}}\n"


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(list(args)) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (_entry("Rezaul Haque", ""), _entry("Rezaul Haque", "Garment Boss"), 1),  # an alias added
        (_entry("Rezaul Haque", "Garment Boss"), _entry("Rezaul Haque", ""), -1),  # taken away
        (_entry("Rezaul Haque", "Garment Boss"), None, -1),  # the file removed
    ],
    ids=["alias-added", "alias-removed", "file-removed"],
)
def test_list_counts_what_entities_gives_after_an_edit(
    before: str,
    after: str | None,
    change: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(before)
    monkeypatch.setattr(Gazetteer, "_default", None)  # this test's process: its files read at its start
    monkeypatch.setattr(Recognizer, "_default", None)
    monkeypatch.setattr(workspace, "_listed_gazetteer", {})
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gazipur.txt").write_text(TEXT, "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*base, "index"]) == 0  # the index's stored rows, as the app leaves them
    capsys.readouterr()

    def counts() -> tuple[int, int, set[str]]:
        rows = _json(capsys, *base, "list", "--json")["articles"]
        names = {str(e["name"]) for e in _json(capsys, *base, "entities", "--json")["entities"]}  # type: ignore[union-attr]
        return int(rows[0]["entities"]), len(names), names  # type: ignore[index]

    listed, named, first = counts()
    assert listed == named
    stamp = user.stat().st_mtime_ns
    if after is None:
        user.unlink()
    else:
        user.write_text(after)
        os.utime(user, ns=(stamp + 10**9, stamp + 10**9))  # (as an edit a second later: a coarse clock)
    listed_now, named_now, now = counts()
    assert now != first and named_now == named + change  # the edit is seen by entities
    assert listed_now == named_now
