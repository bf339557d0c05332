"""A rescuer's own share of a rescue is told by its own first-person subject only (review s48-rv
finding 2, round s48-fx1): round s48-f's check for "we/our/us" anywhere before the count, any case,
took "US Coast Guard crews rescued 40", an outlet's "As we reported" and "Rescuers told us" for the
writer's own share, and moved the count out of the story's *people rescued* row. The first person
is case-sensitive ("we", "our", never "us"/"US") and the subject of the rescue verb itself
(extract.own_share)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

_OWN = "people rescued (the writer's own share)"


def _rows(*texts: str) -> dict[str, list[tuple[str, int]]]:
    return {f.label: sorted((v.doc, int(v.value)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "rescued"),
    [
        # reported: "US Coast Guard"
        (
            (
                "A ferry sank off the coast on Sunday. US Coast Guard crews rescued 40 passengers, officials said. Two people drowned.",
                "A ferry sank off the coast on Sunday. The coast guard rescued 40 passengers. Two people drowned.",
            ),
            [("a", 40), ("b", 40)],
        ),
        # reported: the outlet's own "we" and "our correspondent", and "told us"
        (
            (
                "A ferry sank off the coast on Sunday. As we reported on Monday, rescuers saved 40 passengers. Two people drowned.",
                "A ferry sank off the coast on Sunday. Rescuers saved 40 passengers, our correspondent said. Two people drowned.",
                "A ferry sank off the coast on Sunday. Rescuers told us they had saved 40 passengers. Two people drowned.",
            ),
            [("a", 40), ("b", 40), ("c", 40)],
        ),
        # variants of my own: "the US Navy", "U.S." and an outlet's "we understand"
        (
            (
                "A cargo ship caught fire in the gulf. The US Navy pulled 17 sailors from the water on Friday.",
                "A cargo ship caught fire in the gulf. U.S. helicopters winched 17 sailors from the burning deck.",
                "A cargo ship caught fire in the gulf. We understand that rescuers pulled 17 sailors from the sea.",
            ),
            [("a", 17), ("b", 17), ("c", 17)],
        ),
        (
            (
                "Floods hit the town. US and Mexican crews rescued 230 people from rooftops, our reporter saw.",
                "Floods hit the town. Speaking to us, the mayor said rescuers had rescued 230 people.",
            ),
            [("a", 230), ("b", 230)],
        ),
    ],
)
def test_no_first_person_rescuer_no_own_share(texts: tuple[str, ...], rescued: list[tuple[str, int]]) -> None:
    rows = _rows(*texts)
    assert rows.get("people rescued") == rescued, rows
    assert _OWN not in rows, rows


@pytest.mark.parametrize(
    "own",
    [
        "Our crews brought 23 survivors to shore. The tug joined the rescue on Saturday.",
        "The ferry sank at dawn. We pulled 23 people from the water, and our tug stayed until noon.",
        "The ferry sank at dawn, and our lifeboat crews have rescued 23 passengers from the sea.",
    ],
)
def test_a_first_person_rescuer_keeps_its_share(own: str) -> None:
    rows = _rows(own, "The coast guard said 151 people were rescued.")
    assert rows.get("people rescued") == [("b", 151)], rows
    assert rows.get(_OWN) == [("a", 23)], rows
