"""Money of one company in several outlets' words (#16, t13w F2 and F5, round s33-k): a fine
dated by its year ("fined £2.3m in 2023") was dropped as an earlier event's figure in every dated
article, and only an undated wire kept it; its year stood as a row of its own; a revenue was split
by a capitalised word ("Sales reached …") read as its owner; "paid ₹3 lakh in fines" was a revenue
and "lost $ 1.8 bln" an amount. A money figure of a named role dated by a year of its own clause is
that year's value of its measure ("fine in 2023"), compared across outlets; the year that only
dates it is no fact. The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus


def sheet(tmp_path: Path, bodies: list[tuple[str, str]]) -> list[Fact]:
    """The fact sheet of one article per (date, body); an empty date gives an undated article."""
    for i, (date, body) in enumerate(bodies):
        dated = f"date: {date}\n" if date else ""
        (tmp_path / f"{chr(97 + i)}.md").write_text(
            f'---\ntitle: "Plant blast {i}"\n{dated}---\n\n{body}\n', encoding="utf-8"
        )
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


def money_rows(facts: list[Fact]) -> list[tuple[str, int, bool, list[float | str]]]:
    return sorted(
        (f.label, f.sources, f.agree, sorted(v.value for v in f.values))
        for f in facts
        if any(v.kind == "money" for v in f.values)
    )


@pytest.mark.parametrize(
    ("bodies", "label", "value"),
    [
        # reported (t13w repro v2): two dated articles and an undated wire
        (
            [
                (
                    "2026-03-14",
                    "Inspector Henrik Solberg said the plant had been fined £2.3m in 2023 over a chlorine leak.",
                ),
                (
                    "2026-03-15",
                    "According to inspection records, the site was fined £2.3 million in 2023 after a leak.",
                ),
                ("", "The company had sales of 410 mln euros last year and was fined 2.3 mln pounds in 2023."),
            ],
            "fine in 2023",
            2.3e6,
        ),
        # variants: euros in three forms, another year, all articles dated
        (
            [
                ("2026-05-02", "Regulators said the refinery was fined €5m in 2021 for a spill."),
                ("2026-05-02", "Records show the refinery was fined EUR 5 million in 2021."),
                ("2026-05-03", "Dorvik Oil was fined 5 mln euros in 2021 after the spill, the agency said."),
            ],
            "fine in 2021",
            5e6,
        ),
        # dollars, the year before the figure
        (
            [
                ("2025-11-20", "In 2019 the mine was fined $750,000 over a dam breach."),
                ("2025-11-21", "The mine was fined 750,000 dollars in 2019, the ministry said."),
                ("", "Halden Mining was fined US$750,000 in 2019."),
            ],
            "fine in 2019",
            750000,
        ),
    ],
)
def test_a_dated_fine_is_one_fact_of_every_outlet(
    tmp_path: Path, bodies: list[tuple[str, str]], label: str, value: float
) -> None:
    facts = sheet(tmp_path, bodies)
    [fine] = [f for f in facts if f.label.startswith("fine")]
    assert (fine.label, fine.sources, fine.agree) == (label, 3, True)
    assert [v.value for v in fine.values] == [value] * 3
    # the year that only dates the fine is no fact of its own
    assert [f.label for f in facts if f.label == "year"] == []


def test_fines_of_two_years_are_two_facts_never_a_disagreement(tmp_path: Path) -> None:
    facts = sheet(
        tmp_path,
        [
            ("2026-03-14", "The plant was fined £2m in 2021 over a leak."),
            ("2026-03-14", "The plant was fined £3m in 2023 after a fire."),
        ],
    )
    assert money_rows(facts) == [("fine in 2021", 1, True, [2e6]), ("fine in 2023", 1, True, [3e6])]


@pytest.mark.parametrize(
    "bodies",
    [
        # reported (t13w repro v2): "Sales" opening a sentence, the firm's name, no name
        [
            "According to inspection records, the site was fined. About 650 people work there. Sales reached €410 million last year.",
            "Veltmark Chemicals, which employs around 650 people at the site, had sales of €410 million last year.",
            "The company had sales of 410 mln euros last year and was fined in the past.",
        ],
        # variants: "Turnover" and "Revenue" opening a sentence, dollars in three forms
        [
            "Turnover reached $80 million last year, the filing shows.",
            "Harbor Mills had turnover of $80m last year.",
            "The company had a turnover of 80 mln dlrs last year.",
        ],
        [
            "Revenues climbed to £2bn last year.",
            "Kosaka Seiki posted revenues of 2 billion pounds last year.",
            "The firm's revenues were GBP 2 billion last year.",
        ],
    ],
)
def test_a_revenue_is_one_fact_whatever_word_opens_its_sentence(tmp_path: Path, bodies: list[str]) -> None:
    facts = sheet(tmp_path, [("", b) for b in bodies])
    rows = [r for r in money_rows(facts) if r[0].startswith("revenue")]
    assert len(rows) == 1, rows
    label, sources, agree, _values = rows[0]
    assert (label, sources, agree) == ("revenue", 3, True)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # reported (t13w repro v7)
        ("The Indian arm reported Rs 16,189 crore in sales and paid ₹3 lakh in fines.", "fine"),
        ("The parent group lost $ 1.8 bln in the quarter.", "loss"),
        # variants
        ("The airline paid $40,000 in penalties last month.", "fine"),
        # "last year" in an article of 2026 is 2025 (round s34-e: relative years resolved)
        ("Norrbank lost €2.5bn last year.", "loss in 2025"),
        ("The unit lost 300 mln dlrs in 2025 as demand fell.", "loss in 2025"),
    ],
)
def test_fines_paid_and_money_lost_are_labelled_so(tmp_path: Path, sentence: str, label: str) -> None:
    facts = sheet(tmp_path, [("2026-01-10", sentence)])
    labels = [f.label for f in facts if any(v.kind == "money" for v in f.values)]
    assert label in labels, labels
    assert not any(lab.startswith(("amount", "revenue (")) for lab in labels), labels


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        # reported (t13w repro v7: "revenue (Rs)"), as money raised
        ("The Indian arm reported Rs 16,189 crore in sales and raised ₹3 lakh from investors.", "INR"),
        # variants: a code before the first amount, a Malaysian sign
        ("Acme booked revenue of EUR 5 million and raised EUR 2 million in new funding.", "EUR"),
        ("The unit earned RM10 million in sales and invested RM2 million in a plant.", "MYR"),
    ],
)
def test_the_currency_of_an_amount_before_is_no_owner(tmp_path: Path, sentence: str, currency: str) -> None:
    facts = sheet(tmp_path, [("2026-01-10", sentence)])
    owners = [v.owner for f in facts for v in f.values if v.kind == "money"]
    assert len(owners) == 2 and all(o.upper() != currency and o.lower() not in ("rs", "rm") for o in owners), owners


def test_an_amount_of_the_articles_own_year_is_this_storys(tmp_path: Path) -> None:
    facts = sheet(
        tmp_path,
        [
            ("2026-03-14", "The government pledged €5 million in 2026 for the victims' families."),
            ("2026-03-14", "The government pledged €5 million for the victims' families."),
        ],
    )
    assert money_rows(facts) == [("money pledged", 2, True, [5e6, 5e6])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The families who lost relatives received €5,000 each from the fund.",
        "Farmers lost crops worth $40,000, the ministry said.",
    ],
)
def test_lost_before_other_words_is_no_loss(tmp_path: Path, sentence: str) -> None:
    facts = sheet(tmp_path, [("2026-01-10", sentence)])
    assert [f.label for f in facts if f.label.startswith("loss")] == []
