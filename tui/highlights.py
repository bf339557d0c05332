"""Highlight colours derived from the current theme, each pair readable (WCAG 2.x, 4.5:1).

Every highlight the app draws sets both its text and its background colour, so what is
under it (an article, a dialog, a selected list row) never changes how it reads:

===============  =====================================================================
``match``        search and find matches, a fact's figure: the theme's muted warning
``current``      the match (or mention, quote) ``n`` / ``N`` are on: the theme's warning
``at``           the sentence a jump opened at: accent tint
``cursor``       the block selected with ``{`` ``}``: primary tint (``hl-cursor-bar``: its bar)
``only``         comparison text only one side has: error tint (``hl-only-bar``: the edge
                 mark of its cell in the aligned rows, 3:1 as a mark that is not text)
``quote``        tinted quotes (text colour only; readable on the article and the tints above)
article-title    an article's title and headings (``article-heading``) in the reader: text only, as ``quote``
``diff``         words that differ between two compared sides (text colour only)
entity ``L``     a mention of label ``L``: the label's hue (:data:`LABEL_COLORS`) at 28%
                 over the background; ``-strong`` (a followed entity) at 60%; ``-text`` the
                 label's hue as text (names in panels, matrix, dialogs)
list rows        a list's rows over its panel, focused or not (``hl-list-fg``: a text box's text
                 too), and its cursor row's text (``hl-list-cursor-fg``, ``hl-list-cursor-blurred-fg``)
input-cursor     a text box's cursor cell (``hl-input-cursor-fg`` on ``hl-input-cursor-bg``)
panel lines      a panel's title (``hl-panel-title-fg``: the theme's text-accent) and the
                 muted heading, hint and status lines (``hl-muted-fg``: its text-muted)
dialog lines     an error or warning line in a dialog (``hl-error-fg``, ``hl-warning-fg``)
notices          a notice's text on its background (``hl-toast-fg`` on ``hl-toast-bg``) and its
                 title, by severity (``hl-toast-information-fg``, ``-warning-``, ``-error-``)
===============  =====================================================================

Backgrounds come from the theme's own colours; text starts as the theme's foreground (or its
matching text colour) and is shifted in lightness only where it would fall below
:data:`~waic_reader.tui.contrast.MIN_TEXT_CONTRAST` (see :func:`~waic_reader.tui.contrast.readable`).
:func:`highlight_variables` turns a theme's CSS variables into ``$hl-…`` variables, which
the app adds to its CSS variables (``WaicReaderApp.get_css_variables``), so a theme change
recolours every highlight with no code of its own. ANSI themes name terminal colours: they are
measured as the app's ANSI palette maps them (``App.ansi_theme``, the palette Textual itself
uses to turn ANSI colours into RGB), and their highlights are given as RGB so that the pair
does not depend on the terminal's palette.
"""

from __future__ import annotations

import colorsys
import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache, partial

from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from rich.color_triplet import ColorTriplet
from rich.terminal_theme import TerminalTheme
from textual.color import Color, ColorParseError, Lab, rgb_to_lab

from waic_reader.tui.contrast import (
    BLACK,
    MIN_TEXT_CONTRAST,
    NON_TEXT_CONTRAST,
    WHITE,
    as_sent,
    contrast_ratio,
    readable,
    worst_contrast,
)
from waic_reader.tui.entity_colors import LABEL_COLORS, OTHER_COLOR, label_slug

MATCH_STYLE = "bold $hl-match-fg on $hl-match-bg"
CURRENT_STYLE = "bold $hl-current-fg on $hl-current-bg"
AT_STYLE = "$hl-at-fg on $hl-at-bg"
ONLY_STYLE = "$hl-only-fg on $hl-only-bg"
QUOTE_STYLE = "italic $hl-quote-fg"
DIFF_STYLE = "bold $hl-diff-fg"
# A table's secondary text (a muted colour made to read on its rows and stripes), never the
# terminal's dim, which no contrast check can measure (t13n F13).
SECONDARY_STYLE = "$hl-table-muted-fg"

TINT = 0.28  # a mention's label hue over the background
STRONG_TINT = 0.60  # a followed entity's mentions
# Entity tints (plain and followed) and the background at least this far apart (CIE76 ΔE) in a
# terminal of every colour: a tint nearer one placed before is laid on thicker or thinner, TINT_STEP
# at a time, up to MAX_TINT either way (Cardinal's and an unlisted label's grey were the same).
MIN_TINT_DISTANCE = 5.0
TINT_STEP = 0.04
MAX_TINT = 0.32
MIN_AMOUNT = 0.12  # a tint is never laid on thinner than this
HUE_GAP = 40.0  # degrees: a tint moved to a colour of the 256-colour palette keeps near its hue, if it can

_ALPHA = re.compile(r"^(.*\S)\s+(\d+(?:\.\d+)?)%$")


class ThemeColors:
    """Theme variable values (``#RRGGBB``, ``#RRGGBBAA``, ``ansi_red``, ``ansi_red 50%``,
    ``transparent``) as opaque RGB colours, translucent ones laid over the background."""

    def __init__(self, variables: Mapping[str, str], ansi: TerminalTheme) -> None:
        self.variables = variables
        self.ansi = ansi
        triplet = ansi.background_color
        self.background = self._opaque(variables.get("background", ""), Color(*triplet), role="bg")

    def _opaque(self, value: str, under: Color, role: str) -> Color:
        alpha = 1.0
        if (m := _ALPHA.match(value.strip())) is not None:
            value, alpha = m.group(1), float(m.group(2)) / 100
        try:
            color = Color.parse(value.strip())
        except ColorParseError:
            return under  # "auto …", "initial", "": nothing of its own
        if color.ansi is not None:
            if color.ansi < 0:  # the terminal's default colour
                triplet = self.ansi.background_color if role == "bg" else self.ansi.foreground_color
            else:
                triplet = self.ansi.ansi_colors[color.ansi]
            color = Color(*triplet, a=color.a)
        color = color.multiply_alpha(alpha)
        return under.blend(color.with_alpha(1.0), color.a) if color.a < 1 else color

    def get(self, name: str, role: str = "bg") -> Color:
        return self._opaque(self.variables.get(name, ""), self.background, role)

    def drawn_as_is(self, name: str, under: Color, role: str = "bg") -> Color:
        """Variable ``name`` (over ``under`` if translucent) as a colour that Textual draws from
        the theme itself: an opaque ANSI colour keeps its number (``Color.ansi``, -1 for the
        terminal's default), so that :func:`drawn_by` measures it as the terminal's palette
        draws it rather than as the nearest colour an RGB value would be sent as. Only for
        colours the app never sends as ``#RRGGBB`` of its own (a highlight's background is
        sent as RGB and downgraded)."""
        value = self.variables.get(name, "").strip()
        color = self._opaque(value, under, role)
        try:
            parsed = Color.parse(value)
        except ColorParseError:
            return color
        if parsed.ansi is not None and parsed.a == 1 and not _ALPHA.match(value):
            return color._replace(ansi=parsed.ansi)
        return color

    def tint(self, color: Color, amount: float) -> Color:
        return self.background.blend(color, amount)


def eight_bit(color: Color) -> int:
    """The colour number a 256-colour terminal is sent for ``color`` (Rich's downgrade, as
    Textual's output uses it: :func:`rich_eight_bit`), worked out here in Rich's own arithmetic,
    without a Rich colour made for each (the entity tints try a few thousand colours per theme)."""
    return _eight_bit(color.r, color.g, color.b)


@lru_cache(maxsize=8192)
def _eight_bit(red: int, green: int, blue: int) -> int:
    _h, lightness, saturation = colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)
    if saturation < 0.15:  # Rich takes it as a grey
        gray = round(lightness * 25.0)
        return 16 if gray == 0 else 231 if gray == 25 else 231 + gray

    def six(v: int) -> int:
        return round(v / 95 if v < 95 else 1 + (v - 95) / 40)

    return 16 + 36 * six(red) + 6 * six(green) + six(blue)


def rich_eight_bit(color: Color) -> int:
    """Rich's own downgrade of ``color`` to 256 colours (what :func:`eight_bit` must agree with)."""
    rich = RichColor("", ColorType.TRUECOLOR, triplet=ColorTriplet(color.r, color.g, color.b))  # no name made
    number = rich.downgrade(ColorSystem.EIGHT_BIT).number
    return -1 if number is None else number


# Console.color_system's names for the colour systems a terminal can have (None: no colour).
_SYSTEMS = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT, "windows": ColorSystem.WINDOWS}


def drawn_by(color_system: str | None, ansi: TerminalTheme) -> Callable[[Color], Color]:
    """How a terminal of ``color_system`` (``Console.color_system``: ``"truecolor"``, ``"256"``,
    ``"standard"``, ``"windows"``, None) draws an RGB colour the app sends: Textual's output
    downgrades each colour to the terminal's system with Rich (``Strip.render_ansi``), a
    256-colour terminal draws the nearest colour of the xterm palette (numbers 16-255, fixed
    values), a 16-colour one the nearest of its 16 ANSI colours, measured here as ``ansi`` (the
    app's ANSI palette) gives them, the terminal's own palette being unknown. Full colour and
    no colour (Textual then sends full colour): the colour itself."""
    system = _SYSTEMS.get(color_system or "")
    if system is None:
        return as_sent
    if system == ColorSystem.EIGHT_BIT:
        return _palette_or(_drawn_in_256)
    return _palette_or(partial(_drawn_in_16, system=system, ansi=ansi))


def _palette_or(downgraded: Callable[[Color], Color]) -> Callable[[Color], Color]:
    """``downgraded`` for RGB colours; a colour that keeps its ANSI number
    (:meth:`ThemeColors.drawn_as_is`) is sent as that number, which Rich's downgrade keeps, and
    drawn as the palette's colour it already holds."""

    def shown(color: Color) -> Color:
        return color if color.ansi is not None else downgraded(color)

    return shown


def _drawn_in_256(color: Color) -> Color:
    number = eight_bit(color)
    if number >= 232:
        grey = 8 + 10 * (number - 232)
        return Color(grey, grey, grey)
    levels = (0, 95, 135, 175, 215, 255)
    cube = number - 16
    return Color(levels[cube // 36], levels[cube // 6 % 6], levels[cube % 6])


@lru_cache(maxsize=8192)
def _drawn_in_16(color: Color, system: ColorSystem, ansi: TerminalTheme) -> Color:
    rich = RichColor("", ColorType.TRUECOLOR, triplet=ColorTriplet(color.r, color.g, color.b))
    triplet = rich.downgrade(system).get_truecolor(ansi)
    return Color(triplet.red, triplet.green, triplet.blue)


@lru_cache(maxsize=1)
def _palette() -> list[tuple[int, Color, Lab, bool]]:
    """The 256-colour palette's colours past the 16 the terminal's theme sets, as xterm defines
    them (the 6×6×6 cube 16-231, the grey ramp 232-255), each with its Lab and whether it has a hue."""
    levels = (0, 95, 135, 175, 215, 255)
    colors = [
        (16 + 36 * r + 6 * g + b, Color(levels[r], levels[g], levels[b]))
        for r in range(6)
        for g in range(6)
        for b in range(6)
    ]
    colors += [(232 + i, Color(8 + 10 * i, 8 + 10 * i, 8 + 10 * i)) for i in range(24)]
    return [(n, c, rgb_to_lab(c), _hued(c)) for n, c in colors]


def _lab_distance(x: Lab, y: Lab) -> float:
    return (x.L - y.L) ** 2 + (x.a - y.a) ** 2 + (x.b - y.b) ** 2


def apart(color: Color, taken: set[int]) -> Color:
    """``color`` if a 256-colour terminal shows it as a colour none of ``taken`` is; else the
    colour nearest it (CIE Lab distance) on its way toward a free colour of that palette that
    the terminal shows as that one (a colour with a hue stays one with a hue, never a grey): as
    little changed as can be in a terminal of every colour. The colour number chosen is added
    to ``taken``."""
    number = eight_bit(color)
    if number in taken:
        lab = rgb_to_lab(color)
        hued = _hued(color)

        def distance(other: Color) -> float:
            return _lab_distance(lab, rgb_to_lab(other))

        # The way toward one of the nearest free colours is the shortest (~2 ms a highlight moved,
        # once per theme: the variables are cached).
        free = [
            (_lab_distance(lab, c_lab), n, c)
            for n, c, c_lab, c_hued in _palette()
            if n not in taken and (c_hued or not hued)
        ]
        moves = []
        for _far, n, target in sorted(free, key=lambda f: (f[0], f[1]))[:8]:
            moved = next((m for k in range(1, 21) if eight_bit(m := color.blend(target, k / 20)) == n), None)
            if moved is not None:
                moves.append((distance(moved), n, moved))
        if moves:
            _distance, number, color = min(moves, key=lambda m: (m[0], m[1]))
    taken.add(number)
    return color


def _hue_gap(x: Lab, y: Lab) -> float:
    """The angle (degrees, 0-180) between the hues of two colours (CIE LCh)."""
    gap = abs(math.degrees(math.atan2(x.b, x.a)) - math.degrees(math.atan2(y.b, y.a))) % 360
    return min(gap, 360 - gap)


def _hued(color: Color) -> bool:
    """Whether a 256-colour terminal shows ``color`` as a colour rather than a grey (Rich's
    downgrade takes a saturation under 15% as grey)."""
    return (
        colorsys.rgb_to_hls(color.r / 255, color.g / 255, color.b / 255)[2] >= 0.15
        and len({color.r, color.g, color.b}) > 1
    )


def distinct_tints(theme: ThemeColors, eight_bit_terminal: bool = False) -> dict[str, tuple[Color, Color]]:
    """Each label's tint and followed (strong) tint over the theme's background, all of them
    told apart from each other and from the background wherever two entities show together
    (issue 13: in 256 colours 5 to 11 of the 17 plain tints were sent as a colour another label's
    was, in every theme; Cardinal's and an unlisted label's were one grey everywhere).

    At least :data:`MIN_TINT_DISTANCE` apart (CIE76), a tint too near laid on thicker or thinner;
    in a 256-colour terminal (``eight_bit_terminal``) each also a colour number of its own: where
    no thickness gives one, the nearest free colour of that palette (its own hue first) is the
    tint itself, as the terminal shows it (a full-colour tint moved into another colour's cell
    would look moved in full colour too; the app knows which terminal it draws on). No tint is
    made one the theme's text (or the black or white it is shifted toward) reads worse on than
    on its usual tint, or than 4.5:1; readable text on each is chosen afterwards."""
    labels = [*LABEL_COLORS.items(), ("", OTHER_COLOR)]
    fg = theme.get("foreground", "fg")
    extreme = max((Color(0, 0, 0), Color(255, 255, 255)), key=lambda c: contrast_ratio(c, theme.background))
    placed = [rgb_to_lab(theme.background)]
    taken = {eight_bit(theme.background)}

    def nearest(tint: Color) -> float:
        lab = rgb_to_lab(tint)
        return float(min(_lab_distance(lab, p) for p in placed) ** 0.5)

    def place(hue: Color, amount: float) -> Color:
        # Never harder to read on than its usual tint (or than 4.5:1): the theme's text, and the
        # black or white that text is shifted toward where it must be (compare's differing words
        # take one colour over every tint).
        usual = theme.tint(hue, amount)
        floors = [(c, min(contrast_ratio(c, usual), MIN_TEXT_CONTRAST) - 0.005) for c in (fg, extreme)]

        def reads(tint: Color) -> bool:
            return all(contrast_ratio(c, tint) >= floor for c, floor in floors)

        def fits(tint: Color) -> bool:
            own = not eight_bit_terminal or eight_bit(tint) not in taken
            return own and reads(tint) and nearest(tint) >= MIN_TINT_DISTANCE

        # As little changed as will do: the tint laid on thicker and thinner by turns, one
        # TINT_STEP more each time; else the nearest colour of the 256-colour palette (itself, so
        # both kinds of terminal show it alike) that is free, reads as well and is apart.
        amounts = [amount]
        for k in range(1, round(MAX_TINT / TINT_STEP) + 1):
            amounts += [a for a in (amount + k * TINT_STEP, amount - k * TINT_STEP) if MIN_AMOUNT <= a <= 1]
        tint = next((t for at in amounts if fits(t := theme.tint(hue, at))), None)
        if tint is None and not eight_bit_terminal:  # none is apart: the one farthest from the others
            tint = max((t for at in amounts if reads(t := theme.tint(hue, at))), key=nearest, default=usual)
        if tint is None:
            lab, hued = rgb_to_lab(usual), _hued(usual)
            free = sorted(
                (_lab_distance(lab, c_lab), n, c)
                for n, c, c_lab, c_hued in _palette()
                if n not in taken and (c_hued or not hued)
            )
            # Of the label's own hue first (a Date tint is an olive, not a blue), then any.
            same_hue = [f for f in free if not hued or _hue_gap(lab, rgb_to_lab(f[2])) <= HUE_GAP]
            tint = next(
                (
                    c
                    for group in (same_hue, free)
                    for _d, _n, c in group
                    if reads(c) and nearest(c) >= MIN_TINT_DISTANCE
                ),
                None,
            )
            if tint is None:  # none is all that: a free colour that reads as well, else the nearest free one
                tint = next((c for _d, _n, c in [*same_hue, *free] if reads(c)), free[0][2] if free else usual)
        taken.add(eight_bit(tint))
        placed.append(rgb_to_lab(tint))
        return tint

    plain = {label_slug(label): place(Color.parse(hue), TINT) for label, hue in labels}
    strong = {label_slug(label): place(Color.parse(hue), STRONG_TINT) for label, hue in labels}
    return {slug: (plain[slug], strong[slug]) for slug in plain}


def cached_highlight_variables(
    variables: Mapping[str, str], ansi: TerminalTheme, color_system: str | None = "truecolor"
) -> dict[str, str]:
    """:func:`highlight_variables`, worked out once per theme (a few ms each) for this process."""
    return dict(_cached(tuple(sorted(variables.items())), ansi, color_system))


@lru_cache(maxsize=32)
def _cached(items: tuple[tuple[str, str], ...], ansi: TerminalTheme, color_system: str | None) -> dict[str, str]:
    return highlight_variables(dict(items), ansi, color_system)


def highlight_variables(
    variables: Mapping[str, str], ansi: TerminalTheme, color_system: str | None = "truecolor"
) -> dict[str, str]:
    """The ``hl-…`` CSS variables (name without ``$`` → ``#RRGGBB``) for a theme whose
    generated variables are ``variables`` (``Theme.to_color_system().generate()`` plus the
    theme's own); ``ansi`` is the palette ANSI colour names are measured with;
    ``color_system``: the terminal's, as ``Console.color_system`` names it. Every text colour
    reaches its contrast as that terminal draws the pair (:func:`drawn_by`: in 256 colours
    each colour becomes the nearest of the palette, which moved catppuccin-latte's current
    match from 4.74:1 to 2.24:1); in 256 colours the entity tints are also colours of that
    palette, each its own (:func:`distinct_tints`)."""
    theme = ThemeColors(variables, ansi)
    bg = theme.background
    fg = theme.get("foreground", "fg")
    shown = drawn_by(color_system, ansi)
    eight_bit_terminal = color_system == "256"
    out: dict[str, str] = {}

    def text_on(candidates: list[Color], backgrounds: list[Color], minimum: float = MIN_TEXT_CONTRAST) -> Color:
        return readable(candidates, backgrounds, minimum, shown)

    def pair(name: str, background: Color, *text: Color) -> Color:
        # A background no text reads on as the terminal draws it is darkened or lightened, 5% at
        # a time, by turns: this happens only with 16 colours, where an orange can be drawn as the
        # palette's hot pink (black and white read on every colour of the 256-colour palette).
        near = [background.blend(extreme, k / 20) for k in range(1, 21) for extreme in (BLACK, WHITE)]
        for under in (background, *near):
            color = text_on(list(text), [under])
            if worst_contrast(color, [under], shown) >= MIN_TEXT_CONTRAST:
                break
        out[f"hl-{name}-bg"] = under.hex6
        out[f"hl-{name}-fg"] = color.hex6
        return under

    # The entity tints first: the highlights drawn over tinted text must differ from them.
    entity_tints = distinct_tints(theme, eight_bit_terminal)
    # In a 256-colour terminal the matches (the current one and the others) must still be
    # colours of their own: not the background's, not an entity tint's (plain or followed), not
    # each other's (textual-dark's match and Date tints were both 48;5;58); the sentence a jump
    # opened at and the selected block not the background's, a match's nor each other's (the
    # reader shows them all), one-side-only text (in compare) not the background's.
    # Each is moved, only where it is not, toward the nearest colour there that is free (apart).
    entities = {eight_bit(c) for tints in entity_tints.values() for c in tints}
    highlights = {eight_bit(bg)}
    current_bg = apart(theme.get("warning"), highlights | entities)
    highlights.add(eight_bit(current_bg))
    match_bg = apart(theme.get("warning-muted"), highlights | entities)
    highlights.add(eight_bit(match_bg))
    pair("current", current_bg, bg, fg)
    pair("match", match_bg, theme.get("text-warning", "fg"), fg)
    at = apart(theme.tint(theme.get("accent"), 0.25), highlights)
    at = pair("at", at, fg)
    cursor = apart(theme.tint(theme.get("primary"), 0.15), highlights)
    cursor = pair("cursor", cursor, fg)
    out["hl-cursor-bar"] = text_on([theme.get("accent", "fg"), fg], [cursor]).hex6
    only = apart(theme.tint(theme.get("error"), 0.12), {eight_bit(bg)})  # compare shows none of the above
    only = pair("only", only, fg)
    # The edge mark of a one-side-only cell in compare: not text, so 3:1 (WCAG 2.1, 1.4.11).
    out["hl-only-bar"] = text_on([theme.get("error"), fg], [only], NON_TEXT_CONTRAST).hex6
    # Quotes colour the text only: readable on the article and on the tints a quote can sit in.
    out["hl-quote-fg"] = text_on([theme.get("text-success", "fg"), fg], [bg, at, cursor]).hex6
    # The reader's title and headings (and Markdown code) keep the theme's text colours, which
    # must read on the selected block too (catppuccin-frappe's title on the selected block drawn
    # in 256 colours: 3.49:1); the theme's value is kept where it reads. (A jump's sentence and
    # the matches draw their own text colour over them.)
    for part, own_name in (("title", "text-primary"), ("heading", "text-accent")):
        own = theme.get(own_name, "fg")
        color = text_on([own, fg], [bg, cursor])
        out[f"hl-article-{part}"] = variables.get(own_name, own.hex6) if color == own else color.hex6
    # The panels' own backgrounds, and each as a focused list tints it (Textual's OptionList lays
    # $foreground 5% over its background while it has the focus: the entity panel's headings
    # measured 4.26:1 there in dracula, issue 13, s21).
    plain_panels = [bg, theme.get("surface"), theme.get("panel")]
    panels = [*plain_panels, *(under.blend(fg, 0.05) for under in plain_panels)]
    tints: list[Color] = []
    for label, hue in [*LABEL_COLORS.items(), ("", OTHER_COLOR)]:
        color = Color.parse(hue)
        slug = label_slug(label)
        tint, strong = entity_tints[slug]
        tints.append(pair(slug, tint, fg))
        pair(f"{slug}-strong", strong, fg, bg)
        out[f"hl-{slug}-text"] = text_on([color], panels).hex6
    # Words that differ between two sides (text colour only): on the article, on "only" rows
    # and inside entity tints.
    out["hl-diff-fg"] = text_on([theme.get("text-warning", "fg"), fg], [bg, only, *tints]).hex6
    # The key bar's keys and descriptions (KeyBar) and the reader's title bar: the theme's own
    # colours where they read at 4.5:1, else nudged (issue 13: keys 1.77:1 in atom-one-light,
    # 1.93:1 in catppuccin-latte; the title 4.39:1 in solarized-light).
    bar = theme.get("footer-background")
    for part in ("key", "description"):
        under = theme._opaque(theme.variables.get(f"footer-{part}-background", ""), bar, "bg")
        own = theme._opaque(theme.variables.get(f"footer-{part}-foreground", ""), under, "fg")
        out[f"hl-footer-{part}-fg"] = text_on([own, fg], [under]).hex6
    out["hl-title-fg"] = text_on([fg], [theme.get("panel")]).hex6
    # A dialog list's scrollbar: its thumb over its track, not text, so 3:1 (WCAG 2.1, 1.4.11):
    # Textual's own thumb, $primary dimmed, was ~1.5:1 on its track (textual-dark), and the label
    # chooser at 60x20 seemed to show every row it had (issue 13, s21).
    track = theme.get("scrollbar-background")
    thumb = theme._opaque(variables.get("scrollbar", ""), track, "bg")
    out["hl-scrollbar-thumb"] = text_on([thumb, theme.get("primary"), fg], [track], NON_TEXT_CONTRAST).hex6
    # A list's cursor row (OptionList: the entity panel's), focused and not, over the list's
    # surface: the theme's own cursor text where it reads, else nudged (the entity panel's cursor
    # row was 3.0:1 in atom-one-dark, ~3.6:1 drawn in 256 colours, issue 13, s21). Textual draws
    # the row's background from the theme's variable itself, so an ANSI one is measured as the
    # terminal's palette draws it, never moved to the nearest colour (ansi-light's cursor row,
    # ANSI blue, drawn in 16 colours: 3.43:1, t13g F6).
    surface = theme.get("surface")
    for name, text_name, under_name in (
        ("list-cursor-fg", "block-cursor-foreground", "block-cursor-background"),
        ("list-cursor-blurred-fg", "foreground", "block-cursor-blurred-background"),
    ):
        under = theme.drawn_as_is(under_name, surface)
        own = theme._opaque(variables.get(text_name, ""), under, "fg")
        out[f"hl-{name}"] = text_on([own, fg], [under]).hex6
    # A text box's cursor cell (Textual's Input: the theme's input-cursor colours, its foreground
    # under its background's text), given as drawn here so that it reads in 16 colours too (the
    # letter under it 3.72:1 in atom-one-dark, 4.18:1 in solarized-light, t13m F10).
    pair(
        "input-cursor",
        theme.get("input-cursor-background") if "input-cursor-background" in variables else fg,
        theme.get("input-cursor-foreground", "fg") if "input-cursor-foreground" in variables else bg,
    )
    # A list's other rows (the entity panel's names and counts) over the panels it can sit on,
    # focused (tinted) or not: the theme's foreground where it reads, kept as the theme names it
    # (an ANSI theme's default colour stays the terminal's), else nudged (solarized-dark's rows
    # 3.88:1, drawn in 256 colours 2.17:1, t13g F6).
    # And over a table's stripes (the library's even rows, ArticleTable: $surface-darken-1 40%
    # over $surface; its text 4.04:1 there in solarized-light, t13n F13).
    stripe = theme.get("surface").blend(theme.get("surface-darken-1"), 0.4)
    # And over a DataTable's rows (the fact sheet's, the quotes', the matrix's): its stripes
    # ($surface-darken-1 40% dark, $surface-lighten-1 50% light), focused (5% of the foreground
    # over them) or not. (Its fixed column is drawn on $panel, app.tcss.)
    surface = theme.get("surface")
    table = [stripe, surface.blend(theme.get("surface-lighten-1"), 0.5)]
    table += [under.blend(fg, 0.05) for under in table]
    row = text_on([fg], [*panels, *table])
    # A table's "agree" (the fact sheet's status): the theme's text-success, nudged where it
    # reads under 4.5:1 on the rows (2.33:1 in atom-one-light on a stripe).
    success = theme.get("text-success", "fg")
    out["hl-success-fg"] = text_on([success], [*plain_panels, *table]).hex6
    out["hl-list-fg"] = variables.get("foreground", fg.hex6) if row == fg else row.hex6
    # A panel's title line and its key-hint line (the entity and boilerplate panels, the
    # headings of the quotes and timeline screens) over the backgrounds a panel sits on: the
    # theme's text-accent and text-muted where they read, kept as the theme names them, else
    # nudged (the entity panel's hints 2.69:1 in catppuccin-frappe, its title 3.37:1 in
    # textual-light, 3.93:1 in nord, t13i F6).
    # A notice (Textual's Toast: the start-up corpus.yaml warning, the quit question, errors) on
    # the theme's lightened panel, given as drawn here so the pair does not depend on the
    # terminal's palette; its text the theme's foreground and its title the severity's text
    # colour, each nudged where it reads under 4.5:1 (t13k F7: solarized-dark's notice 2.17:1
    # drawn in 256 colours, ansi-light's red title 2.20:1).
    toast = pair("toast", theme.get("panel-lighten-1"), fg)
    for severity, own_name in (("information", "text-success"), ("warning", "text-warning"), ("error", "text-error")):
        # nudged, not the foreground: the title keeps its severity's hue
        out[f"hl-toast-{severity}-fg"] = text_on([theme.get(own_name, "fg")], [toast]).hex6
    # A dialog's error and warning lines (the export prompt's "already exists", its note) on
    # the panels a dialog sits on: the theme's text-error and text-warning, nudged where they
    # read under 4.5:1 (nord's error line 4.14:1, catppuccin-frappe's 3.65:1 in 256 colours).
    for part, own_name in (("error", "text-error"), ("warning", "text-warning")):
        own = theme.get(own_name, "fg")
        color = text_on([own, fg], plain_panels)
        out[f"hl-{part}-fg"] = variables.get(own_name, own.hex6) if color == own else color.hex6
    accent = theme.get("text-accent", "fg")
    title = text_on([accent], plain_panels)  # nudged, not the foreground: still an accent
    out["hl-panel-title-fg"] = variables.get("text-accent", accent.hex6) if title == accent else title.hex6
    out["hl-muted-fg"] = _muted(theme, plain_panels, shown, text_on)
    # A table's secondary text (the library's folder and doc id, the matrix's labels and "·",
    # the fact sheet's single-source rows) on its rows and stripes, in place of the terminal's
    # dim, which no colour measures (solarized-light's folder and doc id 2.40:1 and 2.62:1 on the
    # library's rows drawn in 256 colours, t13n F13): the theme's muted text as drawn on the
    # table, nudged where it reads under 4.5:1; always a colour of its own (never "auto").
    muted = theme.variables.get("text-muted", "").strip()
    if (m := _ALPHA.match(muted)) is not None and m.group(1) == "auto":
        muted_on = surface.blend(surface.get_contrast_text(1.0), float(m.group(2)) / 100)
    else:
        muted_on = theme._opaque(muted, surface, "fg") if muted else fg
    out["hl-table-muted-fg"] = text_on([muted_on], [*plain_panels, *table]).hex6
    return out


def _muted(
    theme: ThemeColors,
    panels: list[Color],
    shown: Callable[[Color], Color],
    text_on: Callable[[list[Color], list[Color]], Color],
) -> str:
    """The theme's ``text-muted`` as a CSS colour reading at 4.5:1 on every one of ``panels``:
    the theme's own value where it does (unchanged), else a colour nudged from it. ``auto N%``
    (most themes) is drawn by Textual as white or black, whichever contrasts, N% over each
    background (``Color.get_contrast_text``), so it is measured over each panel as drawn there."""
    own = theme.variables.get("text-muted", "").strip()
    fg = theme.get("foreground", "fg")
    if (m := _ALPHA.match(own)) is not None and m.group(1) == "auto":
        amount = float(m.group(2)) / 100
        drawn = [under.blend(under.get_contrast_text(1.0), amount) for under in panels]
        if all(contrast_ratio(shown(c), shown(u)) >= MIN_TEXT_CONTRAST for c, u in zip(drawn, panels, strict=True)):
            return own
        # One colour for every panel: the muted grey as drawn over the first (the background),
        # nudged (not the foreground: the line stays quieter than the text, t13i F6).
        return text_on([drawn[0]], panels).hex6
    muted = theme._opaque(own, theme.background, "fg") if own else fg
    color = text_on([muted], panels)
    return own if own and color == muted else color.hex6
