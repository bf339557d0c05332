"""``facts --json`` on the tester's article (issue #16, t17 item 2) and two variants: a count of
some of a casualty group ("Two Japanese tourists were among the dead") is no value of the death
toll (the sheet read 17 → 2 → 14), but a fact of its own, labelled by the group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "tokyo-wire.txt": "Japanese tourists among Halvik ferry victims\n\nMarch 14, 2025 7:52 PM GMT+9\n\n"
    "The death toll in the Halvik ferry disaster has risen to 17, officials said. Two Japanese tourists "
    "were among the dead, the Japanese embassy said. Captain Erik Lund survived.\n",
    "ap.txt": "Halvik ferry toll rises\n\nMarch 14, 2025 9:00 PM GMT+9\n\nThe death toll in the Halvik ferry "
    "disaster rose to 14. Three children were among the injured, and two Britons are among those missing.\n",
}


def test_a_part_of_the_dead_is_no_toll(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts = {f["label"]: f for f in json.loads(out)["facts"]}
    assert [(v["doc"], v["display"]) for v in facts["death toll"]["values"]] == [("tokyo-wire", "17"), ("ap", "14")]
    assert [v["display"] for v in facts["Japanese tourists among the dead"]["values"]] == ["Two"]
    assert [v["display"] for v in facts["children among the injured"]["values"]] == ["Three"]
    assert [v["display"] for v in facts["Britons among the missing"]["values"]] == ["two"]
    assert "people injured" not in facts and "people missing" not in facts
