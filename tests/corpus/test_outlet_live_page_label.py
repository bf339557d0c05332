"""A live page's label after the outlet's name on its masthead is no word of the name (issue #14,
round s46-x).

Reported (reconstructed): a site header "Riverwatch News Live | 4 March 2026" named no outlet: the
word "Live" after the name, then the date after the bar, defeated the outlet reading (a name closed
by "News" is a news site's; "News Live" is closed by "Live"). Expected: "Riverwatch News". The kind:
a live page's label ("Live", "Live Updates", "Live Blog", "Live Coverage": corpus.titles
without_live_label) after a masthead's name is the page's kind, never the outlet's. The reported
line, then our own: another separator and label in capitals, a label of two words over a date
with its weekday, the label on a header with a section. The articles are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.corpus.titles import without_live_label

BODY = (
    "The river peaked overnight at 5.2 metres, the Environment Agency said on Wednesday, and the new "
    "flood barrier held.\n\nResidents of the lower town were told they could return to their homes.\n"
)


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Riverwatch News Live | 4 March 2026", "Riverwatch News"),  # reported
        ("HALVIK POST LIVE BLOG · 12 May 2026", "HALVIK POST"),  # capitals, a dot, "Live Blog"
        ("Northshore Coast News Live Updates — Monday, March 2, 2026", "Northshore Coast News"),
        ("Kellby Herald Live | World", "Kellby Herald"),  # a section, no date
    ],
)
def test_the_live_label_is_no_part_of_the_outlet(tmp_path: Path, header: str, outlet: str) -> None:
    (tmp_path / "a.txt").write_text(f"{header}\n\nFlood barrier holds as river peaks\n\n{BODY}", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert (article.outlet, article.title) == (outlet, "Flood barrier holds as river peaks")


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Riverwatch News Live", "Riverwatch News"),
        ("Kellby Herald – Live Updates", "Kellby Herald"),
        ("Live", "Live"),  # nothing else: kept
        ("Halvik Post", "Halvik Post"),
        ("Liverpool Echo", "Liverpool Echo"),  # "Live" only as a word of its own
    ],
)
def test_without_live_label(name: str, bare: str) -> None:
    assert without_live_label(name) == bare
