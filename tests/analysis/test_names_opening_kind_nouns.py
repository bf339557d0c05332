"""A capitalised kind of body opening a sentence or a clause before a name ("Operator", "Regulator",
"Carrier", "Broker": the kinds written before a name in lower case, "grid operator Litgrid") is
outside the name and types it ORG (t13r F9, round s30-t: "Operator Ferrovias Andinas said" was a
PERSON 'Operator Ferrovias Andinas'; "Contractor Andes Vial put its repair bid" a PERSON 'Andes
Vial'). The reported inputs and invented variants."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (worldnews-page.html)
        "The train left Lima at six. Operator Ferrovias Andinas said an investigation was under way.",
        "Ferrovias Andinas",
    ),
    ("Contractor Andes Vial put its repair bid at Rs 16,189 crore, about $1.9 billion.", "Andes Vial"),  # reported
    ("Fares rose by a third. Regulator Ositran said it would look into the rise.", "Ositran"),
    ("The pass was closed on Monday; Carrier Transportes Quilca said its buses would wait.", "Transportes Quilca"),
    ("Shares fell 4%. Broker Marlow Sands said the sell-off was overdone.", "Marlow Sands"),
    # a name a word of its own types ORG: the kind is still outside it
    ("Claims were filed on Monday. Insurer Pacifico Seguros said it would pay.", "Pacifico Seguros"),
    ("The bridge will be rebuilt; Lender Banco Quillay said it would lend the money.", "Banco Quillay"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("sentence", "name"), CASES)
def test_the_kind_is_outside_the_name_and_types_it(rec: Recognizer, sentence: str, name: str) -> None:
    text = f"Line shut\n\n{sentence}\n"
    found = [(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))]
    assert (name, "ORG") in found, found
    assert not any(name in w and w != name for w, _ in found), found
