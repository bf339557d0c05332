"""The article's summary is the article's wherever the page's markup puts it (issue #14, unseen36
kpbs-1, uniradio-1): a standfirst the page writes in a "promo" box over the article, or in a
<nav> under the headline, was left out of the main text by the extractor and dropped as that
box's kind. The page's metadata description says it is the summary. The reported layouts (the
promo box, the <nav>), then a variant of my own: the standfirst in a <figcaption>. A caption that
is not the description stays a caption. Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_SUMMARY = (
    "Over a hundred asylum-seekers blocked the path of immigration vans on Tuesday in protest at"
    " what they believe to be corruption by immigration officials."
)
_PARAGRAPHS = [
    "Over a hundred asylum-seekers blocked the path of immigration vans on Tuesday morning, saying"
    " they had waited for months without an answer to their requests for transit papers.",
    "The complaints stem from the authorities' refusal to accept migrants from Africa for the"
    " humanitarian visas that other groups have been given this year, the protesters said.",
    "After an hour-long meeting, the asylum-seekers and officials emerged with a deal that the"
    " group would be heard again within a week, and the vans were let through at noon.",
    "Officials did not answer questions about the visas, and a spokesman said the office would"
    " publish a statement on the meetings once the talks were over.",
]
_BOXES = {
    "promo": '<div class="promo-summary"><p>{s}</p></div>',
    "nav": '<nav class="subtitle"><p>{s}</p></nav>',
    "figcaption": '<figure><img src="a.jpg" alt=""><figcaption class="media-legend">{s}</figcaption></figure>',
}


def _page(box: str, description: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        "<html><head><title>Asylum-seekers protest at the border</title>"
        f'<meta name="description" content="{description}"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
        f"<h1>Asylum-seekers protest at the border</h1>{box}"
        f"<article><div class='body'>{body}</div></article>"
        "<footer><p>© 2026 The Border Courier</p></footer></body></html>"
    )


def _split(tmp_path: Path, html: str) -> tuple[set[str], set[str]]:
    (tmp_path / "story.html").write_text(html, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(next(iter(corpus.entries))))
    return {s.text for s in split.content}, {s.text for s in split.noise}


@pytest.mark.parametrize("case", sorted(_BOXES))
def test_a_standfirst_the_description_names_is_the_articles(tmp_path: Path, case: str) -> None:
    content, _ = _split(tmp_path, _page(_BOXES[case].format(s=_SUMMARY), _SUMMARY))
    assert _SUMMARY in content
    assert all(p in content for p in _PARAGRAPHS)


def test_a_caption_that_is_not_the_description_stays_a_caption(tmp_path: Path) -> None:
    caption = "Asylum-seekers wait by the immigration office in the border town on Tuesday, July 9."
    content, noise = _split(tmp_path, _page(_BOXES["figcaption"].format(s=caption), _SUMMARY))
    assert caption in noise
    assert all(p in content for p in _PARAGRAPHS)
