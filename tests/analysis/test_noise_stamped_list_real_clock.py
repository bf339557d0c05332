"""A list of other stories, each title closed by its post's date and clock time in brackets, is
judged by a real clock time only (round s48-a): hours 00-23, minutes and seconds 00-59, the one
pattern of a time of day written with a colon (corpus.tokens.TYPED_CLOCK). "(12.05 29:00)" or
"(3 May 2026, 24:75)" dates no post, so five such lines are not taken for a list of stories by
their stamps; real times, with seconds or an "am"/"pm" after them, still are."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

ARTICLE = """Lighthouse keepers return to the north cape

By Lena Varga

The lighthouse on the north cape will have keepers again from June, the coastguard said on Tuesday, after two winters of failed automatic lamps.

Three keepers will share the post in shifts of a fortnight, and the cottage beside the tower is being repaired for them.

Fishermen had asked for the keepers' return since the lamp first failed, said the harbour master, Olu Bakare.

"""

REAL = [
    "Coast road reopens after landslip (Nina Holt) (05.12 09:30)",
    "Tall ships due in the harbour (Piet Maas) (05.11 16:00)",
    "Storm fund doubled for schools (Ivo Kral) (05.11 23:59)",
    "Rescue crew honoured at the guildhall (Sam Oduya) (05.10 00:05)",
    "Ferry timetable changes on Monday (Ada Lind) (05.10 08:15)",
]
REAL_SECONDS = [
    "Coast road reopens after landslip (12.05.2026, 09:30:10)",
    "Tall ships due in the harbour (11.05.2026, 16:00:00)",
    "Storm fund doubled for schools (11.05.2026, 11:00:59)",
    "Rescue crew honoured at the guildhall (10.05.2026, 18:45:30)",
    "Ferry timetable changes on Monday (10.05.2026, 8:15:00)",
]
REAL_PM = [
    "Coast road reopens after landslip (12 May 2026, 9:30 am)",
    "Tall ships due in the harbour (11 May 2026, 4:00 pm)",
    "Storm fund doubled for schools (11 May 2026, 11:00 am)",
    "Rescue crew honoured at the guildhall (10 May 2026, 6:45 pm)",
    "Ferry timetable changes on Monday (10 May 2026, 8:15 am)",
]
# The same lines with times no clock shows: an hour past 23 (or seconds past 59).
IMPOSSIBLE = [
    "Coast road reopens after landslip (Nina Holt) (05.12 29:00)",
    "Tall ships due in the harbour (Piet Maas) (05.11 24:30)",
    "Storm fund doubled for schools (Ivo Kral) (05.11 25:15)",
    "Rescue crew honoured at the guildhall (Sam Oduya) (05.10 28:05)",
    "Ferry timetable changes on Monday (Ada Lind) (05.10 26:45)",
]
IMPOSSIBLE_SECONDS = [
    "Coast road reopens after landslip (12.05.2026, 09:30:61)",
    "Tall ships due in the harbour (11.05.2026, 16:00:99)",
    "Storm fund doubled for schools (11.05.2026, 11:00:75)",
    "Rescue crew honoured at the guildhall (10.05.2026, 18:45:70)",
    "Ferry timetable changes on Monday (10.05.2026, 8:15:60)",
]
IMPOSSIBLE_PM = [
    "Coast road reopens after landslip (12 May 2026, 29:30 am)",
    "Tall ships due in the harbour (11 May 2026, 24:00 pm)",
    "Storm fund doubled for schools (11 May 2026, 27:10 am)",
    "Rescue crew honoured at the guildhall (10 May 2026, 25:45 pm)",
    "Ferry timetable changes on Monday (10 May 2026, 28:15 am)",
]


def _listed(tmp_path: Path, lines: list[str]) -> set[str]:
    """The lines the stamped-story-list rule names, the page read as plain text."""
    (tmp_path / "page.txt").write_text(ARTICLE + "\n\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    return {s.text.strip() for s in split.noise if s.reason == "list of other stories, each with its date and time"}


@pytest.mark.parametrize("lines", [REAL, REAL_SECONDS, REAL_PM], ids=["minutes", "seconds", "am-pm"])
def test_real_clock_times_make_a_list_of_stories(tmp_path: Path, lines: list[str]) -> None:
    assert _listed(tmp_path, lines) == set(lines)


@pytest.mark.parametrize("lines", [IMPOSSIBLE, IMPOSSIBLE_SECONDS, IMPOSSIBLE_PM], ids=["minutes", "seconds", "am-pm"])
def test_impossible_clock_times_make_no_list_of_stories(tmp_path: Path, lines: list[str]) -> None:
    assert _listed(tmp_path, lines) == set()
