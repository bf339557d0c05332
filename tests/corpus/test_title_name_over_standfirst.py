"""A paper's name over a headline and a standfirst in a plain-text page (#16, round s34-e): "The
Last Post" over "Reservoir drops to record low" over the standfirst "Farmers fear a dry year as the
reservoir drops" took the standfirst for the title (a headline in sentence case over a deck was
passed over for it). Under a paper's name, the line over the standfirst is the headline and the
title, and the name is the outlet, however the paper is named ("Halvik Evening Post", a name of no
newspaper's word, "The Morning Lantern", a French one); a page whose name stands straight over its
headline keeps that headline. The reported layout and variants of my own (invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = {
    "en": "The Holm reservoir fell to 41 percent of capacity on Monday, the water board said, and farmers in "
    "the valley said they would cut planting this spring.",
    "fr": "Le Rhône est monté de deux mètres en une nuit, a indiqué la préfecture mardi, et plusieurs villages "
    "ont été évacués par précaution.",
}


def _read(tmp_path: Path, text: str) -> tuple[str, str | None]:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    return article.title, article.outlet


@pytest.mark.parametrize(
    ("name", "headline", "standfirst", "lang"),
    [
        # reported
        ("The Last Post", "Reservoir drops to record low", "Farmers fear a dry year as the reservoir drops", "en"),
        # variants: a name with a newspaper's word, a name with none, a French page
        (
            "Halvik Evening Post",
            "Water board orders hosepipe ban",
            "Farmers fear a dry year as the reservoir drops",
            "en",
        ),
        (
            "The Morning Lantern",
            "Reservoir falls to record low",
            "Residents worry about a second dry summer in the valley",
            "en",
        ),
        ("Le Petit Rhône", "La crue menace les vignobles", "Les viticulteurs craignent une récolte perdue", "fr"),
    ],
)
def test_the_headline_under_the_name_is_the_title(
    tmp_path: Path, name: str, headline: str, standfirst: str, lang: str
) -> None:
    title, outlet = _read(tmp_path, f"{name}\n\n{headline}\n\n{standfirst}\n\n{PROSE[lang]}\n")
    assert (title, outlet) == (headline, name)


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("The Last Post", "Farmers fear a dry year as the reservoir drops"),
        ("Halvik Evening Post", "Water board orders hosepipe ban"),
    ],
)
def test_a_name_straight_over_its_headline_keeps_it(tmp_path: Path, name: str, headline: str) -> None:
    title, outlet = _read(tmp_path, f"{name}\n\n{headline}\n\n{PROSE['en']}\n")
    assert (title, outlet) == (headline, name)


def test_a_rubric_over_headline_and_standfirst_is_no_outlet(tmp_path: Path) -> None:
    # "Local News" names a section, never the paper (what the headline under a rubric is stays as
    # it was: this round reads a paper's name alone)
    _title, outlet = _read(
        tmp_path,
        f"Local News\n\nReservoir drops to record low\n\nFarmers fear a dry year as the reservoir drops\n\n{PROSE['en']}\n",
    )
    assert outlet != "Local News"
