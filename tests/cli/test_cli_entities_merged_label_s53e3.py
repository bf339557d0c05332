"""``entities DOC --json`` gives a firm merged from a person's reading the label and the mentions
the reader tints it with (t13ay N6; corpora: :mod:`merged_label_corpora`, the reader's side in
tests/tui/test_reader_tints_merged_label_s53e3.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from grouped_corpora import write
from merged_label_corpora import CASES

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(("files", "name", "doc", "mentions"), CASES)
def test_cli_and_reader_mentions_agree(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], name: str, doc: str, mentions: list[str]
) -> None:
    root = write(tmp_path / "corpus", files)
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", doc, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    listed = {(e["name"], e["type"]): [m["text"] for m in e["mentions"]] for e in json.loads(out)["entities"]}
    assert listed.get((name, "ORG")) == mentions, listed
    # the reader's mentions (Workspace.article_mentions): the same spans, labelled as keyed
    ws = Workspace(root, tmp_path / "ix")
    ws.ensure_index()
    opened = ws.open_article(doc)
    text = opened.article.text
    own = [(text[m.start : m.end], m.label) for m in opened.mentions if m.key == f"ORG:{name}"]
    assert own == [(w, "ORG") for w in mentions]
