"""Words quoted in speech marks beside the date under the headline are a quotation, no outlet
(review s50-rv2 #13, round s50-fx3; ``titles.quoted_outlet_on_date_line``): round s50-m's rule
for a publication's title in «» or „“ beside a date took 'Monday 9 March 2026 - "Get out now"'
for the outlet "Get out now". A title in speech marks still names it when it looks like one."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

LEAD = "Firefighters told residents to leave on Monday as the fire spread, officials said."


def _outlet(tmp_path: Path, head: str) -> str | None:
    (tmp_path / "a.txt").write_text(f"{head}\n\n{LEAD}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a").outlet


@pytest.mark.parametrize(
    "head",
    [
        'Fire crews battle blaze near town\nMonday 9 March 2026 - "Get out now"',  # reported
        'Mayor vows to rebuild\n"We will rebuild", 9 March 2026',  # reported
        "Floods close schools\n“Stay indoors”, 10 March 2026",
        'Floods close schools\n10 March 2026 | "Is anyone there?"',
    ],
)
def test_a_quotation_beside_the_date_is_no_outlet(tmp_path: Path, head: str) -> None:
    assert _outlet(tmp_path, head) is None


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Floods close schools\n11 марта 2026 года, «Цифровой вестник»", "Цифровой вестник"),
        ("Floods close schools\n10 March 2026 | “Valley Voice”", "Valley Voice"),
    ],
)
def test_a_title_beside_the_date_is_the_outlet(tmp_path: Path, head: str, outlet: str) -> None:
    assert _outlet(tmp_path, head) == outlet
