"""A length the sentence says a wave (or a swell, a breaker) measures is its height (t13an
N9): "in waves of up to 3 metres" and "as waves reached 3 metres" were a row "length (m)", a label
no reader could use. The noun before "of" and the length, or the subject of a verb of reaching,
names what is measured. The texts are cut down from the tester's corpus or invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (t13an N9: wire/meridian-0314-first.txt, web/bayside-ledger-ferry.html)
        (
            (
                "The Santa Rosalind was carrying 187 passengers and crew when it overturned at around 6:10 a.m. in"
                " waves of up to 3 metres, coast guard spokesman Rejie Tamayo-Dizon said.",
                "The ferry listed sharply as waves reached 3 metres.",
            ),
            "height of the wave",
        ),
        # variants: swells in feet; breakers that reached a height
        (
            ("Swells of 12 feet battered the harbour wall.", "The trawler sank in swells of up to 12 feet."),
            "height of the swell",
        ),
        (
            ("Breakers of 6 metres pounded the sea wall.", "Breakers reached 6 metres at the harbour mouth."),
            "height of the breaker",
        ),
    ],
)
def test_a_waves_length_is_its_height(texts: tuple[str, ...], label: str) -> None:
    lengths = [f for f in sheet(*texts) if any(v.kind == "quantity" for v in f.values)]
    assert [f.label for f in lengths] == [label], [f.label for f in lengths]
    assert lengths[0].status == "agree"


def test_a_length_from_a_thing_stays_a_distance() -> None:
    [row] = [f for f in sheet("The tower is 90 metres from the road.") if f.values[0].kind == "quantity"]
    assert "height" not in row.label
