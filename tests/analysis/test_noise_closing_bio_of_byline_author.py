"""An opinion piece's closing note about its own author, the byline's name then "is a/an/the …"
as the article's last paragraph ("Konstantin Vélez-Marchetti is a former rail safety inspector."
under "By Konstantin Vélez-Marchetti"), is an author bio (byline), in plain text and HTML (t13aq
N22: it stayed article text, compared, searched and counted). A closing sentence about someone
the byline does not name stays the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PARAS = [
    "Eleven people are dead. Seventy are injured. And the first instinct of those in charge has been to "
    "talk about money.",
    "AlpenRail's chief executive promised a fund for families on Saturday, a figure his own press office "
    "later put at a tenth of that. The minister said on Sunday that no request had been refused.",
    "The Federal Accident Investigation Board says its report will take at least a year. The families "
    "should not have to wait that long for a straight answer.",
]
CASES = [
    # reported (t13aq opinion/courier-opinion.txt)
    ("Konstantin Vélez-Marchetti", "Konstantin Vélez-Marchetti is a former rail safety inspector."),
    # variants: other names, articles and lengths
    (
        "Ingrid Holm-Sæther",
        "Ingrid Holm-Sæther is an emeritus professor of transport engineering at Halvik University.",
    ),
    ("Tomás Ó Ceallaigh", "Tomás Ó Ceallaigh is the chair of the Rail Passengers' Council."),
]


def _kinds(tmp_path: Path, name: str, text: str) -> dict[str, str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    split = split_noise(Corpus.scan(tmp_path).article(name.rsplit(".", 1)[0]))
    out = {" ".join(s.text.split()): "content" for s in split.content}
    out.update({" ".join(s.text.split()): s.kind for s in split.noise})
    return out


def _text(author: str, last: str) -> str:
    return "\n\n".join(["Opinion: Hallstein was a warning", f"By {author}", "16 March 2026", *PARAS, last]) + "\n"


def _html(author: str, last: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<!doctype html><html lang='en'><head><title>Hallstein was a warning</title></head><body>"
        f"<article><h1>Hallstein was a warning</h1><p class='byline'>By {author}</p>"
        f"<p><time datetime='2026-03-16'>16 March 2026</time></p>{paras}<p>{last}</p></article></body></html>"
    )


@pytest.mark.parametrize(("author", "bio"), CASES)
def test_the_bylines_author_closing_the_text_is_a_bio(tmp_path: Path, author: str, bio: str) -> None:
    got = _kinds(tmp_path, "a.txt", _text(author, bio))
    assert got[bio] == "byline"
    assert all(got[p] == "content" for p in PARAS)


@pytest.mark.parametrize(("author", "bio"), CASES)
def test_the_bylines_author_closing_the_page_is_a_bio(tmp_path: Path, author: str, bio: str) -> None:
    got = _kinds(tmp_path, "a.html", _html(author, bio))
    assert got[bio] == "byline"
    assert all(got[p] == "content" for p in PARAS)


@pytest.mark.parametrize("make", [_text, _html])
def test_a_closing_sentence_about_someone_else_stays_content(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    # (Fenna Iwasaki-Brandt is no author of the piece: her line is the story's.)
    last = "Fenna Iwasaki-Brandt is a former driver who now chairs the union."
    name = "a.txt" if make is _text else "a.html"
    got = _kinds(tmp_path, name, make("Konstantin Vélez-Marchetti", last))
    assert got[last] == "content"
