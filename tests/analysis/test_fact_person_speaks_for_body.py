"""A person named with a role at a body speaks for it: their pledge is the body's (t13aq N3: the
AlpenRail fund was split over three rows, "money pledged (Torvald Ødegaard)" for "AlpenRail chief
executive Torvald Ødegaard … announced an emergency fund of €5 million", "money pledged
(AlpenRail)" for "AlpenRail has pledged €5 million", claiming agreement, and the live blog's "The
company announced a €5m fund" alone in a hidden single-source row after "AlpenRail boss Torvald
Ødegaard has arrived"). Whether the name is a person's was read from the given-name list alone; a
role word before it ("chief executive", "chairman", "boss", "founder", "the head of X,") says so
whatever the list holds. The first case is the tester's (t13aq corpus); the others are invented
variants (other firms, roles and currencies, names no list holds)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

REPORTED = (
    'AlpenRail chief executive Torvald Ødegaard said the company was "shocked and heartbroken" and announced an '
    "emergency fund of €5 million for victims' families.",
    "AlpenRail has pledged €5 million to families.",
    "AlpenRail boss Torvald Ødegaard has arrived at the scene. He told reporters the train's driver survived. "
    "The company announced a €5m fund for families.",
    "AlpenRail has set up an emergency fund of EUR 5,000,000 to support the families of victims.",
    "AlpenRail's chief executive, Torvald Ødegaard, promised a fund of €50 million for families on Saturday.",
)
FERRIES = (
    "Brennvik Ferries chairman Haldor Kveseth-Amundsen pledged £2 million to the fishing village on Tuesday.",
    "Brennvik Ferries has promised £2 million for the village.",
    "Brennvik Ferries boss Haldor Kveseth-Amundsen visited the harbour. The firm set aside £2m for the village.",
    "Haldor Kveseth-Amundsen, chairman of Brennvik Ferries, said he would give £20 million to the village.",
)
MINING = (
    "The head of Quarrix, Teodric Malvane, announced a $3 million relief fund for the crash victims.",
    "Quarrix pledged $3 million to families of the victims.",
    "Quarrix founder Teodric Malvane promised $30 million for the victims' families.",
)


@pytest.mark.parametrize(
    ("texts", "body"),
    [
        pytest.param(REPORTED, "AlpenRail", id="reported"),
        pytest.param(FERRIES, "Brennvik Ferries", id="variant_chairman_boss"),
        pytest.param(MINING, "Quarrix", id="variant_head_of_founder"),
    ],
)
def test_one_pledge_is_one_row_in_disagreement(texts: tuple[str, ...], body: str) -> None:
    facts = sheet(*texts)
    money = [f for f in facts if any(v.kind == "money" for v in f.values)]
    assert len(money) == 1, [(f.label, [value_text(v) for v in f.values]) for f in money]
    (row,) = money
    assert row.status == "disagree", row.status
    assert len(row.values) == len(texts)
    assert {v.owner for v in row.values} == {body}
