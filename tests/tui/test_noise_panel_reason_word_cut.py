"""A boilerplate reason too long for its entry is cut after a whole word, with an ellipsis, and
the whole reason is shown under the list while its entry is highlighted (t13m F15: the reason
was cut mid-word at 200 characters, the rest shown nowhere).

The panel alone, given a split whose reasons are long (the report's kind: a reason quoting the
text it names, past 200 characters), in three wordings: the cut falling inside a word, a long
quote of a header, and a reason of many short words; and one short reason, shown whole with no
detail line.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList, Static

from waic_reader.index.analysis.noise import NoiseSplit, Segment
from waic_reader.tui.highlights import cached_highlight_variables
from waic_reader.tui.widgets import noise_panel
from waic_reader.tui.widgets.noise_panel import NoisePanel

REASON_WIDTH = getattr(noise_panel, "REASON_WIDTH", 200)  # (200: as the panel cut reasons before)

LONG_REASONS = [
    # the old cut (199 characters and "…") inside "of"
    "one of a run of 15 short title-case lines without sentence punctuation after the article ended, "
    "none of them a sentence of the article and each of them repeated in the sidebar beside the paragraphs "
    "of the story itself",
    # a header quoted at length (the old cut inside "last")
    "item of the list under “More coverage of the Hallvika harbour barrier, the storm surge and the evacuation "
    "of the lower town, from our reporters in Sørås and Brekkvik”, which follows the article's last paragraph "
    "and names other stories",
    # many short words (the old cut inside "Shop")
    "a line of links: Home, News, World, Sport, Money, Arts, Food, Travel, Motoring, Jobs, Homes, Games, Puzzles, "
    "Radio, Podcasts, Video, Photos, Weather, Traffic, Letters, Obituaries, Notices, Events, Shop, Help, About",
]
SHORT = "a share row: 3 of its 4 words name sites or actions"


class One(App[None]):
    def get_css_variables(self) -> dict[str, str]:
        variables = super().get_css_variables()
        return {**variables, **cached_highlight_variables(variables, self.ansi_theme)}

    def compose(self) -> ComposeResult:
        yield NoisePanel()


def split() -> NoiseSplit:
    noise = []
    pos = 0
    for i, reason in enumerate([*LONG_REASONS, SHORT]):
        text = f"Block number {i} of the page"
        noise.append(
            Segment(pos, pos + len(text), ("headline-list", "related", "navigation", "share")[i], text, reason)
        )
        pos += len(text) + 1
    return NoiseSplit(content=[], noise=noise)


def entry_reason(panel: NoisePanel, index: int) -> str:
    prompt = panel.query_one(OptionList).get_option_at_index(index).prompt
    return str(prompt).splitlines()[-1]


@pytest.mark.parametrize("index", range(len(LONG_REASONS)))
async def test_long_reason_cut_on_a_word_and_shown_whole_when_highlighted(index: int) -> None:
    reason = LONG_REASONS[index]
    assert len(reason) > REASON_WIDTH
    app = One()
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(NoisePanel)
        panel.show(split())
        await pilot.pause()
        shown = entry_reason(panel, index)
        assert shown.endswith("…") and len(shown) <= REASON_WIDTH, shown
        kept = shown[:-1]
        assert reason.startswith(kept), shown
        rest = reason[len(kept) :]
        assert rest[:1] in (" ", ",", ";", ":"), f"cut inside a word: {kept[-15:]!r} | {rest[:15]!r}"
        options = panel.query_one(OptionList)
        options.highlighted = index
        await pilot.pause()
        detail = panel.query_one(".panel-reason", Static)
        assert detail.display and str(detail.render()) == f"Reason: {reason}"
        options.highlighted = len(LONG_REASONS)  # the short one: whole on its entry, no detail line
        await pilot.pause()
        assert entry_reason(panel, len(LONG_REASONS)) == SHORT
        assert not detail.display
