"""A review's verdict box after its last paragraph (issue #14, round s32-f, unseen27's clubic-1):
the product's name and mark, a header of good points over them ("Les plus"), a header of bad
points over them ("Les moins"), on a page saved as text, is the review's own text, not a menu
nor a run of other stories' headlines. The reported shape (French, two products' boxes, the
second past the first's tabs repeated) and two variants of our own (English "Pros"/"Cons",
German "Vorteile"/"Nachteile").

Not settled: a menu written straight under the bad points, nothing between, is read as more
of them (up to six points a header)."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds, make

from waic_reader.index.analysis.noise import split_noise

HEADLINE = "Review: the Kestrel K3 and K5 e-bikes"
PARAS = [
    "We rode both of the new Kestrel e-bikes for three weeks on the hills around the harbour, in "
    "rain and sun, and measured how far each went on one charge of its battery.",
    "The K3 is the lighter of the two and climbs well, but its motor whines under load and its "
    "display is hard to read in the sun, which matters on a bike sold at this price.",
    "The K5 costs a good deal more and goes further, yet its frame is heavy and the brakes squeal "
    "in the wet: in the end neither bike convinced us that it is worth what it costs.",
]

BOXES = {
    "les-plus": [
        "Kestrel K3",
        "5",
        "Les plus",
        "Cadre léger (14 kg, aluminium)",
        "Bonne autonomie en côte",
        "Les moins",
        "Prix trop élevé",
        "Moteur bruyant",
        "Confort / prix5",
        "Les plus",
        "Les moins",
        "Détails",
        "Cadre léger (14 kg, aluminium)",
        "Prix trop élevé",
        "Kestrel K5",
        "4",
        "Les plus",
        "Autonomie record",
        "Freins puissants",
        "Les moins",
        "Cadre très lourd",
        "Confort / prix3",
    ],
    "pros": [
        "Harrow Trail 2",
        "Pros",
        "Light frame for its size",
        "Long range on hills",
        "Cons",
        "Whining motor",
        "Display hard to read",
    ],
    "vorteile": [
        "Brandt City E",
        "Vorteile",
        "Leichter Rahmen",
        "Große Reichweite am Berg",
        "Nachteile",
        "Zu teuer",
        "Laute Bremsen bei Nässe",
    ],
}


def _points(box: list[str]) -> list[str]:
    return [line for line in box if len(line.split()) >= 2]


@pytest.mark.parametrize("name", sorted(BOXES))
def test_a_reviews_verdict_box_stays_content(name: str) -> None:
    box = BOXES[name]
    text = "\n".join([*MENU, HEADLINE, *PARAS, *box, *FOOTER]) + "\n"
    # (A line the box repeats, a tab's header, is kept where it is first read.)
    kept = {s.text for s in split_noise(make(text)).content}
    for line in [*PARAS, *_points(box)]:
        assert line in kept, (line, kinds(text)[line])


def test_good_points_alone_are_no_verdict_box() -> None:
    # A header of good points with no bad points under it is no verdict: the run rules judge it.
    items = ["Pros", "Light frame for its size", "Long range on hills", "Quiet motor"]
    text = "\n".join([*MENU, HEADLINE, *PARAS, *items, *FOOTER]) + "\n"
    got = kinds(text)
    assert all(got[p] == "content" for p in PARAS)
