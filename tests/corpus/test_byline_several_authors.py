"""A byline naming several authors ("By Jane Roe and Jon Berg · Halvik Post · March 14, 2025")
gives its outlet and date as a byline of one author does (acceptance #17 after s14, fault 2):
the author's field is "By" and names joined by commas, "and" or "&", in any case."""

from pathlib import Path

import pytest

from waic_reader.index.corpus import bylines
from waic_reader.index.corpus.reader import Corpus

BODY = "The Halvik council approved the new harbour plan on the day, officials said in a statement."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # reported, and in capitals
        ("By Jane Roe and Jon Berg · Halvik Post · March 14, 2025", "Halvik Post"),
        ("BY JANE ROE AND JON BERG · HALVIK POST · MARCH 14, 2025", "HALVIK POST"),
        # variants: three authors with "&" or a serial comma, other separators
        ("By Jane Roe, Jon Berg & Ann Lind | Halvik Post | 14 March 2025", "Halvik Post"),
        ("By Jane Roe, Jon Berg, and Ann Lind — Halvik Post — 14 March 2025", "Halvik Post"),
    ],
)
def test_several_authors_keep_the_outlet_and_date(tmp_path: Path, line: str, outlet: str) -> None:
    assert bylines.outlet_field(line) == outlet
    (tmp_path / "a.txt").write_text(f"Harbour story\n\n{line}\n\n{BODY}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.outlet == outlet
    assert article.date == "2025-03-14"
    assert article.title == "Harbour story"


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe and the harbour team · Halvik Post · March 14, 2025",  # no names joined
        "By Jane Roe and Jon Berg said the plan was late · Halvik Post · March 14, 2025",  # a sentence
    ],
)
def test_a_field_of_other_words_is_no_authors_field(line: str) -> None:
    assert bylines.outlet_field(line) is None
