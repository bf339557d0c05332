"""A page's link line is no site header, and a column's heading no site's name (review s36-rv
findings 8 and 15, round s36-a2).

Finding 8: ``titles.derive_outlet`` took the outlet from any noise line "X | Y" among the first two
lines: "Sign In | Subscribe" and "Skip To Content | Menu" over a headline named the outlets "Sign
In" and "Skip To Content"; a real page's "Home | Unplanned Pregnancy" (unseen15 adoption-1) named
"Home". Expected: the outlet only from a line the boilerplate split labelled the site's name, and
only a newspaper's name (:func:`titles.site_name_line`, the one "site-name line" check). The
reviewer's two inputs, then our own: a menu's "Home | News" and "Menu | Search", a German account
row, the fixture's shape.

Finding 15: a column's heading under the headline ("Daily Briefing", "Weekly Review" over the
live blog's stamp or byline) was labelled the site's name (navigation). Expected: it stays the
article's. The reviewer's three, then our own ("Weekly Roundup" over a byline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Article, Corpus

BODY = (
    "A passenger ferry capsized off the coast of Kellby on Monday morning, and rescuers pulled dozens "
    "of people from the water, officials said.\n\n"
    "The ferry was carrying 120 passengers when it overturned in heavy seas near the harbour entrance.\n"
)
BODY_DE = (
    "Eine Passagierfähre ist am Montagmorgen vor der Küste von Kellby gekentert, Rettungskräfte zogen "
    "Dutzende Menschen aus dem Wasser, teilten die Behörden mit.\n\n"
    "Die Fähre hatte 120 Passagiere an Bord, als sie im schweren Seegang vor der Hafeneinfahrt kenterte.\n"
)

# name: the page's text (its first line a page's links, never the site's name)
LINKS = {
    "reported-sign-in": "Sign In | Subscribe\n\nFerry capsizes off Kellby coast\n\n" + BODY,
    "reported-skip": "Skip To Content | Menu\n\nFerry capsizes off Kellby coast\n\n" + BODY,
    "home-news": "Home | News\n\nFerry capsizes off Kellby coast\n\n" + BODY,
    "menu-search": "Menu | Search\n\nFerry capsizes off Kellby coast\n\n" + BODY,
    "german-account": "Anmelden | Abonnieren\n\nFähre kentert vor der Küste von Kellby\n\n" + BODY_DE,
    "fixture-shape": "Pregnant?\n\nHome | Unplanned Pregnancy\n\nFerry capsizes off Kellby coast\n\n" + BODY,
}


def _read(tmp_path: Path, text: str) -> tuple[Article, NoiseSplit]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    art = Corpus.scan(tmp_path).article("a")
    return art, split_noise(art)


@pytest.mark.parametrize("name", list(LINKS))
def test_a_link_line_over_the_headline_names_no_outlet(tmp_path: Path, name: str) -> None:
    art, split = _read(tmp_path, LINKS[name])
    assert art.outlet is None
    # Nor is it labelled the site's header (it may be a menu's or an account's links).
    assert not any("site header" in s.reason for s in split.noise), [(s.kind, s.text, s.reason) for s in split.noise]


LIVE = """Corvenna Bridge collapse: live updates

{kicker}

{stamp}

13.40 BST
The death toll has risen to nine, Lindmark City Council said.

09.15 BST
At least six people have died after part of the Corvenna Bridge fell into the Aske, police said.
"""

# name: (the column's heading under the headline, the line under it)
KICKERS = {
    "reported-daily-briefing": ("Daily Briefing", "Live · Updated 14 July 2026"),
    "reported-weekly-review": ("Weekly Review", "Live · Updated 14 July 2026"),
    "reported-daily-update": ("Daily Update", "Live · Updated 14 July 2026"),
    "weekly-roundup-byline": ("Weekly Roundup", "By Ana Merle | 14 July 2026"),
}


@pytest.mark.parametrize("name", list(KICKERS))
def test_a_column_heading_under_the_headline_is_no_site_name(tmp_path: Path, name: str) -> None:
    kicker, stamp = KICKERS[name]
    art, split = _read(tmp_path, LIVE.format(kicker=kicker, stamp=stamp))
    assert kicker not in {s.text for s in split.noise if s.kind == "navigation"}, [
        (s.kind, s.text, s.reason) for s in split.noise
    ]
    assert art.outlet != kicker


# line: the site's name it gives (None: a page's links, a menu's words, a column's heading)
SITE_NAME_LINES = {
    "Kellby Post | Home": "Kellby Post",
    "LINDMARK ECHO | News": "LINDMARK ECHO",
    "El Heraldo de Áncash — Local News": "El Heraldo de Áncash",
    "Halvik Herald": "Halvik Herald",
    "Diario Sur": "Diario Sur",
    "Var-Matin": "Var-Matin",
    "Sign In | Subscribe": None,
    "Skip To Content | Menu": None,
    "Home | News": None,
    "Log In | Register": None,
    "Share This | Facebook": None,
    "Cookie Policy | Privacy": None,
    "Home | Unplanned Pregnancy": None,
    "Daily Briefing": None,
    "Weekly Review": None,
}


@pytest.mark.parametrize("line", list(SITE_NAME_LINES))
def test_the_one_site_name_check(line: str) -> None:
    from waic_reader.index.corpus.titles import site_name_line

    assert site_name_line(line) == SITE_NAME_LINES[line]


def test_a_byline_under_it_names_a_site_no_lexicon_knows() -> None:
    from waic_reader.index.corpus.titles import site_name_line

    line = "Dagbladet Nord | Nyheter"
    assert site_name_line(line) is None
    assert site_name_line(line, ["Av Sam Ferrow | Dagbladet Nord | 15. juli 2026"]) == "Dagbladet Nord"
