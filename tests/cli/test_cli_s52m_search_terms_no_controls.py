"""``search --json``'s "terms" lists the words searched for, never a control character (review
s51-rv F2; round s52-m): a colon's hour whose dotted times one field did not hold listed a
NUL-led mark of matching nothing ("\\u000010."). The reported query and variants of my own:
another hour, an hour and a minute's digit, a prefix with no completion, a phrase's stop word."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

TEXT = (
    "Crews meet\n\nThe crews met at 10:30 and ran the pumps from 9.15 to 10.45 before the state of the art gate shut.\n"
)


@pytest.mark.parametrize("query", ["10:*", "10:4*", "9:*", "qqqzz*", "ferry qqqq*", '"state of the"'])
def test_search_terms_hold_no_control_character(tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "search", query, "--json"]) == 0
    terms = json.loads(capsys.readouterr().out)["terms"]
    assert all(unicodedata.category(c) != "Cc" for t in terms for c in t), terms
