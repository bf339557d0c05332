"""corpus.yaml's `date_order` reads the text's all-numeric dates too (issue 17, acceptance s9,
c1r: with `date_order: dmy`, "Posted: 03/04/2025" in a text file stayed undated, while the same
date in front matter and records was read as 3 April)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import date_in_text
from waic_reader.index.corpus.reader import Corpus

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."


@pytest.mark.parametrize(
    ("order", "name", "content", "doc", "iso"),
    [
        ("dmy", "ambig.txt", f"Ambiguous posted date\n\nPosted: 03/04/2025\n\n{BODY}\n", "ambig", "2025-04-03"),  # c1r
        ("mdy", "ambig.txt", f"Ambiguous posted date\n\nPosted: 03/04/2025\n\n{BODY}\n", "ambig", "2025-03-04"),
        ("mdy", "note.md", f"# A note\n\nPublished 05/06/2025 14:30 GMT\n\n{BODY}\n", "note", "2025-05-06T14:30+00:00"),
        (  # an HTML page's text too, its comments read past (mdy: htmldate alone reads it dmy)
            "mdy",
            "page.html",
            f"<html><body><article><h1>Ferry plan</h1><p>Posted: 03/04/2025</p><p>{BODY}</p></article>"
            "<div class='comments'><p>Posted: 09/10/2024 by a reader</p></div></body></html>",
            "page",
            "2025-03-04",
        ),
        (
            "dmy",
            "r.jsonl",
            json.dumps({"title": "Rec", "text": f"Updated: 05/06/2025\n\n{BODY}"}) + "\n",
            "r#1",
            "2025-06-05",
        ),
    ],
)
def test_date_order_reads_the_texts_numeric_dates(
    tmp_path: Path, order: str, name: str, content: str, doc: str, iso: str
) -> None:
    (tmp_path / name).write_text(content, "utf-8")
    if not name.endswith(".html"):  # (htmldate's last-resort search reads a page's 03/04 as 3 April)
        assert Corpus.scan(tmp_path).article(doc).date is None  # either way round: not read without it
    (tmp_path / "corpus.yaml").write_text(f"date_order: {order}\n", "utf-8")
    article = Corpus.scan(tmp_path).article(doc)
    assert (article.date, article.date_source) == (iso, "text")


def _iso(text: str, order: str | None) -> str | None:
    found = date_in_text(text, order)
    return None if found is None else found.iso


def test_date_in_text_with_an_order() -> None:
    text = f"Posted: 03/04/2025\n\n{BODY}"
    assert [_iso(text, o) for o in (None, "dmy", "mdy")] == [None, "2025-04-03", "2025-03-04"]
    assert _iso(f"Posted: 14/03/2025\n\n{BODY}", "mdy") == "2025-03-14"  # a number over 12 is the day
