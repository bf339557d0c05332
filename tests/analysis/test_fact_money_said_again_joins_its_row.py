"""An amount one article names a role for and says again later without one is that amount said
again: it joins the named row, never a single-source ``amount (USD)`` row of its own (t13ap-r F2:
the opinion's "It asked for $2.3 billion to bury them" is ``money demanded (Sierra Crest Power
Co)``, and "less than the $2.3 billion the utility said it needed" was a second row, ``amount
(USD) · $2.3 billion``, because its words share none with the first's). A money amount is specific:
one article writing the same amount of one currency twice, the second with no role of its own, is
not naming two sums. The same count said twice ("two … remain in hospital" beside a toll of two)
stays as ``test_fact_repeated_value`` has it. The first text is the tester's (t13ap corpus,
opinion-harlow.txt); the others are invented variants (other currencies and roles)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def rows(facts: list[Fact], shown: str) -> list[tuple[str, list[str]]]:
    return [
        (f.label, [value_text(v) for v in f.values]) for f in facts if any(value_text(v) == shown for v in f.values)
    ]


OPINION = (
    "It did not. Sierra Crest Power Co. told regulators in 2024 that 1,100 miles of its lines ran "
    "through high-risk terrain. It asked for $2.3 billion to bury them. It got a fraction.\n\n"
    "The governor's $45 million in emergency funds is welcome. It is also less than the $2.3 billion "
    "the utility said it needed."
)


@pytest.mark.parametrize(
    ("text", "shown", "label"),
    [
        pytest.param(OPINION, "$2.3 billion", "money demanded (Sierra Crest Power Co)", id="reported"),
        pytest.param(
            "The European Union pledged €45 million for reconstruction on Monday.\n\n"
            "Critics in the valley doubt whether €45 million can go very far.",
            "€45 million",
            None,
            id="variant_pledged_euros",
        ),
        pytest.param(
            "Kestrel Mining agreed to pay a fine of A$14 million in March.\n\n"
            "Environmental groups called the A$14 million a slap on the wrist.",
            "14 million AUD",
            "fine",
            id="variant_fine_dollars",
        ),
    ],
)
def test_an_amount_said_again_joins_its_named_row(text: str, shown: str, label: str | None) -> None:
    got = rows(sheet(text), shown)
    assert len(got) == 1, got
    ((row_label, values),) = got
    assert not row_label.startswith("amount"), got
    if label is not None:
        assert row_label == label, got
    assert values == [shown], got
