"""A byline whose fields come in another order than "By X · Outlet · date", the date or a stamp
first ("June 3, 2026 | By Mateo Ruiz" under a saved page's headline), is a byline as that one is
(boilerplate kind byline, its reason quoting it), and the article's author is read from a byline's
"By" field when its metadata names none, as its date is (s31-b, t13r F11: the line stayed content,
a "heading" of the article, and `show --json` gave no author).

The first case is the reported file; the others are invented (other names, other separators, a
stamp and an outlet among the fields, another date form), with a byline that opens with "By" (the
kind held before; its author was not read), a stamp line that names no author, and a sentence
naming a writer, which stays the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "t13r_s30s" / "saved-page.txt").read_text("utf-8")
REPORTED = "June 3, 2026 | By Mateo Ruiz"


def read(tmp_path: Path, text: str, name: str = "saved-page.txt") -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert isinstance(art, Article)
    return art


def kind_of(art: Article, line: str) -> tuple[str, str]:
    split = split_noise(art)
    for seg in split.noise:
        if seg.text.strip() == line:
            return seg.kind, seg.reason or ""
    assert any(seg.text.strip() == line for seg in split.content)
    return "content", ""


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        (REPORTED, "Mateo Ruiz", "2026-06-03"),  # reported
        ("3 June 2026 · By Ana Soto", "Ana Soto", "2026-06-03"),  # ours: day first, a middle dot
        ("Updated 4:15 pm · June 3, 2026 · By Ana Soto", "Ana Soto", "2026-06-03"),  # ours: a stamp first
        ("14 March 2025 — By Jon Berg — Halvik Post", "Jon Berg", "2025-03-14"),  # ours: an outlet after
    ],
)
def test_a_byline_after_its_date_is_a_byline_and_names_the_author(
    tmp_path: Path, line: str, author: str, date: str
) -> None:
    art = read(tmp_path, PAGE.replace(REPORTED, line))
    kind, reason = kind_of(art, line)
    assert kind == "byline"
    assert reason.startswith("byline (“")
    assert art.author == author
    assert art.date is not None and art.date.startswith(date)
    assert art.title == "Rail crash: driver says brakes failed"


def test_a_byline_opening_with_by_names_the_author(tmp_path: Path) -> None:
    """ "By Mateo Ruiz | June 3, 2026" was a byline before; its author was not read."""
    line = "By Mateo Ruiz | June 3, 2026"
    art = read(tmp_path, PAGE.replace(REPORTED, line))
    assert kind_of(art, line)[0] == "byline"
    assert art.author == "Mateo Ruiz"


def test_a_stamp_line_is_a_byline_and_names_nobody(tmp_path: Path) -> None:
    line = "Published June 3, 2026 | Updated 4:15 pm"
    art = read(tmp_path, PAGE.replace(REPORTED, line))
    assert kind_of(art, line)[0] == "byline"
    assert art.author is None
    assert art.date is not None and art.date.startswith("2026-06-03")


def test_a_sentence_naming_a_writer_names_no_author(tmp_path: Path) -> None:
    text = (
        "Bridge report published\n\n"
        "The inspection report on the Huancarí bridge was written in June 2026 by Mateo Ruiz, an engineer "
        "with the regional transport office, and published on Friday.\n\n"
        "It recommended closing the bridge to freight trains until its main span is repaired.\n"
    )
    art = read(tmp_path, text, "report.txt")
    assert art.author is None
    assert kind_of(art, text.split("\n\n")[1])[0] == "content"


def test_an_html_byline_after_its_date_names_the_author(tmp_path: Path) -> None:
    """A page naming its author in no metadata: the byline in its main text names them."""
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Rail crash: driver says brakes "
        "failed</title></head><body><article><h1>Rail crash: driver says brakes failed</h1>"
        "<p>3 June 2026 · By Ana Soto</p>"
        "<p>The driver of the train that derailed near Huancarí, Jose Ramirez, said on Wednesday the brakes "
        "failed as the train approached the bridge.</p>"
        "<p>The death toll stood at five by midday, officials said, and police chief Andrés Quispe said 48 "
        "people were injured.</p></article></body></html>"
    )
    art = read(tmp_path, html, "page.html")
    assert kind_of(art, "3 June 2026 · By Ana Soto")[0] == "byline"
    assert art.author == "Ana Soto"
