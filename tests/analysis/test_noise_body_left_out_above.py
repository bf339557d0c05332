"""A column whose HTML extractor kept its closing section (a heading and three paragraphs) and the
site's list of newest stories under it, and left the forty paragraphs above out: the run of
sentences left out in no named part of the page straight above the first kept line, more words
than the main text's own sentences, is the article's body (issue #14, unseen41's dailyportalz-1:
the Japanese column was dropped as outside the article). The reported page, and the same page
with its opening paragraphs written in English and in French (the extractor leaves them out the
same way); the site's header and menus above the body stay out."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen41" / "html" / "dailyportalz-1.html.gz"

REPORTED = [
    "だが果たして本当だろうか。にわかには信じがたい。試してみなければ。",
    "ナマズなんて魚は、いるところにはウナギ以上にたくさんいる魚である。田んぼの脇の細い用水路や都市河川にも頻繁に姿を見せる。",
    "それをウナギ以上に美味いだと？俺は騙されんからな。",
    "また、体表のヌルヌルは臭みの原因になりそうなので包丁でこそぎ落としておく。",
    "実際、僕も一匹分はすぐにぺろりと平らげた。",
]
ENGLISH = [
    "But is that really true? I find it hard to believe, so I had to try it myself.",
    "Catfish live in far greater numbers than eels, in the narrow ditches beside rice fields and in city rivers too.",
    "Better than eel, they say? I am not so easily fooled.",
    "The slime on the skin looked like the source of the smell, so I scraped it off with the knife.",
    "In the end I finished a whole fish on my own in a few minutes.",
]
FRENCH = [
    "Mais est-ce vraiment vrai ? J'ai du mal à le croire, alors il fallait essayer.",
    "Le poisson-chat vit en bien plus grand nombre que l'anguille, dans les fossés des rizières et les rivières des villes.",
    "Meilleur que l'anguille, dit-on ? On ne me la fait pas si facilement.",
    "Le mucus de la peau semblait être la cause de l'odeur, alors je l'ai gratté au couteau.",
    "Au final, j'ai mangé un poisson entier tout seul en quelques minutes.",
]


@pytest.mark.parametrize("lines", [REPORTED, ENGLISH, FRENCH], ids=["reported", "english", "french"])
def test_body_left_out_above_the_kept_ending_is_the_article(tmp_path: Path, lines: list[str]) -> None:
    html = gzip.decompress(PAGE.read_bytes()).decode("utf-8")
    for old, new in zip(REPORTED, lines):
        assert old in html
        html = html.replace(old, new)
    (tmp_path / "column.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = " ".join(seg.text for seg in split.content)
    assert [line for line in lines if line not in content] == []
    # The site's header and menus above the body stay out.
    assert "広告企画のご案内" not in content and "デイリーポータルZ友の会" not in content
