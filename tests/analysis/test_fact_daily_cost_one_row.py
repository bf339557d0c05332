"""What a story's event costs a day is one measure, one row, whatever the event is called and
whoever pays (issue #16, t13ajr N5): "The rail strike is costing the economy £12 million a day",
"The walkout was costing about £12m a day" and "The stoppage costs … £13 million daily" were
three single-source rows ("strike cost", "walkout cost", "stoppage cost" per day). A thing's own
daily cost ("Repairs … cost £5,000 a day") stays the thing's."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _money(*texts: str) -> list[tuple[str, str, list[float]]]:
    return [
        (f.label, f.status, [float(v.value) for v in f.values]) for f in sheet(*texts) if f.values[0].kind == "money"
    ]


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # reported (t13ajr N5/v1)
        (
            (
                "The rail strike is costing the economy £12 million a day, the chamber of commerce said.",
                "The walkout was costing about £12m a day, business groups said.",
                "The stoppage costs the economy an estimated £13 million daily, according to the chamber.",
            ),
            # ("an estimated £13 million" is no rounding of £12 million: near, t13aq N7)
            [("cost per day", "near", [12e6, 12e6, 13e6])],
        ),
        # variants: dollars "per day", a dispute, a strike named by its place (the Ledger's form)
        (
            (
                "The walkout is costing the city $5 million per day, the mayor said.",
                "The dispute costs Velport about $6 million a day.",
                "Economists said the strike at the Port of Velport was costing $5m daily.",
            ),
            [("cost per day", "disagree", [5e6, 6e6, 5e6])],
        ),
    ],
)
def test_an_events_daily_cost_is_one_row(texts: tuple[str, ...], rows: list[tuple[str, str, list[float]]]) -> None:
    assert _money(*texts) == rows


def test_a_things_daily_cost_stays_its_own() -> None:
    rows = _money(
        "The strike is costing the economy £4m a day.", "Repairs to the bridge cost £5,000 a day, the council said."
    )
    assert sorted(status for _label, status, _values in rows) == ["single source", "single source"]
