"""Hauling out of somewhere is no load (#16, t13am N5): "Fishermen in Brevik hauled some 3.2 tonnes of
dead fish from the Vessna" was labelled "cargo", a ship's or a lorry's load. Hauling with "from" or
"out of" after it pulls the stuff out; "was hauling 20 tonnes of grain" stays a load. The texts are
invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13am): the Brevik Bulletin's dead fish
        "Fishermen in Brevik hauled some 3.2 tonnes of dead fish from the Vessna on Wednesday.",
        # variants: "out of the river", kilograms "from the lake bed"
        "Volunteers hauled 12 tonnes of debris out of the river on Sunday.",
        "Divers hauled 40 kg of litter from the lake bed.",
    ],
)
def test_what_is_hauled_out_is_no_cargo(text: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert labels and "cargo" not in labels, labels


def test_a_load_hauled_stays_cargo() -> None:
    (fact,) = sheet("The lorry was hauling 20 tonnes of grain when it crashed.")
    assert fact.label == "cargo"
