"""A copyright notice's word is no part of the holder's name (t13i F7, round s24-g; names
invented): the footer "Copyright Tennfjord Chemicals. All rights reserved." gave an organisation
'Copyright Tennfjord Chemicals' beside the firm. The reported footer and two variants; a body
named with the word ("the US Copyright Office") keeps it."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

PROSE = "Tennfjord Chemicals AS said no acid leaked from the tanks at the plant on Monday.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        # reported (t13i F7)
        ("Copyright Tennfjord Chemicals. All rights reserved.", "Tennfjord Chemicals"),
        # invented: the sign before the word, a year after the name
        ("© Copyright Halvik Media Group 2026. All rights reserved.", "Halvik Media Group"),
        # invented: the notice after a sentence on its line, a legal form and a year
        ("Photos by staff. Copyright Orvane Minerals Ltd 2026.", "Orvane Minerals Ltd"),
    ],
)
def test_the_notice_word_is_left_out_of_the_name(rec: Recognizer, footer: str, holder: str) -> None:
    got = names(rec, PROSE + footer + "\n")
    assert (holder, "ORG") in got, got
    assert not any("Copyright" in text for text, _ in got), got


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The US Copyright Office said the rules would change.", "US Copyright Office"),
        ("Copyright Office officials said the rules would change.", "Copyright Office"),
        ("Lawyers wrote to the Copyright Tribunal on Monday.", "Copyright Tribunal"),
    ],
)
def test_a_body_named_with_the_word_keeps_it(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text)
