"""A figure written with its conversion is one QUANTITY (or MONEY) mention, the conversion and its
closing bracket in it, as the fact sheet reads one figure (t13p F15, round s30-b: "40 kilometres (25
miles)" and "15C (59F)" were two QUANTITY mentions each, tinted apart)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (the t13p corpus)
        ("Roads were closed for 40 kilometres (25 miles) near the dam.", ["40 kilometres (25 miles)"]),
        ("It was 15C (59F) in Huaraz at noon.", ["15C (59F)"]),
        ("The embankment was 62 metres (203 feet) high.", ["62 metres (203 feet)"]),
        # variants of my own
        ("The ferry sank 12 miles (19 kilometres) off Tromsø.", ["12 miles (19 kilometres)"]),
        ("The pier is 300 feet (91 metres) long.", ["300 feet (91 metres)"]),
    ],
)
def test_one_quantity_mention(text: str, want: list[str]) -> None:
    found = names(Recognizer.default(), text)
    assert sorted(t for t, label in found if label in ("QUANTITY", "CARDINAL")) == want, found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Larsen Hydro valued its repair bid at Rs 16,189 crore, about $1.9 billion.",
            "Rs 16,189 crore, about $1.9 billion",
        ),
        ("The contract was worth €40 million, roughly $43 million.", "€40 million, roughly $43 million"),
    ],
)
def test_one_money_mention(text: str, want: str) -> None:
    found = names(Recognizer.default(), text)
    assert [t for t, label in found if label == "MONEY"] == [want], found
