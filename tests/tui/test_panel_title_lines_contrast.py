"""The title and key-hint lines of the panels and screen headings read at 4.5:1 (WCAG 2.x) as
drawn, in every theme the app offers (and two invented ones), in a full-colour, a 256-colour and
a 16-colour terminal, the panel focused and not (t13i F6: the entity panel's title "Entities: 7"
3.37:1 in textual-light, 3.93:1 in nord, its hints "enter: follow (n/N) ..." 2.69:1 in
catppuccin-frappe, 3.15:1 in nord; its rows, measured by test_entity_panel_contrast, passed).

Measured: the entity panel's and the boilerplate panel's title and hint lines, the reader's
line under the title (outlet, date), the quotes screen's heading and speaker title and the
timeline's heading: every run of text as the widget draws it (``render_lines``), its colours as
that terminal shows them (as the rows' test measures them)."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_highlight_contrast import INVENTED, SYSTEMS, shown_pair
from textual import constants
from textual.app import App
from textual.widget import Widget

from waic_reader.tui.contrast import MIN_TEXT_CONTRAST, contrast_ratio
from waic_reader.tui.screens.reader import ReaderScreen


def _failures(app: App[None], widget: Widget, name: str, theme: str, system_name: str) -> tuple[list[str], int]:
    """(failures, runs of text measured) of ``widget`` as drawn now."""
    failures: list[str] = []
    measured = 0
    for strip in widget.render_lines(widget.region.reset_offset):
        for segment in strip:
            if not segment.text.strip() or segment.style is None:
                continue
            fg, bg = shown_pair(segment.style, app.ansi_theme, SYSTEMS[system_name])
            measured += 1
            if (ratio := contrast_ratio(fg, bg)) < MIN_TEXT_CONTRAST:
                failures.append(
                    f"{theme} {system_name}: {name} {segment.text.strip()[:24]!r} {fg.hex6} on {bg.hex6} = {ratio:.2f}"
                )
    return failures, measured


async def _all_themes(app: App[None], pilot, parts: dict[str, Widget], system_name: str, focus=None) -> list[str]:  # type: ignore[no-untyped-def]
    """Every theme: each of ``parts`` measured (and each must draw some text); with ``focus``
    (widgets to focus in turn), once with each focused."""
    failures: list[str] = []
    for theme in sorted(app.available_themes):
        app.theme = theme
        for widget in focus or [None]:
            if widget is not None:
                widget.focus()
            await settle(pilot)
            for name, part in parts.items():
                found, measured = _failures(app, part, name, theme, system_name)
                assert measured, (theme, name)  # not vacuous: the line drew text
                failures += found
    return failures


@pytest.mark.parametrize("system_name", ["truecolor", "256", "standard"])
async def test_panel_titles_and_hints_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app(open_doc="004")
    failures: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        for theme in INVENTED:
            app.register_theme(theme)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        article = reader.query_one("#article")
        for key, panel_id in (("e", "#entity-panel"), ("b", "#noise-panel")):
            await pilot.press(key)
            await settle(pilot)
            panel = reader.query_one(panel_id)
            assert panel.display
            parts = {
                f"{panel_id} title": panel.query_one(".panel-title"),
                f"{panel_id} hints": panel.query_one(".panel-help"),
                "reader meta": reader.query_one("#reader-meta"),
            }
            # The panel's list focused (as after e), then the article (as while reading).
            failures += await _all_themes(app, pilot, parts, system_name, [panel.query_one("OptionList"), article])
            await pilot.press(key)  # closed again
            await settle(pilot)
        for key, ids in (("Q", ["#quotes-heading", "#quotes-speaker-title"]), ("t", ["#timeline-heading"])):
            app.theme = "textual-dark"
            await pilot.press(key)
            await settle(pilot)
            screen = app.screen
            assert screen is not reader
            failures += await _all_themes(app, pilot, {i: screen.query_one(i) for i in ids}, system_name)
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is reader
    assert not failures, "\n".join(failures[:60])
