"""A suspended sentence is a prison sentence, and the time it is suspended for is no closure (issue
#16; review s43-rv finding 16): "Moss was given an 18-month sentence, suspended for two years." and
"Moss received an 18-month suspended sentence." read "closure duration: sentence DISAGREE 2 years →
18 months", a false disagreement. The reported input and two variants of our own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "texts",
    [
        ("Moss was given an 18-month sentence, suspended for two years.", "Moss received an 18-month suspended sentence."),
        ("Hart was given a two-year sentence, suspended for 18 months.", "Hart received a two-year suspended sentence."),
        ("Okafor was handed a six-month jail term, suspended for a year.", "Okafor got a six-month suspended sentence."),
    ],
)  # fmt: skip
def test_a_suspended_sentence_is_the_sentence(texts: tuple[str, str]) -> None:
    facts = sheet(*texts)
    assert not [f for f in facts if f.status == "disagree"], [(f.label, f.status) for f in facts]
    prison = [f for f in facts if f.label.startswith("prison sentence")]
    assert len(prison) == 1 and prison[0].status == "agree", [(f.label, f.status) for f in facts]
    assert not [f for f in facts if f.label.startswith("closure")], [f.label for f in facts]
