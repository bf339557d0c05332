"""Latvia's, Estonia's and Albania's legal forms end a firm's name (heldout21, round s28-e; names
invented): "the cells come from Baltic Cell Systems SIA of Riga" gave an ORG "SIA" alone,
"Piimaküla OÜ of Tartu" an ORG "OÜ" alone, "the owner of Adriatik Dredging Sh.p.k." a GPE
"Adriatik Dredging Sh". The reported shapes and two variants each; the firm's core drops the form."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.lexicons import firm_core
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The cells come from Baltic Cell Systems SIA of Riga.", "Baltic Cell Systems SIA"),  # reported
        ("Rīgas Piens SIA said it would cut prices.", "Rīgas Piens SIA"),
        ("The order went to Daugava Koks SIA last week.", "Daugava Koks SIA"),
        ("The Estonian company Piimaküla OÜ of Tartu is looking for milk.", "Piimaküla OÜ"),  # reported
        ("Tallinna Vesi Teenused OÜ said so on Monday.", "Tallinna Vesi Teenused OÜ"),
        ("Prices were set by Saare Kala OÜ, the buyers said.", "Saare Kala OÜ"),
        ("Gentian Shehu, the owner of Adriatik Dredging Sh.p.k., was jailed.", "Adriatik Dredging Sh.p.k."),  # reported
        ("Sandri Ndërtim Sh.a. said the bridge was safe.", "Sandri Ndërtim Sh.a."),
        ("The tender was won by Vlora Port Services sh.p.k. in May.", "Vlora Port Services sh.p.k."),
    ],
)
def test_the_legal_form_ends_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found
    assert (firm.rsplit(" ", 1)[1], "ORG") not in found, found


@pytest.mark.parametrize(
    ("firm", "core"),
    [
        ("Baltic Cell Systems SIA", "Baltic Cell Systems"),
        ("Piimaküla OÜ", "Piimaküla"),
        ("Adriatik Dredging Sh.p.k.", "Adriatik Dredging"),
    ],
)
def test_the_firms_core_drops_the_form(firm: str, core: str) -> None:
    assert firm_core(firm) == core
