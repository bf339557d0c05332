"""A key written twice in corpus.yaml (#13 re-test: `outlet: BBC` then `outlet: CNN` under one
article warned "corpus.yaml:4:5: duplicate key 'outlet'" and then applied nothing of the file):
one warning naming the repeated key's line and column, its first value kept, everything else
applied, as for any other bad value (issue 13: one bad value costs only itself)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate about fares.\n"


def _corpus(tmp_path: Path, meta: str) -> Corpus:
    root = tmp_path / "c"
    root.mkdir()
    for name in ("a", "b"):
        (root / f"{name}.txt").write_text(f"# Harbour council backs ferry plan {name.upper()}\n\n{BODY}", "utf-8")
    (root / "corpus.yaml").write_text(meta, "utf-8")
    return Corpus.scan(root)


@pytest.mark.parametrize(
    ("meta", "where", "a", "b"),
    [
        (  # the reported one: a field twice under one article
            "articles:\n  a.txt:\n    outlet: BBC\n    outlet: CNN\n    title: Ferry vote\n  b.txt:\n    outlet: AP\n",
            "corpus.yaml:4:5",
            ("Ferry vote", "BBC"),
            ("Harbour council backs ferry plan B", "AP"),
        ),
        (  # an article's entry twice: the first entry is the one used
            "articles:\n  a.txt:\n    outlet: BBC\n  b.txt:\n    outlet: AP\n  a.txt:\n    outlet: CNN\n",
            "corpus.yaml:6:3",
            ("Harbour council backs ferry plan A", "BBC"),
            ("Harbour council backs ferry plan B", "AP"),
        ),
        (  # the top-level date_order twice, beside good entries
            "date_order: dmy\narticles:\n  a.txt:\n    date: 03/04/2025\n  b.txt:\n    outlet: AP\ndate_order: mdy\n",
            "corpus.yaml:7:1",
            ("Harbour council backs ferry plan A", None),
            ("Harbour council backs ferry plan B", "AP"),
        ),
    ],
    ids=["field", "entry", "top-level"],
)
def test_a_repeated_key_is_one_warning_and_costs_only_itself(
    tmp_path: Path, meta: str, where: str, a: tuple[str, str | None], b: tuple[str, str | None]
) -> None:
    corpus = _corpus(tmp_path, meta)
    assert [e for e in corpus.meta_errors if "duplicate key" in e] == [
        next(e for e in corpus.meta_errors if e.startswith(f"{where}: duplicate key"))
    ]
    assert all("first value is kept" in e for e in corpus.meta_errors if "duplicate key" in e)
    got = {x.doc: (x.title, x.outlet) for x in corpus.articles()}
    assert got == {"a": a, "b": b}
    if "date_order" in meta:
        assert corpus.article("a").date is not None and corpus.article("a").date.startswith("2025-04-03")


def test_the_cli_lists_with_the_warning_and_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path, "articles:\n  a.txt:\n    outlet: BBC\n    outlet: CNN\n  b.txt:\n    outlet: AP\n")
    assert main(["--corpus", str(tmp_path / "c"), "list", "--json"]) == 0
    out = capsys.readouterr()
    rows = {r["doc"]: r["outlet"] for r in json.loads(out.out)["articles"]}
    assert rows == {"a": "BBC", "b": "AP"}
    assert "corpus.yaml:4:5: duplicate key 'outlet'" in out.err
