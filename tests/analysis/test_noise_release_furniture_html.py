"""A press release read from HTML: the furniture after the release's text (the paragraph under an
"About <organisation>" header, the media contact's name, phone and e-mail lines) is press-release
boilerplate as in the plain-text copy of the same release, whether the HTML extractor kept those
lines as main text or left them out (s31-h, t13s F5: html/press-calder.html kept "Calder
Hospitality Group operates 46 hotels in nine countries …" and the e-mail line as article, so the
fact sheet listed the organisation's 46 hotels). The first case is the reported file; the others
are invented (another organisation, contact lines written otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31h"

NORDLICHT = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Nordlicht Energie statement on the Kessel dam leak | Nordlicht Press</title></head><body>
<nav><a>Home</a> <a>Company</a> <a>Press</a> <a>Jobs</a></nav>
<div class="pressrelease"><h1>Nordlicht Energie statement on the Kessel dam leak</h1>
<p>HAMBURG, March 12, 2026 /PRNewswire/ -- Nordlicht Energie said on Thursday that it had lowered
the water level of the Kessel reservoir after engineers found a leak in the dam's north wall.</p>
<p>No one was hurt and the villages below the dam were not at risk, the company said.</p>
<p>"Safety comes first, and we will publish the engineers' findings," said managing director Jutta Brenner.</p>
<h3>About Nordlicht Energie</h3>
<p>Nordlicht Energie runs 31 hydroelectric plants in four countries and has 2,900 employees.</p>
<h3>Press contact</h3>
<p>Henrik Sommer<br>Tel: +49 40 555 0199<br>presse@nordlicht.example</p>
</div>
<footer>© 2026 Nordlicht Energie AG · Imprint · Privacy</footer></body></html>
"""

HARBOUR = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbour Trust opens inquiry into ferry ramp failure</title></head><body>
<div class="content"><p><b>FOR IMMEDIATE RELEASE</b></p>
<h1>Harbour Trust opens inquiry into ferry ramp failure</h1>
<p>KINGSPORT, Sept. 2, 2026 -- The Kingsport Harbour Trust has opened an independent inquiry into
the failure of the ferry ramp at Pier 4, which injured eleven passengers on Monday.</p>
<p>The inquiry will be led by retired judge Amara Okafor and report within three months.</p>
<p><strong>About the Kingsport Harbour Trust</strong></p>
<p>The Kingsport Harbour Trust manages 12 piers and 3 ferry terminals and serves 4 million passengers a year.</p>
<p><strong>Media enquiries</strong><br>Owen Marsh<br>0161 496 0732<br>owen.marsh@harbourtrust.example</p>
<p>###</p></div>
<div class="foot">Copyright 2026 Kingsport Harbour Trust</div></body></html>
"""


def article(tmp_path: Path, name: str, text: str | None) -> Article:
    if text is None:
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def verdicts(art: Article) -> dict[str, str]:
    split = split_noise(art)
    out = {seg.text.strip(): "content" for seg in split.content}
    out.update({seg.text.strip(): seg.kind for seg in split.noise})
    return out


@pytest.mark.parametrize(
    ("name", "text", "furniture", "kept"),
    [
        (  # reported
            "press-calder.html",
            None,
            [
                "Calder Hospitality Group operates 46 hotels in nine countries and employs 5,200 people.",
                "Fiona Lake",
                "+44 20 7946 0321",
                "press@calder-hospitality.example",
            ],
            ['"We owe the families answers," said chief operating officer Neil Abernethy.'],
        ),
        (
            "nordlicht.html",
            NORDLICHT,
            [
                "Nordlicht Energie runs 31 hydroelectric plants in four countries and has 2,900 employees.",
                "Henrik Sommer",
                "presse@nordlicht.example",
            ],
            ["No one was hurt and the villages below the dam were not at risk, the company said."],
        ),
        (
            "harbour.html",
            HARBOUR,
            [
                "The Kingsport Harbour Trust manages 12 piers and 3 ferry terminals and serves 4 million "
                "passengers a year.",
                "Owen Marsh",
                "owen.marsh@harbourtrust.example",
            ],
            ["The inquiry will be led by retired judge Amara Okafor and report within three months."],
        ),
    ],
)
def test_release_furniture_in_html(
    tmp_path: Path, name: str, text: str | None, furniture: list[str], kept: list[str]
) -> None:
    got = verdicts(article(tmp_path, name, text))
    for line in furniture:
        assert got.get(line) == "press-release", (line, got)
    for line in kept:
        assert got.get(line) == "content", (line, got)
