"""A dialog's list that does not fit says so with a scrollbar one can see, and its last row can be
reached and used (issue 13, s21 #13d: at 60x20 the label chooser's list showed 12 of its 16
labels and no scrollbar one could make out: Textual's thumb read ~1.5:1 on its track).

Measured as drawn: the scrollbar's thumb cells against its track cells, in every theme the app
offers and in a full-colour, a 256-colour and a 16-colour terminal, reach 3:1 (WCAG 2.1, 1.4.11:
a part of a control, not text)."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_highlight_contrast import SYSTEMS, shown_pair
from textual import constants
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import OptionList, Static

from waic_reader.index.analysis.entities.recogniser import LABELS
from waic_reader.tui.contrast import NON_TEXT_CONTRAST, contrast_ratio
from waic_reader.tui.screens.label_filter import LabelFilterScreen

# (article opened first, the keys that open the dialog, the scrolling part): the report's dialog
# and two more whose lists outgrow a small screen.
DIALOGS = {
    "labels": ("003", ["l"], "#labels-dialog > SelectionList"),
    "help": (None, ["question_mark"], "#help-body"),
    "pick": (None, ["c"], "#pick-list"),
}


def thumb_and_track(app: object, part: Widget, system_name: str) -> tuple[set[str], set[str], float]:
    """(thumb colours, track colours, their worst contrast) of ``part``'s vertical scrollbar as a
    terminal of ``system_name`` draws it."""
    bar = part.vertical_scrollbar
    colours: list[str] = []
    for strip in bar.render_lines(Region(0, 0, bar.size.width, bar.size.height)):
        for segment in strip:
            if segment.style is not None:
                _, bg = shown_pair(segment.style, app.ansi_theme, SYSTEMS[system_name])  # type: ignore[attr-defined]
                colours.append(bg.hex6)
    # The track is the colour most of the bar is (the thumb is shorter than the track here).
    track = max(set(colours), key=colours.count)
    thumbs = set(colours) - {track}
    from textual.color import Color

    worst = min((contrast_ratio(Color.parse(t), Color.parse(track)) for t in thumbs), default=1.0)
    return thumbs, {track}, worst


@pytest.mark.parametrize("system_name", ["truecolor", "256", "standard"])
@pytest.mark.parametrize("name", list(DIALOGS))
async def test_a_dialog_list_too_long_shows_a_scrollbar_one_can_see(
    name: str, system_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    open_doc, keys, selector = DIALOGS[name]
    app = make_app(open_doc=open_doc)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        part = app.screen.query_one(selector)
        assert part.max_scroll_y > 0 and part.show_vertical_scrollbar, (part.max_scroll_y, part.virtual_size)
        bar = part.vertical_scrollbar
        assert bar.region.area and app.screen.children[0].region.contains_region(bar.region)
        failures = []
        for theme in sorted(app.available_themes):
            app.theme = theme
            await settle(pilot)
            thumbs, _track, worst = thumb_and_track(app, part, system_name)
            assert thumbs, theme  # a thumb is drawn
            if worst < NON_TEXT_CONTRAST:
                failures.append(f"{theme} {system_name}: thumb on track {worst:.2f}")
        assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "size,keys",
    [((60, 20), ["G"]), ((60, 20), ["end"]), ((48, 16), ["j"] * (len(LABELS) - 1))],
    ids=["60x20 G", "60x20 end", "48x16 j"],
)
async def test_the_last_label_is_reached_shown_and_toggled(size: tuple[int, int], keys: list[str]) -> None:
    """The report's size and key (G), the end key, and j all the way at a smaller size: the last
    label is highlighted, on screen, space unticks it and enter applies it."""
    app = make_app(open_doc="003")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LabelFilterScreen)
        chooser = screen.query_one(OptionList)
        assert chooser.max_scroll_y > 0  # the rows do not all fit: the case reported
        # ... and the line under the list says so in words (no colour needed to see it)
        more = screen.query_one("#labels-more", Static)
        shown = chooser.scrollable_content_region.height
        assert more.display and more.region.area
        assert str(more.render()).startswith(f"↓ {chooser.option_count - shown} below"), str(more.render())
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        last = chooser.option_count - 1
        assert chooser.highlighted == last
        top = round(chooser.scroll_y)
        assert top <= last < top + chooser.scrollable_content_region.height  # the row is in view
        said = str(more.render())
        assert said.startswith(f"↑ {chooser.option_count - shown} above") and "below" not in said, said
        label = chooser.get_option_at_index(last).value
        assert label == LABELS[-1] and label in app.entity_labels
        await pilot.press("space")
        await pilot.pause()
        assert label not in chooser.selected
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, LabelFilterScreen)
        assert label not in app.entity_labels and len(app.entity_labels) == len(LABELS) - 1


async def test_no_more_line_when_every_label_fits() -> None:
    """At 120x40 every label is shown: no scrollbar and no line saying more are out of view."""
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        chooser = app.screen.query_one(OptionList)
        assert chooser.max_scroll_y == 0 and not chooser.show_vertical_scrollbar
        assert not app.screen.query_one("#labels-more").display
