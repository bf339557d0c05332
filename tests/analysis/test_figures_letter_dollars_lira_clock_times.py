"""Regional money forms and conversions the one figure recogniser read wrongly, and clock times it
read as numbers (issue #16; t13ai N1, N2, N11; t13ahr N8, N9, R3):

* a dollar sign after capitals ("T$1.2 billion", "R$12 million" with no space, "FJ$5 million") is
  money, as "A$", "NZ$" and "HK$" are; "T$" is Taiwan's dollar or Tonga's pa'anga by its text;
* "40,000 lira" is money (the lira), as "₺50,000" is;
* a conversion in brackets or after ", or" is part of its figure, one-letter scales too
  ("NT$1.5bn ($47m)", "$2.5m (£1.9m)", "$2.5m, or £1.9m,");
* a clock time with its zone, alone on its line or with a leading zero ("12.30 BST", "08.15") is no
  number (a live blog's entry times were CARDINAL entities and counts)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.figures import figures_of


def _money(text: str) -> list[tuple[float, str, tuple[float, str] | None]]:
    return [(f.value, f.unit, f.conversion) for f in figures_of(text) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13ai N1, Reuters' Taiwan dollar, with its conversion: N2)
        (
            "KAOHSIUNG, Taiwan, Oct 14 (Reuters) - The cabinet pledged T$1.2 billion ($39 million) in relief.",
            [(1.2e9, "TWD", (39e6, "USD"))],
        ),
        # reported (t13ahr N8: "R$ 12 million" with a space was read, without one not)
        ("Brasília released R$12 million in emergency funds for the city.", [(12e6, "BRL", None)]),
        # variants of my own: a pa'anga by its text, and a dollar the table does not name
        ("NUKU'ALOFA, Tonga - The government of Tonga pledged T$3 million.", [(3e6, "TOP", None)]),
        ("Fiji's government released FJ$5 million for the repairs.", [(5e6, "FJ$", None)]),
        ("Petrobras set aside R$4.5bn for the clean-up.", [(4.5e9, "BRL", None)]),
    ],
)
def test_a_dollar_sign_after_capitals_is_money(text: str, want: list[tuple[float, str, object]]) -> None:
    assert _money(text) == want


def test_a_dollar_after_capitals_is_a_money_entity() -> None:
    found = names(Recognizer(use_user=False), "Aid\n\nBrasília released R$12 million in emergency funds.\n")
    assert ("R$12 million", "MONEY") in found, found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13ahr R3)
        ("The government will give 40,000 lira to the family of each miner killed.", [(40_000, "TRY", None)]),
        # variants of my own
        ("The club was fined 2 million liras by the federation.", [(2e6, "TRY", None)]),
        ("Each family got 50,000 Lebanese lira in cash.", [(50_000, "LBP", None)]),
    ],
)
def test_lira_is_money(text: str, want: list[tuple[float, str, object]]) -> None:
    assert _money(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13ai N2: "$47m" was an "amount (USD)" row of its own)
        ("Premier Tsai announced NT$1.5bn ($47m) in relief.", [(1.5e9, "TWD", (47e6, "USD"))]),
        # reported (t13ahr N9: "£1.9m" was an "amount (GBP)" row)
        ("The government has set up a $2.5m (£1.9m) fund.", [(2.5e6, "USD", (1.9e6, "GBP"))]),
        # variant of my own: after ", or" the decimal was cut at its dot ("£1")
        ("The government has set up a $2.5m, or £1.9m, fund.", [(2.5e6, "USD", (1.9e6, "GBP"))]),
    ],
)
def test_a_conversion_is_part_of_its_figure(text: str, want: list[tuple[float, str, object]]) -> None:
    assert _money(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13ai N11: the Harbour Herald's entry stamps)
        "Typhoon live\n\n12.30 BST\nThe death toll has risen to nine.\n\n11.05 BST\nShelters opened.",
        # variants of my own: a stamp alone on its line, a padded hour in a sentence
        "Floods live\n\n14.40\nThe death toll has risen to nine.\n\n13.05\nShelters opened.",
        "Floods live\n\nAt 08.15 officials said the toll had risen to nine.",
    ],
)
def test_clock_times_are_no_numbers(text: str) -> None:
    assert [(f.kind, f.value) for f in figures_of(text)] == [("count", 9.0)]
    found = names(Recognizer(use_user=False), text + "\n")
    assert not [t for t, label in found if label == "CARDINAL" and t[:1].isdigit()], found


def test_a_decimal_in_a_sentence_stays_a_number() -> None:
    assert [(f.kind, f.value, f.unit) for f in figures_of("The lorry carried 12.30 tonnes of grain.")] == [
        ("quantity", 12.3, "t")
    ]
