"""Money a body releases, allocates, approves or gives in several outlets' words (#16, t13ak N4):
"released $4.5m in emergency funding" and "approved $4.5 million in emergency funding" were money
*raised* (the noun "funding" after the sum outweighed the giving verb, "approved" was no giving
verb), "increase emergency funding to $6 million" was money raised by the minister who spoke, and
"The Department has distributed 35,000 doses of MMR vaccine … and released USD 4.5 million" was
owned by "MMR", the name in the first verb's object; so $4.5 million and $6 million never met and
their disagreement never showed. Money given is one measure of its payer, whatever its verb; a
second verb joined by "and" is the sentence's subject's. The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus


def sheet(tmp_path: Path, bodies: list[str]) -> list[Fact]:
    """The fact sheet of one article per body, all of one day."""
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.md").write_text(
            f'---\ntitle: "Outbreak {i}"\ndate: 2026-03-14\n---\n\n{body}\n', encoding="utf-8"
        )
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


def money_rows(facts: list[Fact]) -> list[tuple[str, bool, list[float | str]]]:
    return sorted(
        (f.label, f.agree, sorted(v.value for v in f.values)) for f in facts if any(v.kind == "money" for v in f.values)
    )


@pytest.mark.parametrize(
    ("bodies", "values"),
    [
        # reported (t13ak): released, approved, a second verb after a product's name, a new level
        (
            [
                "The government has released $4.5m in emergency funding for mobile clinics.",
                "The government has approved $4.5 million in emergency funding, officials said.",
                "The Department has distributed 35,000 doses of MMR vaccine to clinics across the region"
                " and released USD 4.5 million in emergency funding.",
                "Health Minister Amara Okonjo said the state would increase emergency funding to $6 million.",
            ],
            [4.5e6, 4.5e6, 4.5e6, 6e6],
        ),
        # variants: euros, "allocated" after a first verb naming a place, "approved" by a cabinet
        (
            [
                "The Interior Ministry has sent 40 engineers to Lower Brenna and allocated €2 million in relief funding.",
                "The cabinet approved €2.5 million in relief funding on Tuesday.",
            ],
            [2e6, 2.5e6],
        ),
        # a firm: its second verb's money is the firm's, never the product named before it
        (
            [
                "Acme Foods has shipped 5,000 boxes of Zest cereal to shelters and donated $1 million in funding.",
                "Acme Foods gave $1.2 million, the company said.",
            ],
            [1e6, 1.2e6],
        ),
    ],
)
def test_money_given_by_any_verb_is_one_row(tmp_path: Path, bodies: list[str], values: list[float]) -> None:
    rows = money_rows(sheet(tmp_path, bodies))
    assert [(agree, vals) for _label, agree, vals in rows] == [(False, values)], rows
    assert "raised" not in rows[0][0] and "(" not in rows[0][0], rows


def test_funding_raised_and_a_fine_stay_apart(tmp_path: Path) -> None:
    """No false disagreement: a fine is no money given, and "raised … in funding" stays raised."""
    rows = money_rows(
        sheet(
            tmp_path,
            [
                "The government approved $4.5 million in emergency funding.",
                "Regulators fined the clinic operator $6 million.",
                "The start-up raised $3 million in new funding.",
            ],
        )
    )
    labels = [label for label, _agree, _vals in rows]
    assert len(rows) == 3 and len(set(labels)) == 3, rows
    assert any("raised" in label for label in labels) and any("fine" in label for label in labels), rows
