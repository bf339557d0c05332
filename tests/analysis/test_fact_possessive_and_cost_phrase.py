"""A role word in the possessive names the figure as the bare word does ("the loss's total" as
"the loss totalled"): the possessive's "'s" is taken off, not every final "s" (the old strip read
"loss's" as "lo" and the figure fell back to a bare "amount"). And the phrase after a cost's "of"
or "for" ends at its clause's verb: "the bill for the repairs came to $2 million" is the repair
cost, not a "came cost"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _labels(*texts: str) -> list[str]:
    return [f.label for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("possessive", "bare"),
    [
        (
            "The bank put the fraud loss's total at $40 million on Monday.",
            "The bank put the fraud loss at $40 million on Monday.",
        ),
        (
            "Auditors said the trading loss's size was $12.5 million.",
            "Auditors said the trading loss was $12.5 million.",
        ),
        (
            "The insurer's estimate of the flood loss's scale is €80 million.",
            "The insurer's estimate of the flood loss is €80 million.",
        ),
    ],
)
def test_a_possessive_role_word_names_the_figure_as_the_bare_word(possessive: str, bare: str) -> None:
    def second(text: str) -> str:
        return text.replace("40", "45").replace("12.5", "13.5").replace("80", "85")

    labels = _labels(possessive, second(possessive))
    assert labels == _labels(bare, second(bare)), labels
    assert len(labels) == 1 and not labels[0].startswith("amount"), labels


@pytest.mark.parametrize(
    "sentence",
    [
        "The press's bill for the repairs came to $2 million.",
        "The bill for the repairs totalled $2 million, the council said.",
        "The final cost of the repairs ran to $2 million.",
    ],
)
def test_a_cost_phrase_ends_at_its_clause_verb(sentence: str) -> None:
    labels = _labels(sentence, sentence.replace("$2 million", "$3 million"))
    assert labels == ["repair cost"], labels
