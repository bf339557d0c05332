"""A percentage is named by its noun whatever follows the noun (t13l F8): "Turnout in the
by-election reached 52%" was a row "by-election" (the phrase's last word taken for the noun),
never compared with "Turnout was 48%"; "Shares in Hídvizsgáló Nyrt, the inspection company, fell
14%" was a bare "percentage" (the appositive's comma cut the clause to "fell"), and "Shares in
Hídvizsgáló Nyrt fell 11%" a "change in Hídvizsgáló nyrt" (a two-word name's last word taken for
the noun), so the two outlets' share moves were never compared."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def table(facts: list[Fact]) -> dict[str, tuple[str, list[str]]]:
    return {f.label: (f.status, [value_text(v) for v in f.values]) for f in facts}


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # the reported pair
        (("Turnout was 48% in the by-election.", "Turnout in the by-election reached 52%."), "turnout", ["48%", "52%"]),
        # variants: a place's phrase; a phrase with a name after the noun
        (
            ("Turnout in the northern districts was 61%.", "Turnout stood at 57% on Sunday."),
            "turnout",
            ["61%", "57%"],
        ),
        (
            ("Unemployment in the region rose to 7.2% last year.", "Unemployment stood at 6.8% last year."),
            "unemployment",
            ["7.2%", "6.8%"],
        ),
    ],
)
def test_a_rate_is_named_by_its_noun_before_a_phrase(texts: tuple[str, str], label: str, values: list[str]) -> None:
    got = table(sheet(*texts))
    assert got.get(label) == ("disagree", values), got


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # the reported pair
        (
            (
                "Shares in Hídvizsgáló Nyrt, the inspection company, fell 14% on Monday.",
                "Shares in Hídvizsgáló Nyrt fell 11% on Monday.",
            ),
            "change in Hídvizsgáló Nyrt shares",
            ["14%", "11%"],
        ),
        # variants: an appositive with "a"; a one-word owner with an appositive in both
        (
            (
                "Shares in Tiszamost Kft, a road contractor, dropped 9% in Budapest.",
                "Shares in Tiszamost Kft dropped 12% in Budapest.",
            ),
            "change in Tiszamost Kft shares",
            ["9%", "12%"],
        ),
        (
            (
                "Shares in Nordvik, the Norwegian shipping group, rose 6% after the deal.",
                "Shares in Nordvik, the shipowner, rose 4% after the deal.",
            ),
            "change in Nordvik shares",
            ["6%", "4%"],
        ),
    ],
)
def test_an_owners_share_move_is_compared_past_an_appositive(
    texts: tuple[str, str], label: str, values: list[str]
) -> None:
    got = table(sheet(*texts))
    assert got.get(label) == ("disagree", values), got
    assert "percentage" not in got, got


def test_two_owners_share_moves_still_never_disagree() -> None:
    got = table(
        sheet(
            "Shares in Hídvizsgáló Nyrt, the inspection company, fell 14% on Monday.",
            "Shares in Tiszamost Kft, the contractor, fell 11% on Monday.",
        )
    )
    assert not any(status == "disagree" for status, _ in got.values()), got


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # the reported sentences, each among its own article's paragraphs
        (
            (
                "The inspector's technical report on corrosion and welding is due in November, lawyers for victims said. Shares in Hídvizsgáló Nyrt, the inspection company, "
                "fell 14% on the Budapest exchange. Analysts expect more insurance claims from families and hauliers.",
                "Tiszamost Kft's bonds were downgraded by two rating agencies after the county cancelled its contract. Shares in Hídvizsgáló Nyrt fell 11% on Thursday, while "
                "annual inflation stood at 4.3%. The central bank meets next week to discuss interest rates and the forint.",
            ),
            "change in Hídvizsgáló Nyrt shares",
        ),
        # variants: another owner and verb; a town's unemployment change
        (
            (
                "Ferries along the western coast were cancelled because of gales. Shares in Nordvik, the shipping group, rose 6% in Oslo. Dense fog is expected over the northern fjords tonight, grounding helicopters and small aircraft.",
                "The dockers' union called a two-day strike over pensions and pay. Shares in Nordvik rose 4% in Oslo trading. Mediated talks between managers and stewards resume on Friday afternoon in Bergen.",
            ),
            "change in Nordvik shares",
        ),
        (
            (
                "Ore prices doubled over the summer as mines in the north closed. Unemployment in Kővárad rose 2% in a year, the office said. Councillors blamed the closure of two sawmills and a brickworks.",
                "The steel plant reopened in May after repairs to its furnace. Unemployment in Kővárad rose 5% in a year, officials said. Retraining courses for welders and drivers begin in spring at the technical college.",
            ),
            "change in Kővárad unemployment",
        ),
    ],
)
def test_one_owners_rates_are_compared_across_unlike_paragraphs(texts: tuple[str, str], label: str) -> None:
    got = table(sheet(*texts))
    assert got.get(label, ("", []))[0] == "disagree", got
