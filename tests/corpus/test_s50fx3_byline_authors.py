"""A byline's author list keeps its people and only them (review s50-rv2, round s50-fx3;
``bylines.author_list``): an outlet's initials after the author are no person (#7: "By Anna Lee,
AP" gave "Anna Lee; Ap"); a co-author whose surname is a paper's word is a person (#8: "By Emily
Post and Tom Hart" gave "Tom Hart"); a name's generational suffix stays on it (#2: "By Robert
Downey, Jr." gave "Robert Downey; Jr.")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.bylines import author_list
from waic_reader.index.corpus.reader import Corpus

LEAD = "The city council approved a new bridge on Monday after a long debate over its cost."


def _author(tmp_path: Path, byline: str) -> str | None:
    (tmp_path / "a.txt").write_text(f"Council approves new bridge\n\n{byline}\n\n{LEAD}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a").author


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Anna Lee, AP", "Anna Lee"),  # reported (#7)
        ("By Anna Lee, NPR", "Anna Lee"),  # reported (#7)
        ("By Marta Kowalski, KTVU", "Marta Kowalski"),
        ("By Emily Post and Tom Hart", "Emily Post; Tom Hart"),  # reported (#8)
        ("By Grace Herald & Omar Said", "Grace Herald; Omar Said"),
        ("By Robert Downey, Jr.", "Robert Downey, Jr."),  # reported (#2)
        ("By Martin Luther King III and Ana Gil", "Martin Luther King III; Ana Gil"),
    ],
)
def test_a_text_bylines_people_are_its_authors(tmp_path: Path, byline: str, author: str) -> None:
    assert _author(tmp_path, byline) == author


@pytest.mark.parametrize(
    ("value", "author"),
    [
        ("Anna Lee, CNN", "Anna Lee"),  # reported (#7)
        ("Anna Lee, WSJ", "Anna Lee"),  # reported (#7)
        ("Jon Berg; Kim Ode, BBC", "Jon Berg; Kim Ode"),
        ("Jordan Press and Anna Lee", "Jordan Press; Anna Lee"),  # reported (#8)
        ("Georgia Herald and Tom Hart", "Georgia Herald; Tom Hart"),  # reported (#8)
        ("Tom Hart and Sydney", "Tom Hart; Sydney"),  # reported (#8)
        ("Harry Connick, Jr", "Harry Connick, Jr"),  # reported (#2)
        ("Ines Roth, PhD, Evening Post", "Ines Roth, PhD"),
        # (kept as the round s50-m wanted: an outlet, a paper or a place after a comma is none)
        ("Anna Lee, Sydney", "Anna Lee"),
        ("Anna Lee, Charlotte Observer", "Anna Lee"),
        ("Callum Ferguson-Ōkubo, BBC News, Reykjavik", "Callum Ferguson-Ōkubo"),
        ("MERE TE RANGI-HALVORSEN and OLI BJARNASON", "Mere Te Rangi-Halvorsen; Oli Bjarnason"),
    ],
)
def test_author_list_keeps_the_people(value: str, author: str) -> None:
    assert author_list(value) == author
