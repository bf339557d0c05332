"""A firm's legal form after its name that is written in mixed case or belongs to a country whose
forms the lexicon lacked ends an ORG: Luxembourg's and Switzerland's "Sàrl" (the French SARL as they
write it), Azerbaijan's open and closed joint-stock companies "ASC" and "QSC" (issue #16, round
s30-l: heldout23's "Kieffer Bau Sàrl" was a PERSON, "Şirvan Bağları ASC" an ORG "ASC" alone). The
reported shapes first, then variants invented for the kind."""

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
        # reported (heldout23)
        ("In Echternach, the builder Kieffer Bau Sàrl said its crews were pumping out cellars.", "Kieffer Bau Sàrl"),
        ("The vines belong to Şirvan Bağları ASC, which farms 300 hectares near Shamakhi.", "Şirvan Bağları ASC"),
        # invented: another country, other wording, the form without its accent, the closed company
        ("The bread for the fair comes from Boulangerie Favre Sàrl in Sion.", "Boulangerie Favre Sàrl"),
        ("Atelier Weber Sarl said prices would rise in the spring.", "Atelier Weber Sarl"),
        ("Shares in Gəncə Şərab QSC rose after the harvest figures.", "Gəncə Şərab QSC"),
        ("Exports by Lənkəran Çay ASC doubled last year.", "Lənkəran Çay ASC"),
    ],
)
def test_firm_with_its_legal_form(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found
    assert not any(label == "PERSON" and firm.startswith(name) for name, label in found)
