"""Iceland's legal forms in lower case with their dot ("hf.", "ehf.", "ohf.") and Lithuania's
"UAB" written after the name (the names eval's heldout20, session 27: "Norðurflug ehf." and
"Rafhleðsla Norðurlands hf." gave no firm, "Baltijos Pašarai UAB" an ORG "UAB" alone). The form
ends the firm, which takes it in; the firm's core drops it. The reported shapes and invented
variants."""

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
        ("The regional airline Norðurflug ehf. will fly the route twice a week.", "Norðurflug ehf."),
        ("Chargers were built by Rafhleðsla Norðurlands hf. in Akureyri.", "Rafhleðsla Norðurlands hf."),
        ("The buyer, Baltijos Pašarai UAB, said prices fell.", "Baltijos Pašarai UAB"),
        # invented variants
        ("Fiskvinnslan Dröfn hf. said landings were down.", "Fiskvinnslan Dröfn hf."),
        ("A contract went to Vatnaverk ohf. last year.", "Vatnaverk ohf."),
        ("Kauno Grūdai UAB will build a second silo.", "Kauno Grūdai UAB"),
    ],
)
def test_form_ends_and_joins_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found
    assert not {n for n, _ in found} & {"UAB", "hf.", "ehf.", "ohf."}


@pytest.mark.parametrize(
    ("written", "core"),
    [("Norðurflug ehf.", "Norðurflug"), ("Hafgola hf.", "Hafgola"), ("Baltijos Pašarai UAB", "Baltijos Pašarai")],
)
def test_core_drops_the_form(written: str, core: str) -> None:
    assert firm_core(written) == core


def test_the_letters_alone_are_no_firm(rec: Recognizer) -> None:
    assert names(rec, "The radio used the hf. band, said the pilot.") == set()
