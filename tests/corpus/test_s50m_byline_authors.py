"""A byline's authors one by one, none of them the outlet or the place it names (t13as N9, round
s50-m; ``bylines.author_list``): "By MERE TE RANGI-HALVORSEN and OLI BJARNASON" is two people,
written as the entity recogniser writes a name seen only in capitals (``lexicons.title_cased``);
"By Callum Ferguson-Ōkubo, BBC News, Reykjavik" one, the outlet and the place being where the
author works and writes from."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

LEAD = "Officials said on Thursday that flights would resume once the ash cloud had cleared the coast."


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By MERE TE RANGI-HALVORSEN and OLI BJARNASON", "Mere Te Rangi-Halvorsen; Oli Bjarnason"),  # reported
        ("By JUAN PÉREZ-LUNA & ANA GIL", "Juan Pérez-Luna; Ana Gil"),
        ("By Kari Nordmann-Berg and Ole Haugen", "Kari Nordmann-Berg; Ole Haugen"),
    ],
)
def test_a_text_bylines_authors_one_by_one(tmp_path: Path, byline: str, author: str) -> None:
    (tmp_path / "a.txt").write_text(
        f"Eruption toll rises to four\n{byline}\nNovember 19, 2026 07:30\n\n{LEAD}\n", "utf-8"
    )
    assert Corpus.scan(tmp_path).article("a").author == author


PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Ash cloud closes airports across the north - {site}</title>
<meta property="og:title" content="Ash cloud closes airports across the north">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2026-11-18T07:50:00Z">
</head><body><main><article>
<h1>Ash cloud closes airports across the north</h1>
<div class="byline">{byline}</div>
<time datetime="2026-11-18T07:50:00Z">18 November 2026</time>
<p>Two people have died and 41 have been rescued after the volcano in the south-west erupted early on Wednesday morning.</p>
<p>The eruption started shortly before 04:00 GMT, the Met Office said, and the ash plume rose to eleven kilometres.</p>
<p>About 3,900 flights have been cancelled across Europe, according to Eurocontrol, with airports in Scotland closed.</p>
</article></main></body></html>
"""


@pytest.mark.parametrize(
    ("site", "byline", "author"),
    [
        ("BBC News", "By Callum Ferguson-Ōkubo, BBC News, Reykjavik", "Callum Ferguson-Ōkubo"),  # reported
        ("BBC News", "By Yuri Petrov-Lind, BBC News Moscow", "Yuri Petrov-Lind"),
        ("Nordic Herald", "By Ana Gil-Soto, Nordic Herald, Bergen", "Ana Gil-Soto"),
    ],
)
def test_a_pages_byline_names_no_outlet_or_place_as_author(tmp_path: Path, site: str, byline: str, author: str) -> None:
    (tmp_path / "a.html").write_text(PAGE.format(site=site, byline=byline), "utf-8")
    assert Corpus.scan(tmp_path).article("a").author == author
