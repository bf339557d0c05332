"""A casualty noun before the counted noun names what the counted things are for, not what befell
them (issue #16, session 26 probe of an invented typhoon). Found: the local paper's "about 52,000
residents fled to more than 200 evacuation centres" had a row *centres evacuated*; so "40 rescue
workers" were *people rescued* and "12 death certificates" joined the death toll."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("text", "label", "value", "wrong"),
    [
        # found (Casilang Courier)
        (
            "Governor Lydia Santos said about 52,000 residents fled to more than 200 evacuation centres across the province before the storm hit.",
            "evacuation centres",
            "more than 200",
            "centres evacuated",
        ),
        # variants of my own
        ("The navy sent 40 rescue workers to the island.", "rescue workers", "40", "people rescued"),
        ("The coroner has issued 12 death certificates so far.", "death certificates", "12", "death toll"),
    ],
)
def test_a_casualty_noun_before_the_counted_noun_is_no_casualty(text: str, label: str, value: str, wrong: str) -> None:
    rows = _rows(text)
    assert rows.get(label) == [value] and wrong not in rows, rows


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # (in shelters, all of them: those at one place are a part, test_fact_s53f_parts_and_purposes)
        ("About 200 evacuees spent the night in shelters.", "people evacuated", "about 200"),
        ("Police said 12 injured people were taken to the clinic.", "people injured", "12"),
        ("Officials confirmed 14 deaths on Wednesday.", "death toll", "14"),
    ],
)
def test_a_casualty_head_or_participle_still_names_the_measure(text: str, label: str, value: str) -> None:
    assert _rows(text).get(label) == [value], _rows(text)
