"""A text-mode browser's dump (lynx: "[n]" link markers, a centred headline) with a share row
between the byline and the article: the headline is the title (issue #14, acceptance t13s F4:
"[8]Share on Facebook  [9]Share on X  [10]Copy link" was taken for a headline judged a teaser on
the walk up from the prose, and the title became the first sentence). In any language read: the
share row is a line of its own (the hard-wrap joiner had joined one near the column's width to
the first paragraph), page furniture, and the headline, byline and date over it are the
article's head, no "run of short title-case lines". Reported: t13s pages/lynx-harbourtimes.txt;
variants (invented): French and German dumps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31g"

CASES = {
    # file: (headline, share row as the split gives it, first words of the article, date)
    "lynx-harbourtimes.txt": (
        "Hotel fire toll rises to five as families wait for news",
        "[8]Share on Facebook  [9]Share on X  [10]Copy link",
        "PUERTO ALCINA",
        "2026-06-03T13:05+01:00",
    ),
    "lynx-courrier.txt": (
        "Le chalutier échoué devant Roscoff sera renfloué lundi",
        "[7]Partager sur Facebook  [8]Partager sur X  [9]Copier le lien",
        "ROSCOFF",
        "2026-03-12T18:05",
    ),
    "lynx-kuestenbote.txt": (
        "Fähre rammt Kaimauer in Cuxhaven, zwölf Verletzte",
        "[7]Auf Facebook teilen  [8]Per E-Mail senden  [9]Link kopieren",
        "CUXHAVEN",
        "2026-03-12T10:45",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_centred_headline_over_a_share_row_is_the_title(tmp_path: Path, name: str) -> None:
    headline, share, opening, date = CASES[name]
    shutil.copy(FIXTURES / name, tmp_path / name)
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(next(iter(corpus.entries)))
    assert article.title == headline
    assert article.date == date
    split = split_noise(article)
    assert headline in [s.text.strip() for s in split.content]
    assert [s.kind for s in split.noise if s.text.strip() == share] == ["call-to-action"]
    assert any(s.text.startswith(opening) for s in split.content)  # the first paragraph, no share words in it
