"""An outlet named before its page's kind ("Baltic Pulse live blog", "the Nordic Tide
newsletter", "Pacific Voice podcast") gives no place from its first word: the outlet is one ORG
(issue #16, round s38-y4, t13af N8: a LOC "Baltic Sea" from "Baltic")."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Varnholm tanker collision: live updates\nBaltic Pulse live blog\nPosted: Oct 14, 2025\n", "Baltic Pulse"),
        ("Readers of the Nordic Tide newsletter asked for more.", "Nordic Tide"),
        ("Pacific Voice podcast host Ana Li spoke to the crew.", "Pacific Voice"),
    ],
)
def test_outlet_before_page_kind_is_no_place(rec: Recognizer, text: str, outlet: str) -> None:
    got = names(rec, text)
    assert (outlet, "ORG") in got, got
    assert not [n for n in got if n[1] in ("LOC", "GPE") and n[0] in outlet], got


def test_known_place_before_live_blog_stays(rec: Recognizer) -> None:
    got = names(rec, "Follow the New York live blog for updates.")
    assert ("New York", "GPE") in got, got
