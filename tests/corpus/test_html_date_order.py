"""corpus.yaml's date_order reads an HTML page's numeric dates too (acceptance s9b #13: the
README said it applies to HTML, but a page's meta date and htmldate's last-resort search of its
text read 03/04/2025 day first whatever the corpus said)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = "A memorial for the victims of the Halvik ferry disaster is planned, the council said. Hundreds are expected."


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}<title>M</title></head><body><article><h1>Memorial</h1><p>{PROSE}</p>{body}</article></body></html>"


PAGES = {
    "meta": page(head='<meta name="date" content="03/04/2025">'),  # the markup's date
    "line": page(body="<p>03/04/2025</p>"),  # an unlabelled line: htmldate's search of the text
    "dash": page(body="<p>03-04-2025</p>"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize(("order", "expected"), [("mdy", "2025-03-04"), ("dmy", "2025-04-03"), (None, "2025-04-03")])
def test_a_pages_numeric_date_follows_date_order(tmp_path: Path, name: str, order: str | None, expected: str) -> None:
    (tmp_path / f"{name}.html").write_text(PAGES[name], "utf-8")
    if order:
        (tmp_path / "corpus.yaml").write_text(f"date_order: {order}\n", "utf-8")
    assert Corpus.scan(tmp_path).article(name).date == expected


def test_a_date_also_written_year_first_or_dotted_is_not_swapped(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("date_order: mdy\n", "utf-8")
    (tmp_path / "iso.html").write_text(
        page(head='<meta name="date" content="2025-04-03">', body="<p>03/04/2025</p>"), "utf-8"
    )
    (tmp_path / "dots.html").write_text(page(body="<p>03.04.2025</p>"), "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("iso").date == "2025-04-03"
    assert corpus.article("dots").date == "2025-04-03"  # dotted: day first everywhere
