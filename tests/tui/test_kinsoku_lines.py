"""kinsoku_lines: where the reader breaks CJK text so that no line begins with closing
punctuation (t13q F14; the drawn result is checked in test_tui_cjk_line_breaks.py)."""

from __future__ import annotations

import pytest

from waic_reader.tui.widgets.stacked_view import NO_LINE_START, kinsoku_lines


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
