"""A news page quoting a press release under its own lead paragraph, read from HTML: the
release's opening note ("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "News Release") opens the
release's text, which is the article's; only the furniture after that text ("About
<organisation>" and its paragraph) is press-release boilerplate (issue #14, unseen38's pehub-1:
the release's nine paragraphs under "PRESS RELEASE" were dropped as furniture after the article).
The first case is the reported page's layout and line; the others are invented (another note,
another outlet and organisation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | {outlet}</title></head><body>
<nav><a>Home</a> <a>News</a> <a>Deals</a> <a>People</a></nav>
<article><h1>{title}</h1>
<p>{lead}</p>
<p><strong>{note}</strong></p>
<p>{release}</p>
<p>{second}</p>
<p><strong>About {org}</strong></p>
<p>{about}</p>
</article>
<footer>© 2019 {outlet} · Terms of Use · Privacy Policy</footer></body></html>
"""

CASES = [
    (  # reported (unseen38 pehub-1: its layout, its lead paragraph and the release's first line)
        {
            "title": "Corelle Brands and Instant Brands to merge",
            "outlet": "PE Hub",
            "lead": "Corelle Brands LLC, which is backed by Cornell Capital and Instant Brands, a maker of the "
            "Instant Pot product, have agreed to merge. No financial terms were disclosed.",
            "note": "PRESS RELEASE",
            "release": "ROSEMONT, Ill. and KANATA, Ontario – March 4, 2019 – Corelle Brands LLC (“Corelle Brands”), "
            "a leading manufacturer and marketer of housewares, and Instant Brands Inc. announced today that "
            "they have entered into a definitive agreement to combine the two companies.",
            "second": "Financial terms of the transaction were not disclosed. The transaction is expected to be "
            "completed during the second quarter of 2019.",
            "org": "Cornell Capital",
            "about": "Cornell Capital LLC is a private investment firm that takes a value-driven approach to investing.",
        }
    ),
    {
        "title": "Harlow Rail orders forty trams from Vessen",
        "outlet": "Transit Weekly",
        "lead": "Harlow Rail has ordered forty low-floor trams from the Danish maker Vessen for its new "
        "eastern line, the operator said on Tuesday.",
        "note": "FOR IMMEDIATE RELEASE",
        "release": "HARLOW, England, June 11, 2024 – Harlow Rail today signed a contract with Vessen A/S for the "
        "delivery of forty trams, the largest order in the operator's history, with the first due in 2026.",
        "second": "The trams will run on the eastern line between the station and the university from the "
        "spring of 2027, the operator said.",
        "org": "Vessen Trams",
        "about": "Vessen Trams builds trams and light rail vehicles in Aarhus and employs 1,800 people.",
    },
    {
        "title": "Brightwater buys stake in Kallio Foods",
        "outlet": "Deal Desk",
        "lead": "The private equity firm Brightwater Partners has bought a majority stake in Kallio Foods, "
        "a Finnish maker of frozen berries, for an undisclosed sum.",
        "note": "News Release",
        "release": "HELSINKI, Finland, Oct. 2, 2023 – Brightwater Partners said today that it had acquired 60 "
        "per cent of Kallio Foods from its founding family, who keep the rest of the company.",
        "second": "Kallio's chief executive Sanna Virta will stay on and lead the company's expansion into "
        "Germany and Poland, the firm said.",
        "org": "Brightwater Partners",
        "about": "Brightwater Partners is an investment firm with offices in London and Stockholm.",
    },
]


@pytest.mark.parametrize("case", CASES, ids=["reported", "immediate-release", "news-release"])
def test_release_text_under_its_note_is_the_article(tmp_path: Path, case: dict[str, str]) -> None:
    (tmp_path / "page.html").write_text(PAGE.format(**case), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = " ".join(seg.text for seg in split.content)
    noise = {seg.text.strip(): seg.kind for seg in split.noise}
    assert case["lead"] in content
    assert case["release"] in content  # the release's text, under its note: the article's
    assert case["second"] in content
    assert noise.get(case["about"]) == "press-release"  # the furniture after it stays boilerplate
