"""Firms named in Spanish, Portuguese or Italian by their trade first, then "del"/"do"/"di" and
a region, are whole ORGs, never a PERSON nor cut to their first word (issue #16, round s38-y4,
t13af N20: "Electrica del Norte said" a PERSON, "Energia del Sur blamed" nothing, "a spokeswoman
for Electrica del Sur" an ORG "Electrica")."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Electrica del Norte said the outage would end on Friday.", "Electrica del Norte"),
        ("Then Energia del Sur blamed a storm.", "Energia del Sur"),
        ("Eléctrica del Sur declined to comment.", "Eléctrica del Sur"),
        ("said Lucia Ferran, a spokeswoman for Electrica del Sur.", "Electrica del Sur"),
        ("Officials at Energia do Sul declined to comment.", "Energia do Sul"),
        ("Compañía Naviera del Atlántico said two ships were delayed.", "Compañía Naviera del Atlántico"),
        ("La portavoz de Empresa Eléctrica de Valdemora no quiso comentar.", "Empresa Eléctrica de Valdemora"),
        ("Il guasto, secondo Compagnia Elettrica di Brianza, è stato riparato.", "Compagnia Elettrica di Brianza"),
    ],
)
def test_trade_first_firm_is_whole_org(rec: Recognizer, text: str, firm: str) -> None:
    got = names(rec, text)
    assert (firm, "ORG") in got, got
    assert not [n for n in got if n[1] == "PERSON" and firm.split(maxsplit=1)[0] in n[0]], got


def test_trade_word_as_common_noun_is_no_name(rec: Recognizer) -> None:
    assert names(rec, "Energia elétrica é cara. Empresa nenhuma pagou.") == set()
