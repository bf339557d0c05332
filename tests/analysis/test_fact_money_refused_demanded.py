"""Money refused or demanded is never money pledged (issue #16, round s35-j; t13z H3): "will not
pay the €4.1m ransom demanded by the hackers" and "would not pay the £3.6m the hackers want" were
rows *money pledged*. A giving verb under a negation or a refusal ("will not pay", "refused to
pay", "declined to contribute") gives nothing; a ransom, or money demanded, asked for or wanted,
is labelled so."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _labels(*texts: str) -> list[str]:
    return [f.label.split(" (")[0] for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # found (t13z repro v4)
        (
            "Velmont General Hospital will not pay the €4.1m ransom demanded by the hackers, its chief executive said.",
            "ransom demanded",
        ),
        ("Miriam Okafor said the hospital would not pay the £3.6m the hackers want.", "money demanded"),
        # variants of my own: other refusals, other demands, other currencies
        ("The city council refused to pay the $2 million ransom, the mayor said.", "ransom demanded"),
        ("The gang asked for $500,000 in bitcoin, police said.", "money demanded"),
        ("The port authority said the attackers demanded 75 million yen.", "money demanded"),
    ],
)
def test_a_ransom_or_a_demand_is_no_pledge(text: str, label: str) -> None:
    assert _labels(text) == [label], _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The insurer declined to pay €3m to the owners.",
        "The government will not contribute $40 million to the scheme.",
        "The ministry has refused to allocate 12 million euros this year.",
        "The firm won't pay $5 million to the families.",
    ],
)
def test_a_refused_gift_is_no_pledge(text: str) -> None:
    assert "money pledged" not in _labels(text), _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government will pay $40 million to the families.",
        "The firm has pledged €3m to the relief effort.",
        "The ministry said it would not delay and pledged 12 million euros.",
    ],
)
def test_a_gift_is_still_pledged(text: str) -> None:
    assert _labels(text)[:1] == ["money pledged"], _labels(text)
