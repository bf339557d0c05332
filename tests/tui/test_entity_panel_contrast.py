"""Every row of the entity panel reads at 4.5:1 (WCAG 2.x) as drawn, in every theme the app offers
(and two of my own), in a full-colour, a 256-colour and a 16-colour terminal: the label headings,
the cursor row (its name and its count) and the ordinary rows (issue 13, s21: with 256 colours the
headings measured ~4.1-4.3:1 and the cursor row ~3.6:1; t13g F6: the cursor row's count digit
3.68:1 in solarized-dark, 3.28:1 in atom-one-light drawn in 256 colours, the terminal's default
colour on ANSI white in ansi-dark, and solarized-dark's ordinary rows 2.17:1 in 256 colours).

What is measured is the panel's list as Textual draws it (``render_lines``), each text segment's
colours as that terminal shows them (sent as the nearest colour it has, ANSI colours through the
app's palette, reverse video swapped), with the panel focused (the cursor row as the user moves it,
the list drawn inside a border) and not (the cursor row blurred, as while reading). Each drawn line
is matched to its option by the list's geometry and checked against the option's own text, so a
border or a scroll cannot make the test measure the wrong row (before t13g F6 the focused list's
border shifted the rows by one, and the heading above the cursor was measured in its place)."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_highlight_contrast import INVENTED, SYSTEMS, shown_pair
from textual import constants
from textual.app import App
from textual.widgets import OptionList

from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.index.analysis.entities.recogniser import LABELS
from waic_reader.tui.contrast import MIN_TEXT_CONTRAST, contrast_ratio
from waic_reader.tui.screens.reader import ReaderScreen

HEADINGS = {label_name(label) for label in LABELS}
EDGES = "▊▎▔▁ "  # the focused list's border: not text (a mark, 3:1, is not what this test measures)


def _drawn_failures(app: App[None], options: OptionList, theme: str, system_name: str) -> tuple[list[str], set[str]]:
    """(failures, kinds of text measured) of the list as drawn now. Kinds: "heading", "cursor row",
    "cursor count" (the cursor row's digits), "row", "count" (another row's digits)."""
    failures: list[str] = []
    measured: set[str] = set()
    system = SYSTEMS[system_name]
    gutter_top = options.styles.gutter.top  # the border's top line when focused
    for y, strip in enumerate(options.render_lines(options.region.reset_offset)):
        index = options.scroll_offset.y + y - gutter_top  # one line per option (NameCount, headings)
        if not strip.text.strip(EDGES) or not 0 <= index < options.option_count:
            continue
        prompt = str(options.get_option_at_index(index).prompt)
        # The geometry names the row drawn: its text is the option's (the name may be cut with "…";
        # the count is at the row's right end, spaces between).
        drawn = " ".join(strip.text.strip(EDGES).split("…")[0].split())
        assert drawn in " ".join(prompt.split()), (y, index, strip.text, prompt)
        heading = prompt.split(" · ", maxsplit=1)[0] in HEADINGS
        at_cursor = index == options.highlighted
        kind = "heading" if heading else "cursor row" if at_cursor else "row"
        for segment in strip:
            text = segment.text.strip(EDGES)
            if not text or segment.style is None:
                continue
            # The count drawn in a run of its own, or in its row's run (" 3" after the name).
            part = kind
            if not heading and text.strip().split()[-1].isdigit():
                part = "cursor count" if at_cursor else "count"
                measured.add(kind)  # the name, if in the same run
            measured.add(part)
            fg, bg = shown_pair(segment.style, app.ansi_theme, system)
            if (ratio := contrast_ratio(fg, bg)) < MIN_TEXT_CONTRAST:
                failures.append(
                    f"{theme} {system_name}: {part} {text.strip()[:24]!r} {fg.hex6} on {bg.hex6} = {ratio:.2f}"
                )
    return failures, measured


async def _panel_failures(system_name: str, monkeypatch: pytest.MonkeyPatch, down: int, themes: list[str]) -> list[str]:
    """004 (people, places, organisations, dates: several headings) with its panel open, one
    label unticked (its muted "· not highlighted" heading drawn too), the cursor ``down`` rows
    below the first entry; in each of ``themes`` (all the app's when empty, with the invented
    ones registered) the panel focused, then the article focused (the cursor row drawn blurred)."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app(open_doc="004")
    assert app.console.color_system == system_name
    failures: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        for theme in INVENTED:
            app.register_theme(theme)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        app.entity_labels = frozenset(app.entity_labels - {"GPE"})
        await pilot.press("e")
        await settle(pilot)
        options = reader.query_one("#entity-panel").query_one(OptionList)
        options.focus()
        for _ in range(down):
            await pilot.press("down")
        await settle(pilot)
        assert options.highlighted is not None and options.highlighted >= down
        for theme in themes or sorted(app.available_themes):
            app.theme = theme
            for focused in (True, False):
                if focused:
                    options.focus()
                else:
                    reader.query_one("#article").focus()
                await settle(pilot)
                found, measured = _drawn_failures(app, options, theme, system_name)
                failures += found
                # Not vacuous: headings, the cursor row's name and count, other rows' names and counts.
                assert measured == {"heading", "cursor row", "cursor count", "row", "count"}, (theme, focused, measured)
    return failures


@pytest.mark.parametrize("system_name", ["truecolor", "256", "standard"])
async def test_entity_panel_every_row_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every theme (the app's 21 and two invented), the cursor on the first entry (as t13g
    measured it): every run of text on every row reaches 4.5:1 as that terminal draws it."""
    failures = await _panel_failures(system_name, monkeypatch, 0, [])
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize(
    ("system_name", "themes"),
    [
        # t13g F6 as reported: the cursor row's count 3.68:1 (solarized), 4.05:1 (atom-one-light).
        ("truecolor", ["solarized-dark", "solarized-light", "atom-one-light"]),
        # The same in 256 colours, and solarized-dark's ordinary rows at 2.17:1 there.
        ("256", ["textual-dark", "solarized-dark", "solarized-light", "atom-one-light", "catppuccin-latte"]),
        # ansi-dark: the count in the terminal's default colour on ANSI white.
        ("standard", ["ansi-dark", "ansi-light"]),
    ],
)
async def test_reported_themes_with_the_cursor_lower_down(
    system_name: str, themes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reported themes with the cursor moved three rows down (the count of a row that is not
    the first, the first entry then drawn as an ordinary row)."""
    failures = await _panel_failures(system_name, monkeypatch, 3, themes)
    assert not failures, "\n".join(failures)
