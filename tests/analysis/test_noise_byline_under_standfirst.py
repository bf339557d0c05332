"""Whether the article's prose stands above a byline with its date and time is judged by the one
prose test (``features.is_prose_block``), not a count of its own (issue #14, round s39-x3: the
byline rule's own "a sentence of 8 words" took a standfirst's short sentence under the headline for
the article's prose, so the byline under it was a commenter's stamp, comment furniture, and the
article had no author). The reported layout (a site's menu over the headline, acceptance t13af N1)
with a standfirst, and variants of our own: other standfirsts and byline fields. A commenter's
stamp under the comments stays comment furniture (tests/analysis/test_noise_stamp_under_byline.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_BODY = [
    "Alcobrena woke up to the sound of an explosion. At 6.42 on Sunday morning a storage tank at the plant "
    "blew up, killing four workers.",
    "Twenty people were taken to hospital, according to the fire brigade. The commander said the flames were "
    "under control by 10.30.",
    "The municipality evacuated 1,350 residents of two neighbourhoods, which lie about 3 kilometres from the plant.",
]
STANDFIRSTS = [
    "Dock workers walked out on Monday over pay and hours.",  # reported shape
    "The strike could last until the end of the month.",
    "Unions say talks with the port authority have broken down.",
]
BYLINES = [
    ("By Anna Lind | March 3, 2025 09:15", "Anna Lind"),
    ("By Kofi Mensah · June 12, 2024 at 6:05 pm", "Kofi Mensah"),
]


@pytest.mark.parametrize("standfirst", STANDFIRSTS)
@pytest.mark.parametrize(("byline", "author"), BYLINES)
def test_a_byline_under_a_short_standfirst_is_the_articles(
    tmp_path: Path, standfirst: str, byline: str, author: str
) -> None:
    lines = ["Skip to content", "Portmere Times", "Home | News | Sport | Business", ""]
    lines += ["Harbour cranes halted by strike", standfirst, "", byline, ""]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n" + "\n\n".join(_BODY) + "\n", encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(next(iter(corpus.entries)))
    split = split_noise(article)
    assert {s.kind for s in split.noise if s.text == byline} == {"byline"}, [(s.kind, s.reason) for s in split.noise]
    assert article.author == author
    assert all(s.text not in _BODY for s in split.noise)
