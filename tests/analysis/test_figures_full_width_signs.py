"""A full-width currency sign is read as its ASCII form (NFKC: "＄" is "$", "￡" "£", "￥" "¥", "￦"
"₩"), in the figure recogniser's one pattern of signs (t13p F5, round s30-b: "a Tokyo charity
pledged ￥700,000"; "＄5 million" was a count, "￡40m" forty metres)."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.figures import YEN_OR_YUAN, figures_of


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (Asia Wire)
        ("a Tokyo charity pledged ￥700,000 for families", ("money", 700000.0, "JPY")),
        ("It pledged ￥700,000.", ("money", 700000.0, YEN_OR_YUAN)),
        # variants of my own
        ("Donors pledged ＄5 million in aid.", ("money", 5e6, "USD")),
        ("The council pledged ￡40m to rebuild the pier.", ("money", 4e7, "GBP")),
        ("Seoul pledged ￦5 billion for the victims.", ("money", 5e9, "KRW")),
        ("They sent US＄3 million.", ("money", 3e6, "USD")),
    ],
)
def test_full_width_signs(text: str, want: tuple[str, float, str]) -> None:
    [fig] = figures_of(text)
    assert (fig.kind, fig.value, fig.unit) == want
