"""A "Centre" or "Center" of three words or more named by its work ("Finnish Forest Centre",
"Lapland ELY Centre", "German Primate Center") is a body, an ORG, not a building (round s32-b: FACs
in the names set, heldout25's "Lapland ELY Centre" and "German Primate Center" among them); a
venue's ("Sabah International Convention Centre", "Morača Sports Centre") or one a person's name
opens ("the Steve Biko Centre") stays a FAC. Invented examples."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Figures from the Estonian Peat Centre showed a drop in harvests.", "Estonian Peat Centre"),
        ("The Kivu Volcano Monitoring Centre raised its alert level on Sunday.", "Kivu Volcano Monitoring Centre"),
        ("Researchers at the Baltic Seal Rehabilitation Center tagged 14 pups.", "Baltic Seal Rehabilitation Center"),
    ],
)
def test_a_centre_named_by_its_work_is_a_body(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The fair opens at the Harbour City Convention Centre on Friday.", "Harbour City Convention Centre"),
        ("Mourners gathered at the Kestrel Bay Community Centre on Friday night.", "Kestrel Bay Community Centre"),
    ],
)
def test_a_venue_stays_a_facility(rec: Recognizer, text: str, venue: str) -> None:
    assert (venue, "FAC") in names(rec, text), names(rec, text)
