"""A short text's derived title is never a block its noise split drops (issue #14, item 6: "Ferry
sinks" as a menu run's last line was dropped as a link yet was the title; "Divers find ferry's
black box" under "Top Stories" was dropped as a list item yet was the title). A headline straight
over a byline and prose is the article's headline, not the menu's last link."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.reader import Corpus

PROSE = (
    "A ferry sank off Halvik on Friday evening in a violent storm, and at least twelve people died, the "
    "coastguard said early on Saturday.\n"
    "More than 180 passengers were pulled from the water by rescue boats and helicopters during the night.\n"
    "The cause of the accident is not yet known.\n"
)


def _read(tmp_path: Path, text: str) -> tuple[str, list[str]]:
    """The derived title and the lines the noise split keeps."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("a")
    labels = classify_article(article.blocks, article.discarded)
    kept = [b.text for b, lab in zip(article.blocks, labels) if lab is None]
    return article.title, kept


@pytest.mark.parametrize(
    ("menu", "headline", "byline"),
    [
        ("Home\nNews\nWorld\nSport\nBusiness\n", "Ferry sinks", "By Jane Roe"),  # the reported input
        ("Home\nLocal\nNational\nWeather\nOpinion\n", "Storm hits coast", "By Liv Strand"),
        ("News\nSport\nCulture\nTravel\nMoney\n", "Harbour closed", "BY OLA NES"),
    ],
)
def test_a_menu_line_over_a_byline_and_prose_is_the_headline(
    tmp_path: Path, menu: str, headline: str, byline: str
) -> None:
    title, kept = _read(tmp_path, f"{menu}{headline}\n{byline}\n{PROSE}")
    assert title == headline
    assert headline in kept
    assert "News" not in kept and "Home" not in kept and "Sport" not in kept


def test_a_menu_line_straight_over_prose_is_kept_as_the_title(tmp_path: Path) -> None:
    # Without the byline the short line over the prose is its heading: kept, and the title.
    title, kept = _read(tmp_path, f"Home\nNews\nWorld\nSport\nBusiness\nFerry sinks\n{PROSE}")
    assert title == "Ferry sinks"
    assert "Ferry sinks" in kept and "Business" not in kept


INLINE_NOISE = (  # the reported input's head, c5/inline_noise.txt
    "Halvik Post\n"
    "Top Stories\n"
    "Minister resigns over bridge contract\n"
    "Storm warning extended to weekend\n"
    "Lottery winner comes forward\n"
    "{headline}\n"
    "The ferry's voyage data recorder was recovered from the wreck on Tuesday, giving investigators their "
    "first hard evidence of what happened on the bridge in the minutes before it capsized.\n"
    "The recorder was found in the wheelhouse by navy divers and flown to the accident investigation board in "
    "the capital, a spokesman said.\n"
    "Investigators expect to have a first reading of the data within two weeks.\n"
)


@pytest.mark.parametrize(
    "headline",
    ["Divers find ferry's black box", "Ferry recorder recovered from wreck", "Black box found by navy divers"],
)
def test_the_title_is_never_a_block_judged_noise(tmp_path: Path, headline: str) -> None:
    text = INLINE_NOISE.format(headline=headline)
    title, kept = _read(tmp_path, text)
    # Either the headline is kept as the article's, or the title comes from what is kept.
    if headline in kept:
        assert title == headline
    else:
        assert title != headline
        assert any(title.rstrip("…") in line for line in kept)
