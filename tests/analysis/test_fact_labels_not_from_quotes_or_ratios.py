"""A row's label is never a clause of a quote nor a ratio's stand-in (t13aq N16): "We asked for
these upgrades in 2019", quoted in both articles, labelled its row "year we asked for these
upgrades" (a quote's first person names nothing to a reader: the row keeps its kind's label, its
sentences shown); "a figure his own press office later put at a tenth of that", after "a fund of
€50 million", was a row "share of a whole named before" holding "10%" (a ratio to the amount before
it, no share of anything: left out). The first case of each kind is the tester's (t13aq corpus); the
others are invented variants (other pronouns, amounts and fractions)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            (
                '"We asked for these upgrades in 2019 and were told there was no money," said Fenna Iwasaki-Brandt, chair of the union.',
                '"We asked for these upgrades in 2019," the union\'s chair said.',
            ),
            id="reported",
        ),
        pytest.param(
            (
                '"Our crews flagged the fault in 2021," the union said.',
                '"Our crews flagged the fault in 2021," a union official said.',
            ),
            id="variant_our",
        ),
        pytest.param(
            (
                '"We warned the harbour board in 2016," said the pilots\' spokesman.',
                '"We warned the harbour board in 2016 and again last year," a pilot said.',
            ),
            id="variant_we_warned",
        ),
    ],
)
def test_a_quotes_clause_labels_no_row(texts: tuple[str, ...]) -> None:
    (row,) = [f for f in sheet(*texts) if f.sources == 2]
    assert {"we", "our", "us", "i", "my"}.isdisjoint(row.label.lower().split()), row.label


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "AlpenRail's chief executive, Torvald Ødegaard, promised a fund of €50 million for families on Saturday, "
            "a figure his own press office later put at a tenth of that.",
            id="reported",
        ),
        pytest.param(
            "The mayor announced a $20 million rebuilding plan, though the city budget covers only half of it.",
            id="variant_half_of_it",
        ),
        pytest.param(
            "The ministry promised 400 tonnes of grain, but aid groups say barely a third of that has arrived.",
            id="variant_third_of_that",
        ),
    ],
)
def test_a_fraction_of_an_amount_is_no_share_row(text: str) -> None:
    rows = [(f.label, [value_text(v) for v in f.values]) for f in sheet(text)]
    assert not any(label.startswith("share") for label, _ in rows), rows


def test_a_share_of_people_named_before_stays() -> None:
    rows = {f.label for f in sheet("About 200 people were rescued, and half of them were children.")}
    assert "share of a whole named before" in rows, rows
