"""An embedded video player's controls, as a page saved as plain text carries them.

A web video player (video.js and the players built like it) writes its controls and its caption
settings into the page as text: "Play", "Mute", "Current Time 0:00", "Loaded: 0%", "Playback
Rate", "Chapters", "Subtitles", then the caption-settings dialog with its lists of colours,
opacities, font sizes and families. Saved as text, that is 50 to 100 one-word lines, often in
the middle of the article: as menu lines they would cost the article's main run of prose more
than the paragraphs on one side of them are worth, and split the article there.

:func:`player_blocks` finds such a player by its control lines (several distinct ones, close
together) and returns its blocks, so that the boilerplate detector can drop them as one piece of
furniture that neither extends nor splits the article (as it treats a photo gallery).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Control and dialog lines specific to a media player (a line saying only "Play" or "Captions"
# is one only among others: several distinct ones are required below).
_CONTROL = re.compile(
    r"^\s*(?:play(?: video)?|pause|replay|mute|unmute|(?:current|remaining|duration)(?: time)?\s*-?\d{1,2}:\d{2}"
    r"|duration time\b.*|loaded\s*:\s*\d{1,3}(?:\.\d+)?\s*%|progress\s*:\s*\d{1,3}(?:\.\d+)?\s*%|stream type\s*\w*"
    r"|playback rate|chapters|descriptions(?: off)?(?:, selected)?|subtitles(?: off)?(?:, selected)?"
    r"|captions(?: off)?(?:, selected)?|captions? settings\b.*|(?:non-)?full ?screen|exit full ?screen"
    r"|picture-in-picture|audio tracks?|this is a modal window\b.*|(?:beginning|end) of dialog window\b.*"
    r"|close modal dialog|text edge style|font family|font size|seek to live\b.*|video player is loading\b.*"
    # The caption-settings dialog's colour groups and opacities.
    r"|foreground|background|window|caption area background|(?:semi-)?(?:opaque|transparent)|dropshadow)\W*$",
    re.IGNORECASE,
)
# Distinct control lines that make a player, and how many other blocks may lie between two of them.
PLAYER_MIN_CONTROLS = 4
PLAYER_MAX_GAP = 40
# The most words a block between two control lines may have (colour, size and font names).
_SETTING_WORDS = 4


# A player's time display, elapsed over duration: "00:38 / 01:22", "1:02:10 / 1:45:00"; or its
# play button with the piece's length: "Listen • 7:38", "Play 2:15", "Escuchar | 4:05" (issue #14,
# unseen36 kpbs-1). A clock time alone ("14:30", a live blog entry's) is neither.
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_PLAY = r"(?:listen|play|watch|escuchar|escucha|reproducir|écouter|ecouter|anhören|abspielen|ascolta|ouvir)"
_TIME_DISPLAY = re.compile(
    rf"^\s*(?:{_PLAY}\s*[•·|:–—-]?\s*(?:{_CLOCK}\s*/\s*)?|{_CLOCK}\s*/\s*){_CLOCK}\s*$", re.IGNORECASE
)


def time_display(text: str) -> bool:
    """Whether ``text`` is a media player's time display on its own ("00:38 / 01:22") or its play
    button with the piece's length ("Listen • 7:38"): a player left as text shows it even when its
    other controls are gone."""
    return _TIME_DISPLAY.match(text) is not None


def player_blocks(texts: Sequence[str]) -> set[int]:
    """Indexes of the blocks of every embedded media player in ``texts`` (one string per block).

    A player runs from one control line to another, each within :data:`PLAYER_MAX_GAP` blocks of
    the next, with only short lines (at most four words: settings such as "Semi-Transparent",
    "75%", "Proportional Sans-Serif") between them, and holds at least
    :data:`PLAYER_MIN_CONTROLS` distinct control lines. Linear in the number of blocks.
    """
    out: set[int] = set()
    start: int | None = None
    last = -1
    seen: set[str] = set()

    def close() -> None:
        if start is not None and len(seen) >= PLAYER_MIN_CONTROLS:
            out.update(range(start, last + 1))

    for i, text in enumerate(texts):
        if _CONTROL.match(text):
            if start is None or i - last > PLAYER_MAX_GAP:
                close()
                start, seen = i, set()
            seen.add(re.sub(r"[\d:%.\s-]+", " ", text.strip().lower()).strip())
            last = i
        elif start is not None and (len(text.split()) > _SETTING_WORDS or i - last > PLAYER_MAX_GAP):
            close()
            start, seen = None, set()
    close()
    return out
