"""A long run of lines marked with one sign only closing an article (a plain-text or Markdown "-"
list) is read once for a verdict of pros and cons, not again from each of its lines (review
s50-rv #19, round s51-f: ``page._pros_and_cons`` was called at each line of the run and read the
rest of it each time, quadratic in its length). Counted by the sign's reads, not timed: the
reported run of "-" lines and two variants of our own (hyphens, no full stops; "+" lines only).
A verdict with both signs after such a run is still found.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import page, split_noise
from waic_reader.index.corpus.reader import Article, Corpus

MENU = ["Start", "News", "Politics", "Sport", "Contact"]
HEADLINE = "Council approves the new harbour bridge"
PARAS = [
    "The council approved the plan on Tuesday after a long debate about the cost of the new bridge and"
    " the roads around it, which residents of the harbour district had opposed for several years.",
    "Work is due to start in the spring and to last two years; the council said traffic would be"
    " diverted through the old town while the approaches are rebuilt and the river banks shored up.",
]
RUN = 600

RUNS = [
    [f"- Item {i} of the plan was approved." for i in range(RUN)],
    [f"-  Motion {i} was carried on a show of hands" for i in range(RUN)],
    [f"+ Point {i} was agreed on by members." for i in range(RUN)],
]


class CountingMatch:
    """The sign's pattern, counting its reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.reads = 0

    def match(self, text: str) -> re.Match[str] | None:
        self.reads += 1
        return self.pattern.match(text)


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


@pytest.mark.parametrize("run", RUNS, ids=["reported-hyphens", "hyphens-no-stops", "plus-only"])
def test_a_long_one_sign_run_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: list[str]) -> None:
    counting = CountingMatch(page._PLUS_MINUS)
    monkeypatch.setattr(page, "_PLUS_MINUS", counting)
    art = text_article(tmp_path, [*MENU, HEADLINE, *PARAS, *run, "© 2026 Harbour Gazette"])
    split_noise(art).segments()
    assert counting.reads <= 3 * RUN  # was about len(run) ** 2 / 2


def test_a_verdict_after_a_one_sign_run_is_still_found(tmp_path: Path) -> None:
    verdict = ["Pros and cons", "+ Quiet on its lowest setting", "+ Long battery life", "- No remote control"]
    lines = [*MENU, HEADLINE, *PARAS, "- Tested for two weeks.", "- Bought in a shop.", *verdict, "© 2026 Fan Tests"]
    art = text_article(tmp_path, lines)
    kinds = []
    for line in verdict:
        at = art.text.index(line)
        [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
        kinds.append("content" if seg.reason is None else seg.kind)
    assert kinds == ["content"] * len(verdict)
