"""Entities shown together have tints told apart, in 256 colours and in full colour, each
readable (issue 13, session 16 #2).

Reported: with TERM=xterm-256color two different entities in one view had the same tint: in
textual-dark Person and Law were both sent as 48;5;52, Nationality, Product, Date and Money all as
48;5;58 (5 to 11 of the 17 plain tints shared a colour number in every theme), and Cardinal's
grey was an unlisted label's in every terminal. The tints (plain and a followed entity's) are
now placed one by one (highlights.distinct_tints): at least MIN_TINT_DISTANCE apart, and in a
256-colour terminal (the app's console says so) each a colour number of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
import textual.constants
from rich.color import ColorSystem
from snapshot_app import settle
from textual._ansi_theme import DEFAULT_TERMINAL_THEME
from textual.app import App
from textual.color import Color, rgb_to_lab

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.contrast import MIN_TEXT_CONTRAST, contrast_ratio
from waic_reader.tui.highlights import MIN_TINT_DISTANCE, drawn_by, eight_bit, highlight_variables
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

THEMES = App().available_themes


@pytest.mark.parametrize("eight_bit_terminal", [False, True])
@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_tint_is_apart_and_readable(theme: str, eight_bit_terminal: bool) -> None:
    t = THEMES[theme]
    v = {**t.to_color_system().generate(), **t.variables}
    hl = highlight_variables(v, DEFAULT_TERMINAL_THEME, "256" if eight_bit_terminal else "truecolor")
    bgs = {k: Color.parse(c) for k, c in hl.items() if k.startswith("hl-label-") and k.endswith("-bg")}
    assert len(bgs) == 34  # 16 labels and "other", plain and strong
    if eight_bit_terminal:
        numbers = {k: eight_bit(c) for k, c in bgs.items()}
        assert len(set(numbers.values())) == len(numbers), numbers
        if v["background"].startswith("#"):
            assert eight_bit(Color.parse(v["background"])) not in numbers.values()
    labs = {k: rgb_to_lab(c) for k, c in bgs.items()}
    names = sorted(labs)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            x, y = labs[a], labs[b]
            distance = ((x.L - y.L) ** 2 + (x.a - y.a) ** 2 + (x.b - y.b) ** 2) ** 0.5
            assert distance >= MIN_TINT_DISTANCE - 0.05, (a, b, distance)
    # Readable as the terminal draws the pair (in 256 colours: each colour the palette's nearest).
    shown = drawn_by("256" if eight_bit_terminal else "truecolor", DEFAULT_TERMINAL_THEME)
    for k, bg in bgs.items():
        assert contrast_ratio(shown(Color.parse(hl[k[:-3] + "-fg"])), shown(bg)) >= MIN_TEXT_CONTRAST, k


ARTICLE = (
    "Japanese rescuers reach Portmere\n\n"
    "Japanese rescuers said on Saturday that Hiroshi Ueda had asked for help. "
    "Officials in Portmere said the Disaster Relief Act of 1998 allowed 2 million dollars in aid.\n\n"
    "Hiroshi Ueda thanked the Japanese crews on Saturday.\n"
)


def shown_tints(view: ArticleView) -> dict[str, set[int]]:
    """Each tinted piece of text on screen and the colour numbers a 256-colour terminal is sent
    for its background (Rich's downgrade of the rendered segments)."""
    out: dict[str, set[int]] = {}
    base = view.visual_style.rich_style.bgcolor
    for y in range(view.scrollable_content_region.height):
        for seg in view.render_line(y):
            bg = seg.style.bgcolor if seg.style is not None else None
            if bg is None or bg == base or not seg.text.strip():
                continue
            number = bg.downgrade(ColorSystem.EIGHT_BIT).number
            out.setdefault(seg.text.strip(), set()).add(-1 if number is None else number)
    return out


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "gruvbox"])
async def test_the_reader_s_entities_render_apart_in_256_colours(
    tmp_path: Path, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reported theme and two more, the app on a 256-colour terminal (as with
    TEXTUAL_COLOR_SYSTEM=256): every tinted entity on screen is sent as a colour number no
    entity of another label is."""
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "256")
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "quake.txt").write_text(ARTICLE, "utf-8")
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    assert app.console.color_system == "256"
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        text = reader.loaded.article.text
        labels = {text[m.start : m.end]: m.label for m in reader.loaded.analysis.mentions if not m.noise}
        assert len(set(labels.values())) >= 4, labels
        shown = shown_tints(reader.query_one(ArticleView))
        by_label: dict[str, set[int]] = {}
        for words, label in labels.items():
            if words in shown:
                by_label.setdefault(label, set()).update(shown[words])
        assert len(by_label) >= 4, (by_label, shown)
        seen = [n for numbers in by_label.values() for n in numbers]
        assert len(seen) == len(set(seen)), by_label


def test_eight_bit_is_rich_s_downgrade() -> None:
    """highlights.eight_bit works Rich's downgrade out itself: the two agree on every colour of
    a grid through the cube (greys, the cube's edges and the points between)."""
    from waic_reader.tui.highlights import rich_eight_bit

    levels = range(0, 256, 5)
    for r in levels:
        for g in levels:
            for b in levels:
                color = Color(r, g, b)
                assert eight_bit(color) == rich_eight_bit(color), color
