"""The entity panel's label headings and its cursor row read at 4.5:1 (WCAG 2.x) as drawn, in every
theme the app offers, in a full-colour, a 256-colour and a 16-colour terminal (issue 13, s21: with
256 colours the headings measured ~4.1-4.3:1 and the cursor row ~3.6:1).

What is measured is the panel's list as Textual draws it (``render_lines``), each text segment's
colours as that terminal shows them (sent as the nearest colour it has, ANSI colours through the
app's palette, reverse video swapped), with the panel focused (the cursor row as the user moves it)
and not (the cursor row blurred, as while reading)."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_highlight_contrast import SYSTEMS, shown_pair
from textual import constants
from textual.widgets import OptionList

from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.index.analysis.entities.recogniser import LABELS
from waic_reader.tui.contrast import MIN_TEXT_CONTRAST, contrast_ratio
from waic_reader.tui.screens.reader import ReaderScreen

HEADINGS = {label_name(label) for label in LABELS}


def _drawn_failures(app: object, options: OptionList, theme: str, system_name: str) -> tuple[list[str], int, int]:
    """(failures, headings measured, cursor-row segments measured) of the list as drawn now."""
    failures: list[str] = []
    headings = cursor = 0
    system = SYSTEMS[system_name]
    top = options.scroll_offset.y
    for y, strip in enumerate(options.render_lines(options.region.reset_offset)):
        words = strip.text.strip("▊▎▔▁ ")
        heading = words.split(" · ")[0] in HEADINGS
        at_cursor = options.highlighted is not None and top + y == options.highlighted
        if not (heading or at_cursor):
            continue
        for segment in strip:
            if not segment.text.strip("▊▎▔▁ ") or segment.style is None:
                continue
            fg, bg = shown_pair(segment.style, app.ansi_theme, system)  # type: ignore[attr-defined]
            headings += heading
            cursor += at_cursor
            if (ratio := contrast_ratio(fg, bg)) < MIN_TEXT_CONTRAST:
                kind = "heading" if heading else "cursor row"
                failures.append(
                    f"{theme} {system_name}: {kind} {segment.text.strip()[:24]!r} {fg.hex6} on {bg.hex6} = {ratio:.2f}"
                )
    return failures, headings, cursor


@pytest.mark.parametrize("system_name", ["truecolor", "256", "standard"])
async def test_entity_panel_headings_and_cursor_row_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """004 (people, places, organisations, dates: several headings) with its panel open, one
    label unticked (its muted "· not highlighted" heading drawn too), the cursor on an entry; the
    panel focused, then the article focused (the cursor row drawn blurred)."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app(open_doc="004")
    assert app.console.color_system == system_name
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        app.entity_labels = frozenset(app.entity_labels - {"GPE"})
        await pilot.press("e")
        await settle(pilot)
        options = reader.query_one("#entity-panel").query_one(OptionList)
        failures: list[str] = []
        for theme in sorted(app.available_themes):
            app.theme = theme
            for focused in (True, False):
                if focused:
                    options.focus()
                else:
                    reader.query_one("#article").focus()
                await settle(pilot)
                found, headings, cursor = _drawn_failures(app, options, theme, system_name)
                failures += found
                # Not vacuous: several headings (one muted) and the cursor row's text were drawn.
                assert headings >= 3 and cursor >= 1, (theme, focused, headings, cursor)
        assert not failures, "\n".join(failures[:60])
