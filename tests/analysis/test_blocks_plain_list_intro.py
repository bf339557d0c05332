"""A line ending with ":" over a list written without bullets, one item a line ("The victims
were:" over "Esteban Molina, 52, night porter", …), is the sentence the list ends, no heading; and
the list's items, its last one over the prose after it included ("Hugo Lind, 73"), are items, no
headings (s31-h, t13s F13: clean/victims.txt gave both the intro and the last name kind heading).
The first case is the reported file; the others are invented (other lists, other wording). A short
line over prose, with no list under it, stays a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.blocks import split_blocks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31h"

RESCUED = (
    "Fishermen rescued off Dalen\n\n"
    "The coastguard on Sunday named the nine fishermen brought ashore after their trawler sank in the storm.\n\n"
    "Those rescued are:\n\n"
    "Ivar Nygaard, skipper\n"
    "Jens Holm, 44\n"
    "Per Aune, 19, deckhand\n"
    "Ola Strand\n\n"
    "All were taken to the hospital in Nordvik for checks and released by the evening.\n"
)
CLOSED = (
    "Kessel road closures this week\n\n"
    "The county said several roads around the Kessel reservoir would close while the dam is repaired.\n\n"
    "Closed until Friday:\n\n"
    "Dam Road between Oberkessel and the car park\n\n"
    "Lake Lane\n\n"
    "The footpath along the north shore\n\n"
    "Drivers are asked to use the B12 through Unterkessel, which adds about ten minutes to the journey.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "intro", "items"),
    [
        ("victims.txt", None, "The victims were:", ["Esteban Molina, 52, night porter", "Hugo Lind, 73"]),  # reported
        ("rescued.txt", RESCUED, "Those rescued are:", ["Ivar Nygaard, skipper", "Ola Strand"]),
        ("closed.txt", CLOSED, "Closed until Friday:", ["Lake Lane", "The footpath along the north shore"]),
    ],
)
def test_plain_list_intro_and_items_are_no_headings(name: str, text: str | None, intro: str, items: list[str]) -> None:
    if text is None:
        text = (FIXTURES / name).read_text(encoding="utf-8")
    kinds = {b.text.strip(): b.kind for b in split_blocks(text)}
    assert kinds[intro] == "paragraph", kinds
    for item in items:
        assert kinds[item] == "paragraph", (item, kinds)


def test_short_line_over_prose_stays_a_heading() -> None:
    text = (FIXTURES / "victims.txt").read_text(encoding="utf-8")
    kinds = {b.text.strip(): b.kind for b in split_blocks(text)}
    assert kinds["Share your memories"] == "heading"
