"""A place's name that is also the first word of its town's or port's bodies ("Marholm Port
Authority", "Marholm Chamber of Commerce") is the place when written alone, never a short form of
one body; a chamber "of Commerce", "of Industry", "of Trade" is one organisation with the place
before it (issue #16, tester t13aj N8: "# The Marholm strike in numbers" and the Chamber's
"Marholm" were mentions of "Marholm Port Authority", the Chamber no entity). The reported article
(shortened from t13aj's corpus) first, then invented variants; a firm's first word stays its
short form."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer

REPORTED = (
    "# The Marholm strike in numbers\n\n"
    "The dockworkers' strike at the Port of Marholm, now in its seventh day, is the longest stoppage "
    "at the port since 1999.\n\n"
    "The daily cost estimate comes from the Marholm Port Authority, whose chief executive, Daniel "
    "Okonkwo-Reyes, has warned that the strike costs the national economy dearly.\n\n"
    '> "This is the worst disruption we have seen in a generation," said Lars Ekdahl,\n'
    "> head of the Marholm Chamber of Commerce.\n"
)


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place", "bodies"),
    [
        (REPORTED, "Marholm", ("Marholm Port Authority", "Marholm Chamber of Commerce")),
        (
            "Brenvik braces for a long winter\n\nThe Brenvik Harbour Authority closed the ferry berth. "
            "Ola Tveit of the Brenvik Chamber of Industry said shops in Brenvik would suffer.",
            "Brenvik",
            ("Brenvik Harbour Authority", "Brenvik Chamber of Industry"),
        ),
        (
            "Notes.\n\nThe Tolsa City Council met the Tolsa Chamber of Trade on Monday. The Tolsa fair is off.",
            "Tolsa",
            ("Tolsa City Council", "Tolsa Chamber of Trade"),
        ),
    ],
)
def test_the_place_alone_is_the_place_and_each_body_is_its_own(
    rec: Recognizer, text: str, place: str, bodies: tuple[str, ...]
) -> None:
    found = names(rec, text)
    for body in bodies:
        assert (body, "ORG") in found, found
    lone = keys(rec, text, place)
    assert lone and all(label == "GPE" and key == f"GPE:{place}" for label, key in lone), lone


def test_a_firm_first_word_is_still_its_short_form(rec: Recognizer) -> None:
    text = "Notes.\n\nQuillfen Systems Inc. won the bid. Later Quillfen said it would hire."
    assert keys(rec, text, "Quillfen") == [("ORG", "ORG:Quillfen Systems Inc.")]
