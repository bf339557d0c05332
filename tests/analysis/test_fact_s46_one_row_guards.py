"""Guards for three fact-sheet reports of round s46-f (issue #16) that main already handles: each
the reported text and two variants, kept so the rows stay as they are.

N3: one fund reported in pounds by two outlets ("a £50m recovery fund", "the £50 million fund for
Harlow") is one row that agrees, never a row labelled by the town beside another.
S4: beaches "closed", "shut" and "remain closed" ("12 beaches closed", "twelve beaches were shut")
are one row that agrees.
Review 20: "£1.2bn set aside" and "£1.4bn set aside" are one row that disagrees; where one sum's
verb of setting aside stands after it ("£1.4bn set aside for claims") its purpose is read after the
verb, as "set aside £1.2bn for claims" reads it (fixed in round s46-f: two rows before), and sums set
aside for different purposes stay apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> list[tuple[str, int]]:
    return [(f.status, f.sources) for f in sheet(*texts)]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The government announced a £50m recovery fund after the floods.",
            "Residents welcomed the £50 million fund for Harlow, which was flooded last week.",
        ),
        (
            "Ministers pledged a £50m fund to help Harlow recover from the floods.",
            "The £50 million fund for Harlow will open to applications next month.",
        ),
        (
            "A £20m support fund for Tenby businesses was announced on Friday.",
            "Traders in Tenby said the £20 million fund would not be enough.",
        ),
    ],
    ids=["reported", "pledged-for-town", "support-fund"],
)
def test_one_fund_one_row(texts: tuple[str, ...]) -> None:
    assert _rows(*texts) == [("agree", 2)]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "12 beaches closed after the sewage leak.",
            "Twelve beaches were shut on Tuesday after the leak.",
            "Twelve beaches remain closed, the council said.",
        ),
        (
            "Officials closed 9 beaches on Sunday.",
            "Nine beaches have been shut since Sunday.",
            "Nine beaches remained closed on Monday after the spill.",
        ),
        (
            "Eight parks were shut because of the storm.",
            "The council has closed eight parks.",
            "Eight parks remain shut, the council said.",
        ),
    ],
    ids=["reported", "closed-shut-remained", "parks"],
)
def test_closed_shut_remain_closed_one_row(texts: tuple[str, ...]) -> None:
    assert _rows(*texts) == [("agree", 3)]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The bank said it had £1.2bn set aside to cover compensation claims.",
            "The lender has £1.4bn set aside for motor finance claims.",
        ),
        ("The insurer put aside $300m for storm claims.", "The insurer has set aside $350 million for storm claims."),
        # the verb after the sum reads its purpose as the verb before it does (round s46-f)
        ("The bank took a provision of £1.2bn for claims.", "The bank has £1.4bn set aside for claims."),
        ("Lloyds has set aside £1.2bn to cover compensation.", "Lloyds has £1.4bn set aside to cover compensation."),
        (
            "The council set aside £3m for repairs to the school.",
            "The council has £3.5m earmarked for repairs to the school.",
        ),
    ],
    ids=["reported", "put-aside", "provision-and-set-aside-after", "to-cover-after", "earmarked-after"],
)
def test_set_aside_one_disagreeing_row(texts: tuple[str, ...]) -> None:
    assert _rows(*texts) == [("disagree", 2)]


def test_set_aside_for_other_purposes_stays_apart() -> None:
    # (the opposite risk: sums set aside for different things are no one figure)
    found = sorted(
        f.label
        for f in sheet(
            "The firm has £2m set aside for repairs to the school.", "The firm has £5m set aside for funerals."
        )
    )
    assert found == ["money for funerals", "money for repairs"]
