"""A one-word firm read with its possessive ("Fitch's analysts") is the firm without it where the
article writes the word bare too ("that Fitch had been briefed"), both mentions one ORG; a name
whose possessive is its own ("Moody's") keeps it (issue #16, round s38-y4, t13af N16)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _orgs(rec: Recognizer, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.key) for m in rec.recognize(Art("x", text)) if m.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Eastgrid Holdings said on Friday that Fitch had been briefed. Fitch's analysts said the cost "
            "could reach 90 million pounds.",
            "Fitch",
        ),
        (
            "Regulators said Morningstar had been briefed. Morningstar's analysts said the cost could rise.",
            "Morningstar",
        ),
        ("The board said Kroll had been hired in May. Kroll's analysts said the cost could rise.", "Kroll"),
    ],
)
def test_possessive_outside_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    got = _orgs(rec, text)
    assert got.count((firm, f"ORG:{firm}")) == 2, got
    assert not [g for g in got if g[0].endswith("'s")], got


def test_own_possessive_kept(rec: Recognizer) -> None:
    text = "Moody's said it was watching. Moody's analysts agreed."
    got = _orgs(rec, text)
    assert got and all(g[0] == "Moody's" for g in got), got
