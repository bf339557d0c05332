"""A person named only in the boilerplate (the byline "By Sara Lind · June 4, 2026", a credit
line) is never whom the article's own text refers to (t13r F14 a, round s31-f): "An inspector
warned … that the bridge had cracks" under the headline "Bridge inspector warned of cracks" and
the byline was credited to the byline's author, the headline's "inspector" read as introducing
her. A role introduces only a name in its own block, and a description, a role or a pronoun
never stands for a name in the boilerplate: such a quote is unattributed."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes import Quote
from waic_reader.index.corpus.reader import Corpus

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div>{outlet}</div>
<div><a href="/">Home</a> | <a href="/peru">Peru</a> | <a href="/world">World</a></div>
<div>{headline}</div>
<div>By {author} · June 4, 2026</div>
<div>{lede}</div>
<div>{second} (Reporting by {author}; Editing by Tom Hale)</div>
<div>© 2026 {outlet}</div>
</body></html>
"""


def quotes_of(tmp_path: Path, page: str) -> list[Quote]:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.html").write_text(page, "utf-8")
    return Analyser(Corpus.scan(folder), data_dir=tmp_path / "data").doc("a").quotes


@pytest.mark.parametrize(
    ("outlet", "headline", "author", "lede", "second", "words"),
    [
        (  # the reported input (/work/t13r/probe/notitle.html)
            "Andes Daily",
            "Bridge inspector warned of cracks in 2024",
            "Sara Lind",
            "An inspector warned two years ago that the Huancarí bridge had cracks in its main span, "
            "documents seen by Andes Daily show.",
            "The report, signed by engineer Hiroshi Tanabe, recommended repairs costing 3 million soles.",
            "the Huancarí bridge had cracks",
        ),
        (
            "Coast News",
            "Nurse warned of ward shortages",
            "Jonas Ekberg",
            "A nurse warned last winter that the ward was short of beds, according to letters seen by this newspaper.",
            "The hospital declined to comment on the letters.",
            "the ward was short of beds",
        ),
        (
            "Valley Times",
            "Flood leaves dozens homeless",
            "Anna Berg",
            "Dozens of families spent the night in a school gym after the river burst its banks.",
            '"We lost everything we owned in one night," she said.',
            "We lost everything",
        ),
    ],
)
def test_no_quote_is_the_bylines(
    tmp_path: Path, outlet: str, headline: str, author: str, lede: str, second: str, words: str
) -> None:
    page = PAGE.format(outlet=outlet, headline=headline, author=author, lede=lede, second=second)
    quotes = [q for q in quotes_of(tmp_path, page) if words in q.text]
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes_of(tmp_path, page)]
    assert quotes[0].speaker is None, quotes[0].speaker


def test_a_role_in_the_names_own_block_still_introduces(tmp_path: Path) -> None:
    page = PAGE.format(
        outlet="Andes Daily",
        headline="Bridge repairs delayed again",
        author="Sara Lind",
        lede="The works were approved by chief inspector Rosa Quintana in March.",
        second="The inspector warned on Tuesday that the span could close for a month.",
    )
    quotes = [q for q in quotes_of(tmp_path, page) if "span could close" in q.text]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Rosa Quintana"]
