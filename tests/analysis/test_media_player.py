"""An embedded video player's controls between a saved page's paragraphs: noise, and the article
is not split there. The reported shape (video.js) and two variants of our own, in the page of
test_noise_kinds (menu above, footer below)."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds, make

from waic_reader.index.analysis.media_player import player_blocks
from waic_reader.index.analysis.noise import split_noise

VIDEO_JS = [
    "Play Video",
    "Play",
    "Mute",
    "Current Time 0:00",
    "/",
    "Duration Time 0:00",
    "Loaded: 0%",
    "Progress: 0%",
    "Stream TypeLIVE",
    "Remaining Time -0:00",
    "Playback Rate",
    "1",
    "Chapters",
    "descriptions off, selected",
    "subtitles off, selected",
    "captions settings, opens captions settings dialog",
    "captions off, selected",
    "Fullscreen",
    "This is a modal window.",
    *[c for group in ("Foreground", "Background", "Window") for c in (group, "---", "White", "Black", "Red", "Opaque")],
    "Font Size",
    *["50%", "75%", "100%", "125%", "150%", "200%"],
    "Text Edge Style",
    *["None", "Raised", "Depressed", "Uniform", "Dropshadow"],
    "Font Family",
    *["Default", "Monospace Serif", "Proportional Sans-Serif", "Casual", "Small Caps"],
    "Defaults",
    "Done",
    "Close",
    "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.",
]
# Another player's controls, shorter: no caption dialog.
SMALL_PLAYER = ["Pause", "Unmute", "Current Time 1:05", "Duration 3:12", "Captions", "Picture-in-Picture", "Fullscreen"]


@pytest.mark.parametrize(
    "player",
    [VIDEO_JS, SMALL_PLAYER, [*VIDEO_JS[:20], "Video shows the council chamber", *VIDEO_JS[20:]]],
    ids=["video-js", "small-player", "player-with-a-title-inside"],
)
def test_video_player_between_paragraphs_is_noise_and_does_not_split_the_article(player: list[str]) -> None:
    text = (
        "\n".join([*MENU, "Council passes budget after long debate", *PARAS[:2], *player, *PARAS[2:], *FOOTER]) + "\n"
    )
    got = kinds(text)
    assert_article_kept(got)
    assert got["Council passes budget after long debate"] == "content"
    for line in player:
        if line in ("Video shows the council chamber", "/", "---", "1"):
            continue
        assert got[line] != "content", line


def test_a_few_player_words_in_an_article_are_not_a_player() -> None:
    # Headings and list lines that happen to be control words: fewer than four distinct controls.
    lines = ["Background", "Window", *PARAS, "Play", "Fullscreen"]
    assert player_blocks(lines) == set()
    clean = "Council passes budget after long debate\n\n" + "\n\n".join(["Background", *PARAS]) + "\n"
    assert split_noise(make(clean)).noise == []
