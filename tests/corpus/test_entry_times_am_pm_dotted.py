"""A live blog's entry stamps with am/pm written on a dotted clock (issue #16, t13ae P13, round
s37-z1): "7.05pm", "9.10am", "9.10a.m." were no times to ``parse`` (dateutil reads no dotted clock
with its am/pm), so :func:`entry_times` found none and the blog was read in text order."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.dates import entry_times, parse


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("7.05pm", "19:05"),
        ("7.05 pm", "19:05"),
        ("7:05pm", "19:05"),
        ("7pm", "19:00"),
        ("9.10am", "09:10"),
        ("9.10 a.m.", "09:10"),
        ("9.10a.m.", "09:10"),
        ("12.30pm", "12:30"),
        ("11.50pm", "23:50"),  # (was 23:00: the minutes lost)
        ("10.05 am", "10:05"),
        ("19.05", "19:05"),
    ],
)
def test_clock_forms(written: str, iso: str) -> None:
    assert parse(f"2026-11-09 {written}") == f"2026-11-09T{iso}"


def test_a_decimal_is_still_no_time() -> None:
    assert parse("2026-11-09 3.50 million") is None


@pytest.mark.parametrize(
    ("stamps", "want"),
    [
        (("7.05pm", "2.30pm", "9.10am"), ["19:05", "14:30", "09:10"]),
        (("6.40 p.m.", "1.15pm", "8.05a.m."), ["18:40", "13:15", "08:05"]),
        (("10.20am", "11am", "12.45pm"), ["10:20", "11:00", "12:45"]),
        (("11.50pm", "11.20pm", "10.05pm"), ["23:50", "23:20", "22:05"]),
    ],
)
def test_entry_times(stamps: tuple[str, ...], want: list[str]) -> None:
    text = "Live: as it happened\n\n" + "".join(f"{s}\nSomething happened in the town.\n\n" for s in stamps)
    assert [t for _at, t in entry_times(text)] == want
