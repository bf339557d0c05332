"""kinsoku_lines: where the reader breaks CJK text so that no line begins with closing
punctuation (t13q F14; the drawn result is checked in test_tui_cjk_line_breaks.py)."""

from __future__ import annotations

import random

import pytest
from rich.cells import cell_len

from waic_reader.tui.widgets.stacked_view import NO_LINE_END, NO_LINE_START, _breaks, kinsoku_lines


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("けが人の中に日本人はいないということです。", 20),  # the reported break, narrowed
        ("工程完成后货物吞吐量将增加一倍，并创造就业", 30),  # Chinese comma
        ("彼は「橋は来年できる」と話しました", 20),  # a closing bracket
    ],
)
def test_kinsoku_lines_move_the_break_before_closing_punctuation(text: str, width: int) -> None:
    lines = kinsoku_lines(text, width)
    assert lines is not None
    assert all(text[start] not in NO_LINE_START for start, _end in lines)
    assert [text[s:e] for s, e in lines] and "".join(text[s:e] for s, e in lines) == text
    assert all(len(text[s:e]) * 2 <= width for s, e in lines)


def test_kinsoku_lines_leave_text_rich_wraps_well_alone() -> None:
    assert kinsoku_lines("The council met. " * 20, 30) is None
    assert kinsoku_lines("市の委員会は発表しました。", 40) is None  # one line


def _word(ch: str) -> bool:
    # (a character of a word of a spaced script: Latin letters and digits in these texts)
    return ch.isascii() and ch.isalnum()


def _moved(line: str, start: int, at: int, ends: bool) -> int:
    def bad(k: int) -> bool:
        return (
            line[k] in NO_LINE_START
            or (ends and line[k - 1] in NO_LINE_END)
            or (ends and _word(line[k - 1]) and _word(line[k]))
        )

    new = at
    while new > start + 1 and bad(new) and not line[new - 1].isspace():
        new -= 1
    return at if bad(new) else new


def _reference(text: str, width: int) -> list[tuple[int, int]] | None:
    """kinsoku_lines as first written (round s26): each line's breaks from one wrap of the line,
    the rest wrapped again after a moved break (quadratic on a long paragraph); no line ending
    with an opening bracket either (round s49-m3, t13ar N15); no Latin word cut where the line
    could break before it (round s50-u, t13at N10)."""
    if width < 2 or (NO_LINE_START.isdisjoint(text) and NO_LINE_END.isdisjoint(text) and text.isascii()):
        return None
    lines: list[tuple[int, int]] = []
    moved = False
    base = 0
    for line in text.split("\n"):
        start = 0
        breaks = _breaks(line, width)
        while breaks:
            at = breaks[0]
            new = _moved(line, start, at, True)
            if new == at:
                new = _moved(line, start, at, False)
            if new == at:
                lines.append((base + start, base + at))
                start = at
                breaks = breaks[1:]
                continue
            moved = True
            lines.append((base + start, base + new))
            start = new
            breaks = [new + b for b in _breaks(line[new:], width)]
        lines.append((base + start, base + len(line)))
        base += len(line) + 1
    return lines if moved else None


def test_kinsoku_lines_as_the_whole_line_wrap_gives_them() -> None:
    # Each break is now found from a piece of the text after the line's start (linear in the
    # paragraph, review s35-rv 11). Without spaces the lines are those the first version made
    # from the whole line's wrap; with spaces Rich's wrap from a line's start may keep a run of
    # spaces on the line before where the whole line's wrap folded them onto a line of their own,
    # so there the lines tile the text, fit the width and begin with no closing punctuation
    # that could have been moved.
    rng = random.Random(31)
    cjk = ["市", "の", "委", "員", "会", "。", "、", "」", "「", "）", "！", "word", "ab", "語", "\n"]
    for _ in range(2_000):
        text = "".join(rng.choice(cjk) for _ in range(rng.randint(0, 90)))
        width = rng.randint(2, 24)
        assert kinsoku_lines(text, width) == _reference(text, width), (text, width)
    for _ in range(2_000):
        text = "".join(rng.choice([*cjk, " ", "  "]) for _ in range(rng.randint(0, 90)))
        width = rng.randint(4, 24)
        lines = kinsoku_lines(text, width)
        if lines is None:
            continue
        ends = {len(part) + sum(len(p) + 1 for p in text.split("\n")[:k]) for k, part in enumerate(text.split("\n"))}
        assert lines[0][0] == 0 and lines[-1][1] == len(text)
        for (s0, e0), (s1, _e1) in zip(lines, lines[1:], strict=False):
            assert s1 == e0 or (e0 in ends and s1 == e0 + 1), (text, width, lines)
        for start, end in lines:
            assert cell_len(text[start:end].rstrip()) <= width, (text, width, text[start:end])
            if 0 < start < len(text) and text[start] in NO_LINE_START and text[start - 1] != "\n":
                before = text[start - 1]
                assert before.isspace() or before in NO_LINE_START or end - start == 1, (text, width, lines)
