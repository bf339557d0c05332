"""A party's one-word name that is a common noun ("Labour") opening a sentence before a noun it
modifies is the noun, no party (t13o F8, round s29-g): "Labour inspectors said …" gave ORG
"Labour Party" in three articles naming no party. The reported input and two invented variants
(other wording); "Labour said", "Labour MPs" stay the party."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    "The mine reopened on Monday. Labour inspectors said the third level was unsafe.\n",  # reported
    "Prices rose again. Labour shortages worsened in the northern provinces.\n",
    "Talks stalled. Labour ministry officials met the unions on Friday.\n",
]
PARTY = [
    "Talks stalled. Labour said it would vote against the bill.\n",
    "Talks stalled. Labour MPs said they would vote against the bill.\n",
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize("text", CASES)
def test_the_common_noun_is_no_party(rec: Recognizer, text: str) -> None:
    assert not any(n == "Labour" for n, _ in names(rec, text)), names(rec, text)


@pytest.mark.parametrize("text", PARTY)
def test_the_party_stays(rec: Recognizer, text: str) -> None:
    assert ("Labour", "ORG") in names(rec, text)
