"""A byline whose author is set apart by a dash and whose outlet and date by a comma ("By Claire
Dubois — The Maritime Times, March 14, 2025") gives its outlet and date (t13aj N14, issue #14).
Before, the field after the dash ("The Maritime Times, March 14, 2025") was neither an outlet nor a
date, and the article was listed with neither, while the same byline with "·" between all three
fields gave both. The tester's English and French articles, and two bylines of my own (an outlet's
name with a number, an en dash in German)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bylines_t13aj"
BODY = "\n\nMARHOLM — The strike by dockworkers at the port entered its fifth day on Friday, with 52 ships at anchor.\n"


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("text", "outlet", "date"),
    [
        ((FIXTURES / "en.txt").read_text("utf-8"), "The Maritime Times", "2025-03-14"),
        ((FIXTURES / "fr.txt").read_text("utf-8"), "Le Quotidien Maritime", "2025-03-14"),
        (
            "Port strike enters sixth day\n\nBy Anna Berg — Coastal News 24, 14 March 2026" + BODY,
            "Coastal News 24",
            "2026-03-14",
        ),
        (
            "Hafenstreik geht weiter\n\nVon Jonas Weber – Kieler Nachrichten, 3. Juni 2026" + BODY,
            "Kieler Nachrichten",
            "2026-06-03",
        ),
    ],
    ids=["reported-en", "reported-fr", "outlet-with-number", "german-en-dash"],
)
def test_a_dash_then_comma_byline_gives_outlet_and_date(tmp_path: Path, text: str, outlet: str, date: str) -> None:
    article = _article(tmp_path, text)
    assert article.outlet == outlet
    assert (article.date or "")[:10] == date
