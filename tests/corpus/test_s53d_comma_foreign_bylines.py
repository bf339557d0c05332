"""A byline in another language with commas between its fields is read: its author, its outlet
and its date (t13az N8, round s53-d): "Von Annelie Großkreutz-Yilmaz, Tessary-Rundschau, 18.
November 2026" gave no date, author or outlet, as its newspaper's name (a compound closed by a
newspaper's word, hyphenated or as a word of its own) was not read as one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.bylines import author_names, is_byline
from waic_reader.tui.cli.main import main

_CASES = [
    # (byline, author, outlet, date)
    (
        "Von Annelie Großkreutz-Yilmaz, Tessary-Rundschau, 18. November 2026",
        "Annelie Großkreutz-Yilmaz",
        "Tessary-Rundschau",
        "2026-11-18",
    ),
    ("Von Jana Weber, Frankfurter Rundschau, 3. März 2026", "Jana Weber", "Frankfurter Rundschau", "2026-03-03"),
    ("Door Pieter de Vries, Noord-Koerier, 18 november 2026", "Pieter de Vries", "Noord-Koerier", "2026-11-18"),
    ("Av Kari Nordmann, Harlow-Avisa, 9. oktober 2026", "Kari Nordmann", "Harlow-Avisa", "2026-10-09"),
]


@pytest.mark.parametrize(("line", "author", "outlet", "date"), _CASES)
def test_comma_byline_names_its_author(line: str, author: str, outlet: str, date: str) -> None:
    assert is_byline(line)
    assert author_names(line) == (author, 0)


def test_comma_line_naming_a_place_is_no_byline() -> None:
    # A place after the name is no newspaper: "Von Jana Weber, Berlin, …" stays unread as before.
    assert not is_byline("Von Jana Weber, Berlin, 3. März 2026")


@pytest.mark.parametrize(("line", "author", "outlet", "date"), _CASES)
def test_show_reads_comma_byline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, author: str, outlet: str, date: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        f"Güterzug entgleist bei Harlow Bend\n\n{line}\n\nHARLOW BEND. In der Kleinstadt Harlow Bend ist in der "
        "Nacht ein Güterzug entgleist. Rund 1.200 Anwohner mussten ihre Häuser verlassen.\n",
        encoding="utf-8",
    )
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "show", "a", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    got = json.loads(out)
    assert (got["author"], got["outlet"], got["date"]) == (author, outlet, date)
