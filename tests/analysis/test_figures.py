"""The figure recogniser on the labelled figures set (tests/gold/figures/figures.yaml): every value right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from waic_reader.index import yamlio
from waic_reader.index.analysis.figures import YEN_OR_YUAN, find_figures, words_value

GOLD = Path(__file__).resolve().parents[1] / "gold" / "figures" / "figures.yaml"
CASES: list[dict[str, Any]] = yamlio.load_file(GOLD)["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:40] for c in CASES])
def test_figures_set(case: dict[str, Any]) -> None:
    text = case["sentence"]
    figures = find_figures(text)
    assert figures, "no figure found"
    fig = figures[0]
    got = {
        "value": fig.value,
        "kind": fig.kind,
        "unit": fig.unit,
        "qualifier": fig.qualifier,
        "high": fig.high,
    }
    want = {
        "value": float(case["value"]),
        "kind": case["kind"],
        "unit": case.get("unit", ""),
        "qualifier": case.get("qualifier", ""),
        "high": float(case["high"]) if "high" in case else None,
    }
    if fig.kind in ("date", "year"):
        got["unit"] = want["unit"] = ""
    assert got == want
    if "text" in case:
        assert text[fig.start : fig.end] == case["text"] or text[fig.num_start : fig.num_end] == case["text"]
    if "noun" in case:
        assert fig.noun.split()[-1] == case["noun"]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("thirty five thousand", 35_000),
        ("one hundred and fifty thousand", 150_000),
        ("seventy-five hundred", 7_500),
        ("three hundred thousand", 300_000),
        ("a dozen", 12),
        ("a million", 1_000_000),
    ],
)
def test_spelled_out_numbers(words: str, value: int) -> None:
    assert words_value(words) == value


def test_a_conversion_is_one_figure() -> None:
    text = "It struck 40 kilometres (25 miles) deep and 300 km (186 miles) from the capital."
    figs = find_figures(text)
    assert [(f.value, f.unit, f.conversion) for f in figs] == [(40, "km", (25, "mi")), (300, "km", (186, "mi"))]


def test_times_of_day_and_tickers_are_not_figures() -> None:
    assert find_figures("It hit at 04:12 JST, or 4 p.m. GMT, and <NHE.OL> fell.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the dateline says where the story is from
        ("BEIJING (Reuters) - Sales at the state carmaker reached ¥12 billion in May.", "CNY"),
        ("TOKYO (Kyodo) - Sales at the carmaker reached ¥12 billion in May.", "JPY"),
        # a currency word in the sentence beats the country named elsewhere in the article
        ("TOKYO (Kyodo) - The Chinese rival earned ¥3 billion, or 3 billion yuan, last year.", "CNY"),
        ("The Shanghai unit of the Japanese group booked ¥8bn. Its yen earnings fell.", YEN_OR_YUAN),
        ("China and Japan: the joint fund holds ¥90 million.", YEN_OR_YUAN),
        ("The fund holds ¥90 million.", YEN_OR_YUAN),
        ("China's central bank injected ￥500 billion into the market.", "CNY"),
    ],
)
def test_yen_sign_resolved_from_context_or_kept_as_both(text: str, unit: str) -> None:
    """ "¥"/"￥" is the yen's sign and, in Chinese coverage, the yuan's: never silently JPY."""
    [money] = [f for f in find_figures(text) if f.kind == "money" and text[f.start] in "¥￥"]
    assert money.unit == unit
