"""A Colombian public utility writes a second dotted form after its legal form, "E.S.P." (empresa
de servicios públicos): "Vientos de Jouktai S.A.S. E.S.P." is one ORG, not a firm and an ORG
"E.S.P." (issue #16, round s40-e, a leftover of held-out 32). The reported name first, then
variants invented for the kind; guard: "ESP" without dots is no legal form (DOTTED_LEGAL_FORMS)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.lexicons import legal_form
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # reported (held-out 32's leftover)
        (
            'Wind\n\nVientos de Jouktai S.A.S. E.S.P. ("Jouktai"), a renewable-energy developer, said it would build.\n',
            "Vientos de Jouktai S.A.S. E.S.P.",
        ),
        # invented: after "S.A.", another firm after "S.A.S."
        ("Water\n\nAguas de Cartagena S.A. E.S.P. raised tariffs.\n", "Aguas de Cartagena S.A. E.S.P."),
        ("Gas\n\nSupply from Gases del Llano S.A.S. E.S.P. was cut on Monday.\n", "Gases del Llano S.A.S. E.S.P."),
    ],
)
def test_second_dotted_form_inside_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found


def test_bare_capitals_are_no_form() -> None:
    assert not legal_form("ESP")
