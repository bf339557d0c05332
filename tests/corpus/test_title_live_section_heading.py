"""A section heading straight under a headline ("Key events" with no "Show key events only" under
it, a summary's "Summary" or "Das Wichtigste", a "Top stories" header) is a line of its own, no
part of the headline (issue #14, t13al-r S4): the block splitter read the two lines as one wrapped
headline, and the title was "Hurricane Delia makes landfall – live updates Key events"."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_HEADLINE = "Hurricane Delia makes landfall – live updates"


def _blog(heading: str) -> str:
    # The reported blog (t13alr variants/N9/a) with the heading under its headline.
    return (
        f"{_HEADLINE}\n{heading}\n\n"
        "Tue 12 May 2026 09.15 EDT\nGood morning. Hurricane Delia is approaching the coast with winds of 120 mph.\n\n"
        "Tue 12 May 2026 11.40 EDT\nAbout 30,000 homes have lost power, the utility said.\n\n"
        "Tue 12 May 2026 14.05 EDT\nThe governor has pledged $50m in emergency aid.\n"
    )


@pytest.mark.parametrize(
    ("heading", "noise_kind"),
    [
        ("Key events", "live-blog"),  # the reported blog: a live blog's control
        ("Summary", ""),  # another style's summary heading (content or noise: a heading of its own)
        ("Das Wichtigste", ""),  # a German one
        ("Top stories", "headline-list"),  # a list of stories' header
    ],
)
def test_heading_under_the_headline_is_no_part_of_the_title(tmp_path: Path, heading: str, noise_kind: str) -> None:
    (tmp_path / "live.txt").write_text(_blog(heading), encoding="utf-8")
    art = Corpus.scan(tmp_path).article("live")
    assert art.title == _HEADLINE
    assert art.title_derived
    assert heading in {b.text for b in art.blocks}
    if noise_kind:  # what the page's controls and headers are, as the boilerplate split says
        noise = {s.text: s.kind for s in split_noise(art).noise}
        assert noise.get(heading) == noise_kind, noise
