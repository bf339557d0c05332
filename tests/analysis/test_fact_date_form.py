"""A date the fact sheet reports is written in the sheet's one form of a day ("13 Aug", "26 Jul
2024"), never its stored value ("08-13": t13k F11, a year-less date from a heading)."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import extract_figures
from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # reported (t13k F11): a year-less date in a heading
        ("Evening news transcript, 13 August.", "13 Aug"),
        ("The hearing is set for 26 July 2024.", "26 Jul 2024"),
        ("The plant reopens on March 3.", "3 Mar"),
    ],
)
def test_a_date_reads_in_the_sheets_one_form(text: str, shown: str) -> None:
    # (a date's figure, as the timeline reads it: a date counting no thing is no row since s37-f)
    dates = [value_text(v) for v in extract_figures(Art("a", f"Story\n\n{text}")) if v.kind == "date"]
    assert dates == [shown], dates
