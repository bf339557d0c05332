"""A company's money "loss" is a financial result, a disaster's losses are its damage (#16, round
s34-e): "the operator posted a loss of $40 million" was a value of *damage* beside "losses estimated
at $2 billion" and "damage put at €1.2bn", one row in disagreement. A loss a firm posts, reports or
books, a net, operating or quarterly loss, or losses that widened in a half-year, are *loss*; insured
or economic losses, losses from a storm, losses estimated at an amount with no word of a firm's
result, are *damage*; the two never share a row. The first case is the reported input; the others
are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, set[str]]:
    """Each money fact's label and the articles of its values."""
    return {f.label: {v.doc for v in f.values} for f in sheet(*texts) if any(v.kind == "money" for v in f.values)}


@pytest.mark.parametrize(
    ("loss", "damage"),
    [
        (  # reported: a loss posted, losses estimated, insured losses
            "The operator posted a loss of $40 million for the year after the storm closed its ferries.",
            [
                "Losses from the storm were estimated at $2 billion, the governor said.",
                "Insured losses from the storm reached $1.8 billion, insurers said.",
            ],
        ),
        (  # a net loss for the quarter; damage put at an amount, economic losses
            "Kestrel Air reported a net loss of €12 million for the quarter as flights were cancelled.",
            [
                "Damage from the floods was put at €1.2bn by the regional government.",
                "Economic losses from the floods were estimated at €900 million.",
            ],
        ),
        (  # losses a firm's results say widened; storm losses put at an amount
            "Dunmore Steel said its operating losses widened to £8 million in the first half.",
            [
                "Storm losses were put at £300m by insurers.",
                "The damage along the coast was estimated at £250m.",
            ],
        ),
    ],
)
def test_a_firms_loss_is_no_value_of_the_damage(loss: str, damage: list[str]) -> None:
    rows = _rows(loss, *damage)
    assert rows.get("damage") == {"b", "c"}
    # the firm's own row (its owner may name it: "loss (Kestrel Air)")
    assert [label.split(" (")[0] for label, docs in rows.items() if docs == {"a"}] == ["loss"]
    assert not any("a" in docs and docs & {"b", "c"} for docs in rows.values())


@pytest.mark.parametrize(
    "text",
    [
        "The operator posted a loss of $40 million.",
        "Halvik Ferries booked a pre-tax loss of NOK 300 million in the first quarter.",
        "The airline swung to a loss of $15 million in the quarter.",
    ],
)
def test_a_loss_posted_is_a_loss(text: str) -> None:
    [money] = [f for f in sheet(text) if any(v.kind == "money" for v in f.values)]
    assert [v.measure for v in money.values] == ["loss"]


@pytest.mark.parametrize(
    "text",
    [
        "Losses were estimated at $2 billion.",
        "Insured losses reached $1.8 billion after the quake.",
        "Damage was put at €1.2bn.",
    ],
)
def test_disaster_losses_are_damage(text: str) -> None:
    [money] = [f for f in sheet(text) if any(v.kind == "money" for v in f.values)]
    assert [v.measure for v in money.values] == ["damage"]


@pytest.mark.parametrize(
    "loss",
    [
        "Der Fährbetreiber meldete für das Quartal Verluste von 12 Mio. Euro, teilte das Unternehmen am Montag mit.",
        "L'opérateur a annoncé une perte de 12 millions d'euros pour le trimestre, a indiqué la société lundi.",
    ],
)
def test_a_loss_in_another_language_is_never_a_value_of_the_damage(loss: str) -> None:
    # figures are read in English text only: a German or French article's loss is not analysed, so
    # it can never be a value of an English article's damage (a guard: it held before)
    rows = _rows(loss, "Insured losses from the storm were estimated at €2 billion, insurers said.")
    assert rows == {"damage": {"b"}}
