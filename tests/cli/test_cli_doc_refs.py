"""A doc id, or its last path component, written whole names that article even when longer ids
start with it (issue 17, acceptance s9: `show api#a1` and `show wire#x` answered "ambiguous"
because `exports/api#a1-2` and `feeds/wire#x-2` also start with them). One resolver
(Corpus.resolve) serves the CLI and the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus, CorpusError
from waic_reader.tui.cli.main import main

TEXT = "The harbour council approved the ferry plan after a long debate about fares and routes."


def _rss(*guids: str) -> str:
    items = "".join(
        f"<item><title>Item {n}</title><guid>{g}</guid><description>{TEXT}</description></item>"
        for n, g in enumerate(guids)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    (root / "exports").mkdir(parents=True)
    (root / "feeds").mkdir()
    (root / "notes").mkdir()
    records = [{"id": "a1", "text": TEXT}, {"id": "a1", "text": TEXT + " Again."}, {"id": "a10", "text": TEXT}]
    (root / "exports" / "api.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    (root / "feeds" / "wire.rss").write_text(_rss("x", "x"), "utf-8")
    (root / "notes" / "ferry.txt").write_text(TEXT, "utf-8")
    (root / "notes" / "ferry-plan.txt").write_text(TEXT, "utf-8")
    return root


@pytest.mark.parametrize(
    ("ref", "doc"),
    [
        ("api#a1", "exports/api#a1"),  # the reported refs
        ("wire#x", "feeds/wire#x"),
        ("ferry", "notes/ferry"),  # a file's name whole, beside a longer one
        ("notes/ferry", "notes/ferry"),  # a whole id with its folder
        ("api#a1-", "exports/api#a1-2"),  # a prefix still addresses the one it fits
    ],
)
def test_a_whole_id_or_name_wins_over_longer_ids(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], ref: str, doc: str
) -> None:
    assert Corpus.scan(corpus).resolve(ref) == doc
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "show", ref, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["doc"] == doc


def test_a_prefix_of_several_and_a_name_two_folders_share_stay_ambiguous(corpus: Path) -> None:
    (corpus / "other").mkdir()
    (corpus / "other" / "ferry.txt").write_text(TEXT, "utf-8")
    c = Corpus.scan(corpus)
    for ref in ("api#a", "ferry", "fer"):
        with pytest.raises(CorpusError, match="ambiguous"):
            c.resolve(ref)
