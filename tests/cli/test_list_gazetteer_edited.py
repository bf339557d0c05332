"""The library's entity counts after the user's gazetteer is edited while the process runs
(issue 15, s41-q's leftover): ``entities`` and ``who:`` read the edited gazetteer at once, but
``list`` (the library's rows) kept the counts made under the old one, in ``listing.json`` and in
the index's stored rows, until the index re-analysed the article. ``list`` called again in the
same process must count what ``entities`` then gives; and so must ``list`` in a new process
started after the edit (s43-q's leftover: it kept ``listing.json``'s old counts, the edit told
only from what this process had first seen). The article is written for this test."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

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
@pytest.mark.parametrize("new_process", [False, True], ids=["same-process", "new-process"])
def test_list_counts_what_entities_gives_after_an_edit(
    before: str,
    after: str | None,
    change: int,
    new_process: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(before)
    monkeypatch.setattr(Gazetteer, "_default", None)  # this test's process: its files read at its start
    monkeypatch.setattr(Recognizer, "_default", None)
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
    if new_process:  # what a process started after the edit holds: the files read at its start
        monkeypatch.setattr(Gazetteer, "_default", None)
        monkeypatch.setattr(Recognizer, "_default", None)
    listed_now, named_now, now = counts()
    assert now != first and named_now == named + change  # the edit is seen by entities
    assert listed_now == named_now


def test_a_new_process_counts_again_only_the_rows_an_edit_can_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two articles, the edit's alias written in one: the other's row (kept in listing.json) is
    # still right and is not analysed again; the first's is counted under the edited file.
    from waic_reader.index.analysis.analyser import Analyser

    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(_entry("Rezaul Haque", ""))
    monkeypatch.setattr(Gazetteer, "_default", None)
    monkeypatch.setattr(Recognizer, "_default", None)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gazipur.txt").write_text(TEXT, "utf-8")
    (corpus / "dhaka.txt").write_text(
        "Dhaka report\n\nTraders in Dhaka met the Commerce Minister on Monday.\n", "utf-8"
    )
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*base, "index"]) == 0
    capsys.readouterr()
    before = {r["doc"]: r["entities"] for r in _json(capsys, *base, "list", "--json")["articles"]}  # type: ignore[union-attr,index]
    stamp = user.stat().st_mtime_ns
    user.write_text(_entry("Rezaul Haque", "Garment Boss"))
    os.utime(user, ns=(stamp + 10**9, stamp + 10**9))
    monkeypatch.setattr(Gazetteer, "_default", None)  # a process started after the edit
    monkeypatch.setattr(Recognizer, "_default", None)
    analysed: list[str] = []
    real = Analyser.analyse

    def counting(self: Analyser, article: object, **kwargs: bool) -> object:
        analysed.append(article.doc)  # type: ignore[attr-defined]
        return real(self, article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Analyser, "analyse", counting)
    after = {r["doc"]: r["entities"] for r in _json(capsys, *base, "list", "--json")["articles"]}  # type: ignore[union-attr,index]
    assert after["gazipur"] == before["gazipur"] + 1  # "Garment Boss" now Rezaul Haque's
    assert after["dhaka"] == before["dhaka"]
    assert "dhaka" not in analysed and "gazipur" in analysed
