"""A corpus.yaml entry naming no file of the corpus is said, with its line and column (acceptance
s10 #11: EDGE/corpus.yaml's `nonexistent.txt` was silently ignored): a typo or a moved file
otherwise leaves its article without the fields the user wrote and no word why. The reported entry
and variants: a subfolder's file named by its bare name, and a skipped (empty) file, which is
there and has its own reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

TEXT = "The harbour council approved the ferry plan after a long debate about fares and routes.\n"
YAML = """articles:
  a.txt:
    title: A
  sub/b.txt:
    title: B
  empty.txt:
    title: E
  nonexistent.txt:
    title: ghost
  b.txt:
    title: not sub/b
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, "utf-8")
    (root / "sub" / "b.txt").write_text(TEXT, "utf-8")
    (root / "empty.txt").write_text("", "utf-8")
    (root / "corpus.yaml").write_text(YAML, "utf-8")
    return root


def test_entries_for_no_file_are_said(corpus: Path) -> None:
    c = Corpus.scan(corpus)
    errors = c.meta_errors
    assert any(":9:5:" in e and "'nonexistent.txt'" in e for e in errors)
    assert any(":11:5:" in e and "'b.txt'" in e for e in errors)
    assert not any("'a.txt'" in e or "'sub/b.txt'" in e or "'empty.txt'" in e for e in errors)
    assert c.article("a").title == "A" and c.article("sub/b").title == "B"


def test_the_cli_warns(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "list"]) == 0
    err = capsys.readouterr().err
    assert "corpus.yaml:9:5: no file 'nonexistent.txt' in the corpus" in err
