"""Faults a review of session 12's boilerplate kinds found: ordinary sentences taken for what a
rule looks for (a sentence with a slash for a photo credit, a word ending "-share this post with"
for a prompt, a story paragraph about the author for an author note), and a breadcrumb rule
quadratic on long runs of whitespace. The reported input first, then variants of our own. Every
page here is written for the test."""

from __future__ import annotations

import pytest
from test_noise_kinds import kinds
from test_noise_kinds10 import _body_kept, _page

# ---------------------------------------------------------------------------------------------
# A sentence with a slash ("open 24/7", "and/or", "km/h", "9/11", "£2.50/£1.20") of twelve words
# or fewer was a bare photo credit, and a neighbouring sentence naming people its caption.

_CAPTION_LIKE = "Mayor Daniel Okafor said the first boats would run from North Quay in May."


@pytest.mark.parametrize(
    "line",
    [
        "The helpline is open 24/7 from Monday.",  # reported
        "Students and/or parents can apply online.",
        "Speeds fell to 30 km/h in the tunnel.",
        "The 9/11 memorial reopened on Sunday.",
        "Tickets will cost £2.50/£1.20 for children.",
        "Los sindicatos/asociaciones de usuarios celebraron la medida.",
    ],
)
def test_a_sentence_with_a_slash_is_no_credit(line: str) -> None:
    got = kinds(_page(line, _CAPTION_LIKE, after=2))
    assert [got[line], got[_CAPTION_LIKE]] == ["content", "content"], got
    _body_kept(got)


def test_a_sentence_with_a_slash_under_a_caption_like_one_is_no_credit() -> None:
    """Variant: the sentence under its neighbour, and no closing full stop (a list-like line)."""
    lines = [_CAPTION_LIKE, "Open 24/7 from Monday to Sunday"]
    got = kinds(_page(*lines, after=1))
    assert [got[line] for line in lines] == ["content", "content"], got
    _body_kept(got)


@pytest.mark.parametrize(
    "credit",
    ["Tom Lee/Getty Images", "AFP/Getty Images", "Ana Ruiz | Harbour Courier", "Tom Lee/Getty Images for The Courier"],
)
def test_a_credit_with_a_slash_or_bar_still_marks_its_caption(credit: str) -> None:
    """Guard: a name or an agency, the mark, then names."""
    fig = ["Then-senator Mara Quill speaks at a rally on Sept. 28 in Halvik, Maine.", credit]
    got = kinds(_page(*fig, after=1))
    assert [got[line] for line in fig] == ["caption", "caption"], got
    _body_kept(got)
