"""A live blog's closing prompts and entry times (t13at N7, round s50-a2), each the reported form
and two variants of our own:

- a row of share, follow or subscribe prompts set side by side ("Share this live blog · Follow us
  on X") is a call to action in plain text, as each of its items is alone;
- every clock time alone on its line over a live blog's entry is a heading, the short entries'
  ("09.40 CET" over one sentence) as the long ones'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.blocks import split_blocks
from waic_reader.index.corpus.reader import Article, Corpus

ENTRIES = [
    "The regional government says the death toll has reached 23. Evacuations are continuing in the"
    " valley; 12,000 people have left their homes so far.",
    "Civil protection now reports 19 dead and 41 missing.",
    "At least 12 people have been killed, the emergency service says. Water in the lower town is five"
    " metres above normal.",
    "Welcome to our live coverage. The dam on the river has failed, according to the emergency service.",
]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "live.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


def live_blog(times: list[str], closing: str) -> list[str]:
    lines = ["Valley Courier — LIVE: dam collapse updates", ""]
    for time, entry in zip(times, ENTRIES, strict=True):
        lines += [time, entry, ""]
    return [*lines, "Posted: 14/03/2026", closing]


PROMPT_ROWS = [
    "Share this live blog · Follow us on X",
    "Share this story | Sign up for breaking news alerts",
    "Share this live coverage • Follow our reporters on Threads",
]


@pytest.mark.parametrize("row", PROMPT_ROWS, ids=["reported", "bar", "bullet"])
def test_row_of_prompts_closing_a_live_blog_is_call_to_action(tmp_path: Path, row: str) -> None:
    art = text_article(tmp_path, live_blog(["13.05 CET", "09.40 CET", "07.20 CET", "04.10 CET"], row))
    assert kind_at(art, row) == "call-to-action"
    assert [kind_at(art, e) for e in ENTRIES] == ["content"] * len(ENTRIES)


def test_sentence_naming_a_share_stays_content(tmp_path: Path) -> None:
    line = "Residents were asked to share this information with neighbours who have no phone."
    art = text_article(tmp_path, live_blog(["13.05 CET", "09.40 CET", "07.20 CET", "04.10 CET"], line))
    assert kind_at(art, line) == "content"


TIMES = [
    ["13.05 CET", "09.40 CET", "07.20 CET", "04.10 CET"],
    ["1:15pm", "11:40am", "9:20am", "6:05am"],
    ["18:30 GMT", "16:45 GMT", "14:10 GMT", "12:00 GMT"],
]


@pytest.mark.parametrize("times", TIMES, ids=["reported", "meridiem", "gmt"])
def test_every_entry_time_is_a_heading(times: list[str]) -> None:
    text = "\n".join(live_blog(times, "Share this live blog")) + "\n"
    kinds = {b.text: b.kind for b in split_blocks(text)}
    assert [kinds[t] for t in times] == ["heading"] * len(times)
    assert [kinds[e] for e in ENTRIES] == ["paragraph"] * len(ENTRIES)


def test_one_clock_time_alone_stays_as_it_was() -> None:
    text = "A quiet night\n\n09.40\nThe lights went out across the valley.\n"
    kinds = {b.text: b.kind for b in split_blocks(text)}
    assert kinds["09.40"] == "paragraph"
