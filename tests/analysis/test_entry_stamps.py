"""One live-blog entry time for entities and quotes (index.analysis.entry_time; t13k F1, F16):
stamps in brackets, after a colon, in italics, with a zone or an "Updated" before the clock open
the sentence for both recognisers (a firm's bare name after "**11:20 CET**" was a PERSON in
every article, and after "(14:05)", "[16:45]", "15.30:", "*11:20*" or a plain "11:20" the
statement was missing from Quotes); a decimal amount or a capitalised word after a clock is no
stamp's."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entry_time import ENTRY_STAMP


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        # reported (t13k F16, F1)
        ("**11:20 CET** Vikane said it.", "Vikane said it."),
        ("**11:20 CEST** Vikane said it.", "Vikane said it."),
        ("**Updated 11:20** Vikane said it.", "Vikane said it."),
        ("(14:05) Vikane said it.", "Vikane said it."),
        ("[16:45] Lunde said it.", "Lunde said it."),
        ("15.30: Vikane said it.", "Vikane said it."),
        ("*11:20* Vikane said it.", "Vikane said it."),
        ("**11:20:** Vikane said it.", "Vikane said it."),
        ("11:20 Vikane said it.", "Vikane said it."),
        # variants of my own
        ("- 9.41pm - Orheim said it.", "Orheim said it."),
        ("**Posted at 07:05 GMT** Orheim said it.", "Orheim said it."),
        ("11:20 local time — Crews said it.", "Crews said it."),
        ("14:05 UTC+1 | The mayor said it.", "The mayor said it."),
    ],
)
def test_an_entry_stamp_opens_the_sentence(line: str, rest: str) -> None:
    m = ENTRY_STAMP.match(line)
    assert m is not None and line[m.end() :] == rest


@pytest.mark.parametrize(
    "line",
    [
        "3.50 million people said it.",
        "12.5 percent of voters said it.",
        "2025 was a hard year.",
        "Vikane said at 11:20 it was over.",
    ],
)
def test_no_stamp_in_other_numbers(line: str) -> None:
    assert ENTRY_STAMP.match(line) is None


def test_a_capitalised_word_after_the_clock_is_no_zone() -> None:
    m = ENTRY_STAMP.match("11:20 UN said it.")
    assert m is not None and "11:20 UN said it."[m.end() :] == "UN said it."


@pytest.mark.parametrize(
    ("stamp", "rest"),
    [
        ("**9pm** Vikane said it.", "Vikane said it."),
        ("(11 a.m.) Orheim said it.", "Orheim said it."),
        ("**11:20 ET** Lunde said it.", "Lunde said it."),
    ],
)
def test_an_hour_alone_or_a_short_zone_opens_the_sentence(stamp: str, rest: str) -> None:
    """The boilerplate split read "9pm" and "11:20 ET" alone on a line as entry times while the
    recognisers read them before a name as nothing: one clock pattern now (entry_time.CLOCK)."""
    m = ENTRY_STAMP.match(stamp)
    assert m is not None and stamp[m.end() :] == rest


@pytest.mark.parametrize("time", ["9pm", "11 a.m.", "11:20 ET", "10.41 GMT+1", "14:05 local time"])
def test_the_split_and_the_recognisers_read_one_clock(time: str) -> None:
    from waic_reader.index.analysis.noise.live import ENTRY_TIME

    assert ENTRY_TIME.match(time) is not None
    m = ENTRY_STAMP.match(f"{time} Vikane said it.")
    assert m is not None and f"{time} Vikane said it."[m.end() :] == "Vikane said it."
