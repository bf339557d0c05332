"""Inline fields set side by side with no space, the first ending in an initial's or an
abbreviation's full stop ("<b class="fn">Carmen V.</b><span class="says">says:</span>"), are read
apart ("Carmen V. says:"), as fields ending in a word are (s31-h, t13s F7: "Carmen V.says: June 5,
2026 at 12:00 pm" was glued, and so typed navigation rather than a comment's meta). The first case
is the reported file; the others are invented (other names, other fields)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31h"

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Dam repairs begin at Kessel</title></head>
<body><main><article><h1>Dam repairs begin at Kessel</h1>
<p>Engineers began repairing the north wall of the Kessel dam on Monday, a week after a leak forced the
operator to lower the reservoir.</p>
<p>The work is expected to take six weeks, and the reservoir will stay at half its usual level until then.</p>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;Dam repairs begin at Kessel&rdquo;</h2>
<ol class="comment-list">
<li class="comment"><footer class="comment-meta"><b class="fn">{name}</b><span class="says">says:</span><time>March 12, 2026 at 9:40 am</time></footer><p>Long overdue.</p></li>
</ol></div></body></html>
"""


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("wp-alcina-today.html", None, "Carmen V. says: June 5, 2026 at 12:00 pm"),  # reported
        ("kessel.html", PAGE.format(name="J.R."), "J.R. says: March 12, 2026 at 9:40 am"),
        ("kessel2.html", PAGE.format(name="Henrik S. Dahl Jr."), "Henrik S. Dahl Jr. says: March 12, 2026 at 9:40 am"),
    ],
)
def test_fields_after_full_stop_read_apart(tmp_path: Path, name: str, text: str | None, line: str) -> None:
    if text is None:
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    kinds = {seg.text.strip(): seg.kind for seg in split.noise}
    assert kinds.get(line) == "comments", kinds
