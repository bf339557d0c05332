"""An article listed under ``not_analysed`` gives no figures (t13r F3: the German, Portuguese and
Spanish articles were listed, yet "300.000 Soles" was the value 300, "300 mil soles" 300 million,
and "45 %" a percentage row of the Spanish one); an English article beside them still gives its
figures. Through ``facts --json`` and ``timeline --json``, cold and from the index's kept figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "facts_t13r_not_analysed"
FOREIGN = {"de", "pt", "elcomercio-es", "it-variant"}


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(args) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize("index_first", [False, True])
def test_not_analysed_articles_give_no_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index_first: bool
) -> None:
    root = tmp_path / "c"
    shutil.copytree(FIXTURE, root)
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    if index_first:  # the figures the index keeps while indexing
        run([*base, "index", "--json"], capsys)
    facts = run([*base, "facts", "--json"], capsys)
    listed = {n["doc"] for n in facts["not_analysed"]}
    assert listed == FOREIGN
    docs = {v["doc"] for f in facts["facts"] for v in f["values"]}
    assert docs == {"en-control"}, docs
    timeline = run([*base, "timeline", "--json"], capsys)
    for label, first in timeline["first"].items():
        if "·" in label or label in {f["label"] for f in facts["facts"]}:
            assert first["doc"] not in FOREIGN, label
