"""A money row told apart from another of its label is never told by a noun that names money itself:
"S/ 10 million in emergency funds" beside the government's "$3 million" is "money pledged (the
government): emergency funds", never "…: funds" (t13ahr S6: a stray noun after the colon), the word
saying which funds kept though another row's sentence says it too."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("others", "text", "label"),
    [
        # reported (t13ahr corpus, misc/andina-feed.rss beside the outlets' dollar pledge, whose
        # sentences say "emergency" too)
        (
            "The government pledged $3 million as emergency ministers met.",
            "Prime Minister Rosa Delgado Paz said the government would provide S/ 10 million in emergency funds.",
            "money pledged (the government): emergency funds",
        ),
        # variants of my own: the word saying which is in the other row's sentences too; another noun
        (
            "The government pledged $3 million, the emergency minister said.",
            "The government would provide €2 million in emergency aid.",
            "money pledged (the government): emergency aid",
        ),
        (
            "The government pledged $3 million, the relief agency said.",
            "The government would provide ₹20 million in relief funds.",
            "money pledged (the government): relief funds",
        ),
    ],
)
def test_a_money_row_is_never_told_by_a_bare_sum_noun(others: str, text: str, label: str) -> None:
    labels = {f.label for f in sheet(others, text, others)}
    assert labels == {"money pledged (the government)", label}
