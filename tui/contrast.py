"""Text contrast as WCAG 2.x measures it, and colours nudged until they reach it.

The contrast ratio of two colours is ``(L1 + 0.05) / (L2 + 0.05)``, ``L1`` the relative
luminance of the lighter one: ``L = 0.2126 R + 0.7152 G + 0.0722 B`` over linearised sRGB
channels (``c / 12.92`` when ``c <= 0.04045``, else ``((c + 0.055) / 1.055) ** 2.4``, ``c`` in
0..1). Source: W3C, Web Content Accessibility Guidelines (WCAG) 2.2, definitions of "relative
luminance" and "contrast ratio" (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Success
criterion 1.4.3 asks for 4.5:1 for normal text (:data:`MIN_TEXT_CONTRAST`). Ratios run from 1
(same luminance) to 21 (black on white).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.color import Color

MIN_TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0  # success criterion 1.4.11: marks and parts of controls that are not text

BLACK = Color(0, 0, 0)
WHITE = Color(255, 255, 255)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: Color) -> float:
    """WCAG 2.x relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    return 0.2126 * _linear(color.r) + 0.7152 * _linear(color.g) + 0.0722 * _linear(color.b)


def contrast_ratio(a: Color, b: Color) -> float:
    """WCAG 2.x contrast ratio of two opaque colours, 1.0 to 21.0 (order does not matter)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)


def as_sent(color: Color) -> Color:
    """``color`` as a full-colour (24-bit) terminal draws it: itself."""
    return color


def worst_contrast(color: Color, backgrounds: Sequence[Color], shown: Callable[[Color], Color] = as_sent) -> float:
    """The lowest contrast of ``color`` against any of ``backgrounds`` (21.0 if there are none),
    each pair measured as ``shown`` maps a colour sent to the colour the terminal draws."""
    text = shown(color)
    return min((contrast_ratio(text, shown(bg)) for bg in backgrounds), default=21.0)


def readable(
    candidates: Sequence[Color],
    backgrounds: Sequence[Color],
    minimum: float = MIN_TEXT_CONTRAST,
    shown: Callable[[Color], Color] = as_sent,
) -> Color:
    """A text colour reaching ``minimum`` contrast on every one of ``backgrounds``, as the
    terminal draws both: ``shown`` maps a colour sent to the one drawn (a 256-colour terminal
    draws the nearest colour of its palette: ``highlights.drawn_by``; default: full colour).

    The first of ``candidates`` (the theme's own colours, preferred in order) that already
    reaches it is returned unchanged. Otherwise the candidate with the best worst-case contrast
    is shifted in lightness, mixed towards black or white (whichever side reads better) in 5%
    steps, until it reaches ``minimum``: the hue is kept as far as the contrast allows. On a
    single background black or white always reaches at least 4.58:1 (both are in the
    256-colour palette as they are), so the shift succeeds for ``minimum`` up to that; with
    several backgrounds of very different luminance, or a 16-colour palette whose black and
    white are not pure, it returns the best it found. ``candidates`` must not be empty
    (ValueError)."""
    if not candidates:
        raise ValueError("readable() needs at least one candidate colour")
    for color in candidates:
        if worst_contrast(color, backgrounds, shown) >= minimum:
            return color
    best = max(candidates, key=lambda c: worst_contrast(c, backgrounds, shown))
    extreme = max((BLACK, WHITE), key=lambda c: worst_contrast(c, backgrounds, shown))
    found = best
    for step in range(1, 21):
        shifted = best.blend(extreme, step / 20)
        if worst_contrast(shifted, backgrounds, shown) >= minimum:
            return shifted
        if worst_contrast(shifted, backgrounds, shown) > worst_contrast(found, backgrounds, shown):
            found = shifted  # a coarse palette can draw a later step no better than an earlier one
    return found
