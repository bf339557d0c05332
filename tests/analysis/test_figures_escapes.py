"""Numbers inside terminal escape sequences are no figures (issue 17, acceptance: a file with
"\\x1b[0m" in it listed "0m" as a Quantity in the timeline, and "\\x1b[1;31m" a count of 1). The
reported sequence and two variants: a colour with parameters, and an OSC title sequence."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.figures import find_figures


@pytest.mark.parametrize(
    "text",
    [
        "Crews cleared the road.\x1b[0m Then 40 km of road reopened.",
        "Crews cleared the road. \x1b[1;31m Then 40 km of road reopened. \x1b[38;5;208m",
        "\x1b]0;title 2025 99\x07Crews cleared the road. Then 40 km of road reopened.",
    ],
)
def test_escape_sequences_hold_no_figures(text: str) -> None:
    assert [(text[f.start : f.end], f.value) for f in find_figures(text)] == [("40 km", 40.0)]


def test_an_unterminated_escape_hides_nothing_after_its_line() -> None:
    # Reviewer: "\x1b]0;title " with no terminator ran to the end of the text, and every figure
    # after it (12 %, 3,400 t, 250) was lost.
    text = "\x1b]0;title \nTurnout was 12% and 3,400 t of grain and 250 boats left."
    found = [text[f.start : f.end] for f in find_figures(text)]
    assert "12%" in found and any(f.startswith("3,400") for f in found) and any("250" in f for f in found)


def test_many_escape_sequences_keep_every_figure() -> None:
    text = "Then 40 km of road reopened. \x1b[0m" * 2000
    assert len(find_figures(text)) == 2000
