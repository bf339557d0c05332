"""A gazetteer alias never renames a distinct place (issue #16, t13ah-r S7; round s41-y2).

The gazetteer listed "Delhi" as an alias of "New Delhi", so an article saying only "Delhi" got the
entity "New Delhi" (the matrix and who: named what no article says). New Delhi is a district of
Delhi: two places, each keyed as written.
"""

from __future__ import annotations

import pytest
from name_helpers import keys

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    "text",
    [
        # the reported inputs (t13ah-r's R7/b headlines)
        "Heatwave aid in Delhi\n\nThe families of the dead will get Rs 5 lakh each.\n",
        "Delhi heatwave\n\nThe families of the dead will get aid, the chief minister said.\n",
        # a variant of my own: both places in one article
        "Talks end\n\nOfficials from New Delhi met the Delhi government on Monday.\n",
    ],
)
def test_delhi_is_delhi(rec: Recognizer, text: str) -> None:
    assert keys(rec, text, "Delhi") == [("GPE", "GPE:Delhi")]


def test_new_delhi_is_still_new_delhi(rec: Recognizer) -> None:
    assert keys(rec, "Talks end\n\nOfficials from New Delhi met on Monday.\n", "New Delhi") == [
        ("GPE", "GPE:New Delhi")
    ]
