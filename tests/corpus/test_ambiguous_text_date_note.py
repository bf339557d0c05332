"""A date in the text whose day and month could be either way round ("Posted: 03/04/2025") is not
read without `date_order`, and the article says so in a note, as metadata and record dates do
(acceptance s10 #9: EDGE/text/ambig.txt stayed undated with no word). The reported line, a variant
with a time, and the same lines under `date_order` or written unambiguously (read, no note)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."


def _article(tmp_path: Path, line: str, yaml: str | None = None):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Ferry plan\n\n{line}\n\n{BODY}\n", "utf-8")
    if yaml:
        (tmp_path / "corpus.yaml").write_text(yaml, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "written"), [("Posted: 03/04/2025", "03/04/2025"), ("Updated: 05/06/2025 10:30", "05/06/2025 10:30")]
)
def test_an_ambiguous_text_date_is_said(tmp_path: Path, line: str, written: str) -> None:
    article = _article(tmp_path, line)
    assert article.date is None
    assert any(note.startswith(f"text date '{written}") and "date_order" in note for note in article.notes)


@pytest.mark.parametrize(
    ("line", "yaml", "iso"),
    [
        ("Posted: 03/04/2025", "date_order: dmy\n", "2025-04-03"),
        ("Posted: 03/04/2025", "date_order: mdy\n", "2025-03-04"),
        ("Posted: 14/03/2025", None, "2025-03-14"),
    ],
)
def test_a_readable_text_date_has_no_note(tmp_path: Path, line: str, yaml: str | None, iso: str) -> None:
    article = _article(tmp_path, line, yaml)
    assert article.date == iso
    assert not any("could be" in note for note in article.notes)
