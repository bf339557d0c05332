"""A terminal control sequence written into an article's text (ESC "[" parameters and a final
letter: "\\x1b[31m") separates words: its letter is no part of the name after it (t13o F6, round
s29-g): "\\x1b[31mQuispe said" gave PERSON "mQuispe", and the article's "Quispe" was no mention of
Rosario Quispe. The reported input and two invented variants (other names, other sequences)."""

from __future__ import annotations

import re

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (t13o F6)
        "Rosario Quispe, a labour inspector, had warned the company. \x1b[31mQuispe said the third level was unsafe.\x1b[0m\n",
        "Rosario Quispe",
        "Quispe",
    ),
    (  # bold and a colour with two parameters
        "Tomasz Wielgosz, an engineer, inspected the dam. \x1b[1;33mWielgosz told reporters it would hold.\x1b[0m\n",
        "Tomasz Wielgosz",
        "Wielgosz",
    ),
    (  # a cursor movement ("H") before a firm's name, and a BEL
        "Officials met Halvorsen Marine on Monday.\x07 \x1b[2KHalvorsen Marine said repairs would start soon.\n",
        "Halvorsen Marine",
        "Halvorsen Marine",
    ),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("text", "name", "later"), CASES)
def test_no_name_holds_a_control_sequence(rec: Recognizer, text: str, name: str, later: str) -> None:
    found = names(rec, text)
    assert all("\x1b" not in n and "\x07" not in n for n, _ in found), found
    assert not any(n.endswith(later) and n != later and n != name for n, _ in found), found
    after = re.search(r"\x1b\[[0-9;]*[A-Za-z]", text)
    assert after is not None
    assert (later, names_label(found, later)) in found and after.end() == text.index(later, after.end()), found


def names_label(found: set[tuple[str, str]], text: str) -> str:
    return next((label for n, label in found if n == text), "")
