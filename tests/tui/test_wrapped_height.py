"""``wrapped_height`` counts the lines Textual's wrap makes (the reader's and compare's layouts
use it for every block and row; the lines drawn are still wrapped by Textual): it must agree with
``len(Content(text).wrap(width))`` on any text, or rows would overlap or leave gaps."""

from __future__ import annotations

import random

import pytest
from textual.content import Content

from waic_reader.tui.widgets.stacked_view import wrapped_height, wrapped_line_starts, wrapped_starts

CASES = [
    ("", 10),
    ("   ", 2),
    ("word", 4),
    ("word", 3),  # folded
    ("two words", 4),
    ("  leading spaces count on the first line", 8),
    ("trailing spaces stay     ", 5),
    ("a" * 11 + " " * 5 + "b", 5),  # a folded word's spaces after it make a line of their own
    ("one\ntwo three\n\nfour\n", 6),
    ("tab\tinside a line", 6),  # not one cell each: Textual wraps the line
    ("日本語のテキスト mixed with Latin words", 7),
    ("non\u00a0breaking\u2003spaces and \u201cquotes\u201d \u2014 dashes", 9),
    ("zero\u200bwidth space", 5),
]


@pytest.mark.parametrize(("text", "width"), CASES)
def test_edge_cases(text: str, width: int) -> None:
    assert wrapped_height(text, width) == len(Content(text).wrap(width))


def test_random_texts() -> None:
    rng = random.Random(13)
    pieces = [" ", "  ", "   ", "\n", ".", "\u00a0", "\u2003", "\u201c", "é", "\u2028", "\t", "語", "\u200b"]
    for _ in range(4_000):
        parts = [
            "a" * rng.randint(1, 25) if rng.random() < 0.5 else rng.choice(pieces) for _ in range(rng.randint(0, 40))
        ]
        text = "".join(parts)
        width = rng.randint(1, 30)
        assert wrapped_height(text, width) == len(Content(text).wrap(width)), (text, width)


@pytest.mark.parametrize(("text", "width"), CASES)
def test_line_starts_edge_cases(text: str, width: int) -> None:
    assert wrapped_line_starts(text, width) == wrapped_starts(text, Content(text).wrap(width))


def test_line_starts_random_texts() -> None:
    # Where each line starts, not only how many there are: the reader draws a long block a window
    # of lines at a time from these, and a jump finds its line in them.
    rng = random.Random(29)
    pieces = [" ", "  ", "   ", "\n", ".", "\u00a0", "\u2003", "\u201c", "é", "\u2028", "\t", "語", "\u200b", "ab cd"]
    for _ in range(4_000):
        parts = [
            "a" * rng.randint(1, 25) if rng.random() < 0.5 else rng.choice(pieces) for _ in range(rng.randint(0, 40))
        ]
        text = "".join(parts)
        width = rng.randint(1, 30)
        assert wrapped_line_starts(text, width) == wrapped_starts(text, Content(text).wrap(width)), (text, width)
