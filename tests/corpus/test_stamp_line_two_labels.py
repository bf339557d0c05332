"""A stamp line with both labels, or a byline with an "Updated" field, reads every label on the
line, not only the one opening it (acceptance #17 after s14, faults 1 and 2): the published date
dates the article whatever the order on the line, and a byline's lone "Updated" field dates it as
a lone "Updated" stamp line does."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import find_dates, stamp_spans
from waic_reader.index.corpus.reader import Corpus

BODY = "The Halvik council approved the new harbour plan on the day, officials said in a statement."


def _article(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Harbour story\n\n{line}\n\n{BODY}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        (
            "Updated March 14, 2025 at 10:30 a.m. EDT | Published March 13, 2025 at 9:00 p.m. EDT",
            "2025-03-13T21:00-04:00",
        ),
        ("Published: 13 March 2025 · Updated: 14 March 2025", "2025-03-13"),
        # variants: the update first with other separators and labels, in capitals
        ("Last updated 14 March 2025 10:00 GMT — First published 13 March 2025", "2025-03-13"),
        ("UPDATED: 14 MARCH 2025 • POSTED: 13 MARCH 2025", "2025-03-13"),
        ("Updated: 14 March 2025; Posted on 12 March 2025", "2025-03-12"),
    ],
)
def test_the_published_label_dates_the_article_whatever_its_place(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert article.date == iso
    assert article.title == "Harbour story"
    text = f"Harbour story\n\n{line}\n\n{BODY}\n"
    assert [f.kind for f in find_dates(text)] == ["published", "updated"]
    # both labels with their dates are stamps (the fact sheet leaves them out)
    spans = stamp_spans(text)
    for f in find_dates(text):
        assert any(a <= f.start and f.end <= b for a, b in spans)


@pytest.mark.parametrize(
    ("line", "iso", "outlet"),
    [
        # reported
        ("By Jane Roe · Halvik Post · Updated March 14, 2025", "2025-03-14", "Halvik Post"),
        # variants: in capitals with bars, and a published field after the update
        ("BY JANE ROE | HALVIK POST | UPDATED: MARCH 14, 2025", "2025-03-14", "HALVIK POST"),
        ("By Jane Roe · Halvik Post · Updated March 14, 2025 · Published March 13, 2025", "2025-03-13", "Halvik Post"),
    ],
)
def test_a_byline_s_labelled_field_dates_the_article(tmp_path: Path, line: str, iso: str, outlet: str) -> None:
    article = _article(tmp_path, line)
    assert article.date == iso
    assert article.outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Updated ferry timetable | Published workers return",  # a headline's words after the labels
        "Harbour plan approved | Updated March 14, 2025 figures show rise",  # no stamp's end
    ],
)
def test_a_label_after_a_separator_elsewhere_dates_nothing(line: str) -> None:
    assert find_dates(f"{line}\n\n{BODY}\n") == []
