"""A year alone is no article date, said in the same words in corpus.yaml, front matter and
records (issue 17, acceptance s9: c12/yearonly.md's `date: 2025` was refused while
`date: 2025-03` was read, and each place said it differently); a month is read everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = "Year-only date about Osaka, where the harbour council approved the ferry plan."
YEAR_ALONE = "'2025' is not a date this app understands (a year alone is not read as an article's date: give at least its month, 2025-03)"


def _write(root: Path, where: str, value: str) -> str:
    """One article whose date is ``value`` (as YAML or JSON writes it), given in ``where``; its doc."""
    if where == "front matter":
        (root / "y.md").write_text(f"---\ntitle: Year only\ndate: {value}\n---\n\n{BODY}\n", "utf-8")
        return "y"
    if where == "corpus.yaml":
        (root / "y.txt").write_text(BODY + "\n", "utf-8")
        (root / "corpus.yaml").write_text(f"articles:\n  y.txt:\n    date: {value}\n", "utf-8")
        return "y"
    (root / "r.jsonl").write_text(json.dumps({"text": BODY, "date": json.loads(value)}) + "\n", "utf-8")
    return "r#1"


@pytest.mark.parametrize(
    ("where", "value", "said"),
    [
        ("front matter", "2025", f"y.md:3:7: front-matter date {YEAR_ALONE}"),  # c12/yearonly.md
        ("corpus.yaml", "2025", f"corpus.yaml:3:11: 'date' {YEAR_ALONE} (ignored)"),
        ("record", '"2025"', f"r.jsonl (line 1): metadata date {YEAR_ALONE}"),
        ("record", "2025", f"r.jsonl (line 1): metadata date {YEAR_ALONE}"),  # a JSON number
    ],
)
def test_a_year_alone_is_refused_in_the_same_words(tmp_path: Path, where: str, value: str, said: str) -> None:
    doc = _write(tmp_path, where, value)
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(doc)
    assert article.date is None
    assert [n for n in [*article.notes, *corpus.meta_errors] if said in n]


@pytest.mark.parametrize(
    ("where", "value"), [("front matter", "2025-03"), ("corpus.yaml", "2025-03"), ("record", '"2025-03"')]
)
def test_a_month_is_read_everywhere(tmp_path: Path, where: str, value: str) -> None:
    doc = _write(tmp_path, where, value)
    corpus = Corpus.scan(tmp_path)
    assert (corpus.article(doc).date, corpus.meta_errors) == ("2025-03", [])
