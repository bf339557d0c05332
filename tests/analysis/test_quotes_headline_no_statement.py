"""The article's headline reports no words but those in its quotation marks (t13r F14 b, round
s31-f): under a site's name, "Bridge inspector warned of cracks in 2024" was read as a paragraph
and gave an unattributed quote "cracks in 2024". A headline's verb says what the story is about;
the statements are in the article's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes import Quote
from waic_reader.index.corpus.reader import Corpus


def quotes_of(tmp_path: Path, text: str) -> list[Quote]:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(text, "utf-8")
    return Analyser(Corpus.scan(folder), data_dir=tmp_path / "data").doc("a").quotes


@pytest.mark.parametrize(
    ("outlet", "headline", "byline", "lede", "statement"),
    [
        (  # the reported input (/work/t13r/probe/notitle.html, as text)
            "Andes Daily",
            "Bridge inspector warned of cracks in 2024",
            "By Sara Lind · June 4, 2026",
            "An inspector warned two years ago that the Huancarí bridge had cracks in its main span, "
            "documents seen by Andes Daily show.",
            "the Huancarí bridge had cracks",
        ),
        (
            "Harbour Gazette",
            "Mayor insists ferry pier will open by spring",
            "By Ola Brekke · 2 May 2026",
            "Mayor Ingrid Dahl said on Friday that the pier would open in April, weeks ahead of plan.",
            "the pier would open in April",
        ),
        (
            "Rail Weekly",
            "Minister says coastal line will reopen in May",
            "By Petra Lund · 9 March 2026",
            "Transport minister Karl Wendt told parliament that repairs to the coastal line were nearly finished.",
            "repairs to the coastal line were nearly finished",
        ),
    ],
)
def test_the_headline_holds_no_statement(
    tmp_path: Path, outlet: str, headline: str, byline: str, lede: str, statement: str
) -> None:
    text = f"{outlet}\n\n{headline}\n\n{byline}\n\n{lede}\n\nThe story continues below with more detail.\n"
    quotes = quotes_of(tmp_path, text)
    top = text.index(headline) + len(headline)
    assert not [q.text for q in quotes if q.start < top], [q.text for q in quotes]
    assert any(statement in q.text for q in quotes), [q.text for q in quotes]
