"""A first line over a paragraph that opens with a code in capitals ("KORVA-3 will run …") is no
headline: the code's hyphen is no wire dateline's dash (round s47-r's headline rule read it as one,
and the first line, taken as the title, lost its names: test_name_kinds6's KORVA-3)."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import headline_over_byline


@pytest.mark.parametrize(
    ("line", "under"),
    [
        ("KORVA-3, a detector holding argon, saw nothing.", "KORVA-3 will run until 2030."),
        ("The XR-7 prototype flew at dawn over the bay.", "XR-7 flew again on Monday with a new wing."),
        ("Trials of the drug ended early in three countries.", "ZX-200 is made by a firm in Basel."),
    ],
)
def test_a_code_in_capitals_is_no_dateline_under_a_headline(line: str, under: str) -> None:
    assert not headline_over_byline(line, under)


@pytest.mark.parametrize(
    "under",
    [
        "HALVIK - The bridge fell on Tuesday, officials said.",
        "HALVIK — The bridge fell on Tuesday, officials said.",
        "HALVIK-The bridge fell on Tuesday, officials said.",
    ],
)
def test_a_dateline_in_capitals_still_marks_the_headline(under: str) -> None:
    assert headline_over_byline("Opinion: The Halden bridge did not fall. It was let go.", under)
