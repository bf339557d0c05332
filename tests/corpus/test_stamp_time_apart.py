"""A date stamp's time set apart from its day (issue #14, t14 fault 10): "Posted: Mar 14, 2025 /
06:12 PM CDT" (a slash between them) and the same stamp on two lines lost the time; the stamp
line stayed the article's text. The reported input and two variants of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_FIX = Path(__file__).resolve().parents[1] / "fixtures" / "t14s19c"
_BODY = (
    "Passengers who spent hours aboard the grounded ferry Osvalda on Friday described a sudden jolt, "
    "then darkness as the power failed.\n"
    "Coastguard helicopters lifted the first passengers off just after 7am, and lifeboats took the rest ashore.\n"
)


@pytest.mark.parametrize(
    ("text", "stamp", "iso"),
    [
        (
            (_FIX / "kxyz.txt").read_text(encoding="utf-8"),
            ["Posted: Mar 14, 2025 / 06:12 PM CDT"],
            "2025-03-14T18:12-05:00",
        ),
        (  # ours: the time on the line under the day
            "Ferry passengers describe hours in the fog\nPosted: Mar 14, 2025\n06:12 PM CDT\n" + _BODY,
            ["Posted: Mar 14, 2025", "06:12 PM CDT"],
            "2025-03-14T18:12-05:00",
        ),
        (  # ours: a day first, a 24-hour clock under it, another zone
            "Tugs reach the Osvalda at last\nUpdated: 16 March 2025\n09:40 CET\n" + _BODY,
            ["Updated: 16 March 2025", "09:40 CET"],
            "2025-03-16T09:40+01:00",
        ),
    ],
)
def test_stamp_keeps_its_time(tmp_path: Path, text: str, stamp: list[str], iso: str) -> None:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(next(iter(corpus.entries)))
    assert article.date == iso
    noise = {s.text: s.kind for s in split_noise(article).noise}
    assert [noise.get(line) for line in stamp] == ["byline"] * len(stamp), noise


def test_live_blog_entry_times_under_a_day_date_nothing(tmp_path: Path) -> None:
    """Guard: a live blog's entry times, each over its entry, are no stamp's time (the day alone is read)."""
    text = (
        "Ferry capsizes off Lumora Island: live\nPosted: 14 March 2025\n10:41 GMT\n"
        "The coastguard says 212 passengers have been pulled from the water after the ferry capsized this morning.\n"
        "10:58 GMT\nHarbour master Ingrid Solvay said 14 people were still missing and every boat was out searching.\n"
    )
    (tmp_path / "live.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(next(iter(corpus.entries)))
    assert article.date == "2025-03-14"
    content = [s.text for s in split_noise(article).content]
    assert "10:41 GMT" in content and "10:58 GMT" in content
