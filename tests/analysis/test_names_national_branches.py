"""A national branch of an international body written "the <Nationality> <Body>" is one ORG
(t13n F24, round s28-e): "The Portuguese Red Cross sent 30 volunteers" gave NORP "Portuguese" and
ORG "Red Cross"; "the Turkish Red Crescent" was a FAC (a street's "Crescent"). The reported input
and two variants of other bodies and wording; and a body whose own name holds its country."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body", "nationality"),
    [
        ("The Portuguese Red Cross sent 30 volunteers to the town.", "Portuguese Red Cross", "Portuguese"),  # reported
        ("Tents from the Turkish Red Crescent reached the camp on Friday.", "Turkish Red Crescent", "Turkish"),
        ("Aid workers said the Irish Amnesty International office had closed.", "Irish Amnesty International", "Irish"),
    ],
)
def test_the_nationality_and_a_known_body_are_one_org(rec: Recognizer, text: str, body: str, nationality: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found
    assert (nationality, "NORP") not in found, found


def test_a_body_named_with_its_own_country_word_is_left_alone(rec: Recognizer) -> None:
    found = names(rec, "Scientists from the Argentine Instituto Antártico Argentino joined the cruise.")
    assert ("Argentine", "NORP") in found, found
