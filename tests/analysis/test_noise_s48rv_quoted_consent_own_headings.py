"""Review s48-rv findings 10 and 13 (round s48-a's unseen43 kinds, issue #14), each as the reviewer's
input and two variants of our own:

- a news paragraph that quotes or reports consent wording ("The banner told readers that by clicking
  "Accept" you agree …", "…, the regulator said") is the article's, not an embed's consent notice
  (legal): the notice speaks to the reader itself, its clause opening a sentence, in a block that
  reports no one's words;
- an article's own section heading that other-stories boxes also use ("Recommended reading",
  "Related articles", "Related stories") straight over prose stays the article's heading;
  the editors' picks and "More stories about …" headers stay the box's (test_noise_embed_consent_picks_caption_toggle).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Corpus

PARA_1 = (
    "The national agency publishes its flood maps online, and since April they show the risk for every street "
    "in the country, from the coast to the mountain valleys, in four colours."
)
PARA_2 = (
    "The agency's own guide, Living With Water, explains each colour on the map in plain language and lists "
    "what a household can do before the first storms of the autumn arrive."
)
PARA_3 = (
    "Councils have until the end of the year to publish their own plans, the minister said, and those that do "
    "not will lose part of their grant for flood defences next spring."
)


def _split(tmp_path: Path, lines: list[str]) -> NoiseSplit:
    text = "\n\n".join(["Flood maps now cover every street", "By Jane Roe", PARA_1, *lines, PARA_3]) + "\n"
    (tmp_path / "maps.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return split_noise(art)


QUOTED_CONSENT = [
    # the reviewer's paragraph: the wording reported inside a sentence
    'The banner told readers that by clicking "Accept" you agree to let the site share your browsing data with '
    "more than 800 advertising firms, a message the regulator called misleading and incomplete.",
    # opening its sentence, but reported: the regulator's words
    'By clicking "Allow" you agree to tracking by more than 300 firms, the regulator said in its ruling on '
    "Tuesday, a wording it found misleading for most readers.",
    # German, reported inside a sentence
    "Die Behörde kritisierte, dass mit dem Klick auf „Akzeptieren“ die Leser einverstanden seien, dass ihre "
    "Daten an mehr als 800 Firmen gehen, und nannte das irreführend.",
]


@pytest.mark.parametrize("paragraph", QUOTED_CONSENT)
def test_a_news_paragraph_quoting_consent_wording_stays_content(tmp_path: Path, paragraph: str) -> None:
    split = _split(tmp_path, [paragraph, PARA_2])
    assert paragraph in split.content_text(), {s.text: s.kind for s in split.noise}


@pytest.mark.parametrize("heading", ["Recommended reading", "Related articles", "Related stories"])
def test_an_articles_own_section_heading_over_prose_stays(tmp_path: Path, heading: str) -> None:
    split = _split(tmp_path, [heading, PARA_2])
    assert heading in split.content_text(), {s.text: s.kind for s in split.noise}
    assert PARA_2 in split.content_text()
