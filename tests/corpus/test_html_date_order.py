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
@pytest.mark.parametrize(("order", "expected"), [("mdy", "2025-03-04"), ("dmy", "2025-04-03")])
def test_a_pages_numeric_date_follows_date_order(tmp_path: Path, name: str, order: str | None, expected: str) -> None:
    (tmp_path / f"{name}.html").write_text(PAGES[name], "utf-8")
    (tmp_path / "corpus.yaml").write_text(f"date_order: {order}\n", "utf-8")
    assert Corpus.scan(tmp_path).article(name).date == expected


@pytest.mark.parametrize("name", ["line", "dash"])
def test_without_date_order_the_pages_search_still_reads_its_text_day_first(tmp_path: Path, name: str) -> None:
    # htmldate's last-resort search of the page's text (README: read day first without date_order)
    (tmp_path / f"{name}.html").write_text(PAGES[name], "utf-8")
    assert Corpus.scan(tmp_path).article(name).date == "2025-04-03"


def hint(day_first: str, month_first: str) -> str:
    # the value's own two readings, year first (s18 re-test: the hint said 2025-04-03 for every value)
    return f"write it year first, {day_first} or {month_first}, or set date_order: dmy or mdy in corpus.yaml"


@pytest.mark.parametrize(
    ("head", "written", "said", "readings"),
    [
        ('<meta name="date" content="03/04/2025">', "03/04/2025", "3 April or March 4", ("2025-04-03", "2025-03-04")),
        (
            '<meta property="article:published_time" content="5-6-2024">',
            "5-6-2024",
            "5 June or May 6",
            ("2024-06-05", "2024-05-06"),
        ),
        (
            '<meta name="dc.date" content="11/02/2023 09:30">',
            "11/02/2023",
            "11 February or November 2",
            ("2023-02-11", "2023-11-02"),
        ),
    ],
)
def test_a_markup_date_either_way_round_is_refused_without_date_order(
    tmp_path: Path, head: str, written: str, said: str, readings: tuple[str, str]
) -> None:
    # as the same value in front matter or after a label in the text (s14 #7): not read
    # day first without a word, and htmldate's search of the page does not read it either
    (tmp_path / "m.html").write_text(page(head=head), "utf-8")
    article = Corpus.scan(tmp_path).article("m")
    assert article.date is None
    assert article.notes == [f"m.html: html date {written!r} could be {said}: not read ({hint(*readings)})"]
    (tmp_path / "corpus.yaml").write_text("date_order: mdy\n", "utf-8")
    assert Corpus.scan(tmp_path).article("m").date is not None


def test_a_markup_date_that_is_not_either_way_round_is_read_without_date_order(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page(head='<meta name="date" content="14/03/2025">'), "utf-8")
    (tmp_path / "b.html").write_text(page(head='<meta name="date" content="04/04/2025">'), "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert (corpus.article("a").date, corpus.article("a").notes) == ("2025-03-14", [])
    assert (corpus.article("b").date, corpus.article("b").notes) == ("2025-04-04", [])


def test_a_date_also_written_year_first_or_dotted_is_not_swapped(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("date_order: mdy\n", "utf-8")
    (tmp_path / "iso.html").write_text(
        page(head='<meta name="date" content="2025-04-03">', body="<p>03/04/2025</p>"), "utf-8"
    )
    (tmp_path / "dots.html").write_text(page(body="<p>03.04.2025</p>"), "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("iso").date == "2025-04-03"
    assert corpus.article("dots").date == "2025-04-03"  # dotted: day first everywhere
