"""A photo's caption under its labelled credit, where the line over the credit is a quote's
signature ("–Bobby Benjamin, executive chef …"): the signature is no caption set without its full
stop, so the caption under the credit is taken (issue #14, unseen38's gardenandgun-1: "Roasted
cauliflower with chile-infused honey from Butchertown Grocery." stayed content in plain text).
The reported lines, and two invented pages (another dash, another credit's label)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = """{title}

{intro}

“{quote}”

{signature}

{credit}

{caption}

{after}

“{quote2}”

{signature2}
"""

CASES = [
    {  # reported (unseen38 gardenandgun-1)
        "title": "Eight Southern Chefs on How They Sous Vide at Home",
        "intro": "A large pot of water might not strike most people as the right vessel for cooking a steak, but "
        "chefs across the South swear by it, and many of them use the method at home as well as at work.",
        "quote": "We take local honey from the farmers market and combine it with Calabrese chiles and sous vide "
        "the mixture at 140 degrees for eight hours. It is wonderful on roasted vegetables.",
        "signature": "–Bobby Benjamin, executive chef and co-owner of Butchertown Grocery in Louisville, Kentucky",
        "credit": "photo: Courtesy of Butchertown Grocery",
        "caption": "Roasted cauliflower with chile-infused honey from Butchertown Grocery.",
        "after": "Eighty-six Thanksgiving stress",
        "quote2": "I use sous vide at home to make the perfect turkey breast for Thanksgiving, and it frees the oven "
        "for everything else on the table that day.",
        "signature2": "—Matthew Basford, executive chef of Canoe in Atlanta, Georgia",
    },
    {
        "title": "Five Bakers on Their Sourdough Habits",
        "intro": "Sourdough starters have a reputation for being fussy, but the bakers we asked keep theirs going "
        "with a few simple habits that anyone can follow in a home kitchen.",
        "quote": "I feed the starter once a day with rye flour and keep it on the counter by the window. In winter "
        "it slows down, so I give it warm water and a little more time.",
        "signature": "—Ada Kowalski, head baker at Rye House in Portland, Maine",
        "credit": "Photo: Rye House Bakery",
        "caption": "A rye loaf cooling on the rack at Rye House in Portland.",
        "after": "Keep it simple",
        "quote2": "The best advice I ever had was to stop measuring the starter and start watching it, because "
        "the dough tells you when it is ready.",
        "signature2": "—Tom Reyes, owner of Crumb in Austin, Texas",
    },
    {
        "title": "Three Brewers on Brewing Coffee at Home",
        "intro": "Good coffee at home needs less equipment than most people think, according to the roasters we "
        "spoke to this winter, and most of it comes down to fresh beans and patience.",
        "quote": "I weigh the beans every morning and grind them just before brewing. Pre-ground coffee loses most "
        "of its flavour within a day or two of opening the bag.",
        "signature": "–Mina Hart, roaster at Hart & Daughter Coffee in Leeds, England",
        "credit": "Image: Hart & Daughter Coffee",
        "caption": "Freshly roasted beans cooling in the drum at Hart & Daughter Coffee in Leeds.",
        "after": "Water matters",
        "quote2": "Filtered water makes a bigger difference than an expensive grinder, and it costs almost nothing "
        "to set up at home.",
        "signature2": "—Leo Brandt, barista trainer at Kaffeehaus in Bristol, England",
    },
]


@pytest.mark.parametrize("case", CASES, ids=["reported", "bakers", "coffee"])
def test_caption_under_credit_below_a_signature(tmp_path: Path, case: dict[str, str]) -> None:
    (tmp_path / "story.txt").write_text(PAGE.format(**case), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    noise = {seg.text.strip(): seg.kind for seg in split.noise}
    content = " ".join(seg.text for seg in split.content)
    assert noise.get(case["caption"]) == "caption"
    assert case["signature"] in content  # the quote's signature stays the article's
    assert case["quote"] in content
