"""In a 256-colour terminal every highlight is a colour of its own (issue 13, session 15 #3f).

Reported: with TERM=xterm-256color the search-match tint and the Date entity tint were both sent
as 48;5;58 (textual-dark), so a match over a date read as a date. The matches' backgrounds (the
current one and the others) are now kept apart from the background, from every entity tint
(plain and followed) and from each other, the reader's other highlights (the jump's sentence,
the selected block) from the background, the matches and each other, and compare's one-side-only
text from the background, as the terminal's
palette shows them (Rich's downgrade, which Textual's output uses); a colour that is apart
already is left as it is."""

from __future__ import annotations

import pytest
from textual._ansi_theme import DEFAULT_TERMINAL_THEME
from textual.app import App
from textual.color import Color

from waic_reader.tui.contrast import MIN_TEXT_CONTRAST, contrast_ratio
from waic_reader.tui.highlights import apart, drawn_by, eight_bit, highlight_variables

THEMES = App().available_themes
HIGHLIGHTS = ("match", "current", "at", "cursor", "only")


def variables(theme: str) -> dict[str, str]:
    t = THEMES[theme]
    return {**t.to_color_system().generate(), **t.variables}


def test_textual_dark_s_match_is_no_longer_its_date_tint() -> None:
    """The reported case."""
    hl = highlight_variables(variables("textual-dark"), DEFAULT_TERMINAL_THEME, "256")
    assert eight_bit(Color.parse(hl["hl-match-bg"])) != eight_bit(Color.parse(hl["hl-label-date-bg"]))


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_highlight_is_its_own_colour_in_256_colours(theme: str) -> None:
    v = variables(theme)
    hl = highlight_variables(v, DEFAULT_TERMINAL_THEME, "256")
    drawn = drawn_by("256", DEFAULT_TERMINAL_THEME)
    shown = {name: eight_bit(Color.parse(hl[f"hl-{name}-bg"])) for name in HIGHLIGHTS}
    reader = [shown[name] for name in HIGHLIGHTS if name != "only"]  # compare's own tint aside
    assert len(set(reader)) == len(reader), shown
    tints = {k: eight_bit(Color.parse(c)) for k, c in hl.items() if k.startswith("hl-label-") and k.endswith("-bg")}
    for name, number in shown.items():
        if name in ("match", "current"):  # drawn over entity tints: never one of them
            assert number not in tints.values(), (name, [k for k, n in tints.items() if n == number])
        if v["background"].startswith("#"):
            assert number != eight_bit(Color.parse(v["background"])), name
        # Still readable as drawn (the rendered reader is measured in test_highlight_contrast.py).
        fg, bg = Color.parse(hl[f"hl-{name}-fg"]), Color.parse(hl[f"hl-{name}-bg"])
        assert contrast_ratio(drawn(fg), drawn(bg)) >= MIN_TEXT_CONTRAST


def test_a_colour_already_apart_is_kept_and_a_hue_stays_a_hue() -> None:
    brown = Color.parse("#593E19")  # 256 colours: 58, olive
    taken: set[int] = set()
    assert apart(brown, taken) == brown and taken == {58}
    moved = apart(brown, {58})
    number = eight_bit(moved)
    assert number != 58 and not 232 <= number <= 255  # not a grey of the ramp
    assert abs(moved.r - brown.r) + abs(moved.g - brown.g) + abs(moved.b - brown.b) < 120  # near it
