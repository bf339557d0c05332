"""Two diseases' rates are two measures (issue #16, t13ak-r N7's variant, s44-y3's leftover):
"Polio vaccination coverage in Palloch is 64%" and "Measles vaccination coverage in Palloch is 91%"
were one row "vaccination Palloch coverage" in disagreement, the disease past the two words a rate's
label keeps, and no name. A disease opening a rate's compound is whose rate it is, as a name is;
one disease's rate in two outlets is still compared."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ak-r's variant of N7a)
        (
            "Polio vaccination coverage in Palloch is 64%, the health office said.",
            "Measles vaccination coverage in Palloch is 91%, according to the health office.",
        ),
        # variants of my own: a phrase among the rate's, other diseases; another rate's noun
        (
            "Cholera vaccination coverage among children in Oskby stood at 55%, officials said.",
            "Typhoid vaccination coverage among children in Oskby stood at 70%, officials said.",
        ),
        (
            "Diphtheria immunisation rates in the district reached 80 per cent.",
            "Rubella immunisation rates in the district reached 85 per cent.",
        ),
    ],
)
def test_two_diseases_rates_are_never_one_row(texts: tuple[str, str]) -> None:
    facts = sheet(*texts)
    assert [f.status for f in facts] == ["single source", "single source"], [(f.label, f.status) for f in facts]


def test_one_diseases_rate_is_still_compared() -> None:
    facts = sheet(
        "Polio vaccination coverage in Palloch is 64%.",
        "Polio vaccination coverage in Palloch has fallen to 61 per cent, the health office now says.",
    )
    assert [f.status for f in facts] == ["disagree"], [(f.label, f.status) for f in facts]
