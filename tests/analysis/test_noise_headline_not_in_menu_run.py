"""The page's headline, the line straight over the byline, the dateline or the first paragraph,
is never one of a run of menu lines before the article (s30-s, t13r F11: saved-page.txt's "Rail
crash: driver says brakes failed", under a menu, "Sign in | Subscribe" and the site's name, was
"one of a run of 4 short title-case lines", and the title became the body's first sentence).
The first case is the reported file; the others are invented (the headline over a dateline, over
a byline alone, and straight over the first paragraph, which held before too). The menu lines above stay boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13r_s30s"

DATELINE = (
    "Skip to content\n"
    "Home  Local  Sport  Weather  Jobs\n"
    "Log in | Register\n\n"
    "FJORD TIDENDE\n\n"
    "Crane collapse: two dock workers hurt at terminal\n\n"
    "March 3, 2026 | By Kari Lund\n\n"
    "A crane at the Valdmark container terminal collapsed on Tuesday, injuring two dock workers, "
    "the port authority said.\n\n"
    "Work at the terminal was halted while inspectors examined the other cranes, a spokesman said.\n"
)
NO_BYLINE = (
    "Skip to content\n"
    "Home  World  Business  Culture\n"
    "Subscribe | Sign in\n\n"
    "ALTIPLANO HERALD\n\n"
    "Oruro mine flood: twelve miners trapped\n\n"
    "Twelve miners were trapped after water flooded a tin mine near Oruro on Monday, "
    "the Bolivian mining ministry said.\n\n"
    "Rescue teams were pumping water from the lower galleries overnight, officials said.\n"
)

BYLINE = (
    "Skip to navigation\n"
    "Home  Local  Business  Weather  Jobs\n"
    "Log in | Subscribe\n\n"
    "HALVIK COURIER\n\n"
    "Ferry strike: crews walk out at dawn\n\n"
    "By Ola Berg\n\n"
    "Crews on the Halvik ferries walked out at dawn on Friday in a dispute over rosters, leaving "
    "hundreds of commuters stranded, the union said.\n\n"
    "The operator said talks would resume on Monday and urged passengers to use the bus link.\n"
)


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


@pytest.mark.parametrize(
    ("name", "text", "headline", "menu"),
    [
        ("saved-page.txt", None, "Rail crash: driver says brakes failed", "Sign in | Subscribe"),  # reported
        ("dateline.txt", DATELINE, "Crane collapse: two dock workers hurt at terminal", "Log in | Register"),
        ("byline.txt", BYLINE, "Ferry strike: crews walk out at dawn", "Log in | Subscribe"),
        ("nobyline.txt", NO_BYLINE, "Oruro mine flood: twelve miners trapped", "Subscribe | Sign in"),
    ],
)
def test_the_headline_over_the_article_is_no_menu_line(
    tmp_path: Path, name: str, text: str | None, headline: str, menu: str
) -> None:
    body = text if text is not None else (FIXTURES / name).read_text(encoding="utf-8")
    art = article(tmp_path, name, body)
    split = split_noise(art)
    assert headline in {seg.text.strip() for seg in split.content}
    assert headline not in {seg.text.strip() for seg in split.noise}
    assert menu in {seg.text.strip() for seg in split.noise}
    assert art.title == headline
