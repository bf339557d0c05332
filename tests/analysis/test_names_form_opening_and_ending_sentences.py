"""A firm's legal form where a sentence opens or ends (t13l F1, names invented).

- Hungarian forms without their dot ("Barnamet Kft said …") opening a sentence were a PERSON
  "Barnamet Kft", never merged with the bare name; with the dot they were a firm.
- A legal form ending in a dot at a sentence's end ("… from Vela Kabel Inc. The firm said",
  "… Anadolu Kablo A.Ş. Anadolu Kablo said") took the next sentence's capitals into its run and
  the firm was lost (no mention at all). The form's dot ends the sentence too: the firm is found,
  without a single dot the sentence owns ("Quinn Ltd"), and the next sentence's names are read."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("firm", "bare"),
    [
        ("Barnamet Kft", "Barnamet"),  # reported
        ("Magyar Acel Zrt", "Magyar Acel"),  # reported
        ("Dunafa Nyrt", "Dunafa"),
    ],
)
def test_a_hungarian_form_opening_a_sentence_is_the_firm(rec: Recognizer, firm: str, bare: str) -> None:
    a = f"Steel report\n\n{firm} said the steel was sound.\n"
    b = f"Bridge report\n\n{bare} said the steel met every standard.\n"
    assert names(rec, a) == {(firm, "ORG")}
    mentions = {doc: rec.recognize(Art(doc, text)) for doc, text in {"a": a, "b": b}.items()}
    got = {(e.label, e.name): e.docs for e in group(mentions, {"a": a, "b": b})}
    assert got == {("ORG", firm): ["a", "b"]}, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported
        (
            "The cables came from Anadolu Kablo A.Ş. Anadolu Kablo said it had not been contacted.",
            {("Anadolu Kablo A.Ş.", "ORG"), ("Anadolu Kablo", "ORG")},
        ),
        # variants of my own: a form with one dot, before a common word and before a person
        (
            "Jonas Berg bought the cables from Vela Kabel Inc. The firm said it had not been contacted.",
            {("Jonas Berg", "PERSON"), ("Vela Kabel Inc", "ORG")},
        ),
        (
            "The crane came from Harrow Lifting Ltd. Jonas Berg said it had not been inspected.",
            {("Harrow Lifting Ltd", "ORG"), ("Jonas Berg", "PERSON")},
        ),
        (
            "The cables came from Szolnok Kabel Kft. Szolnok Kabel said it had not been contacted.",
            {("Szolnok Kabel Kft.", "ORG"), ("Szolnok Kabel", "ORG")},
        ),
    ],
)
def test_a_form_with_a_dot_ends_the_sentence_and_the_firm(rec: Recognizer, text: str, want: set) -> None:
    assert names(rec, f"Cables\n\n{text}\n") == want


def test_a_form_that_goes_on_after_co_stays_one_firm(rec: Recognizer) -> None:
    got = names(rec, "Deals\n\nThe parts came from Kernwerk Handels GmbH & Co. KG in Bremen.\n")
    assert ("Kernwerk Handels GmbH & Co. KG", "ORG") in got, got


@pytest.mark.parametrize(
    ("lede", "firm"),
    [
        # reported (t13l F2)
        ("PRAGUE, Oct 16 (Danubewire) - OCELMOST S.R.O. WILL CUT 45 JOBS, THE COMPANY SAID.", "OCELMOST S.R.O."),
        # variants of my own: the former Yugoslavia's two forms
        (
            "ZAGREB, Oct 16 (Danubewire) - JEKLO GRADNJA D.O.O. WILL CUT 45 JOBS, THE COMPANY SAID.",
            "JEKLO GRADNJA D.O.O.",
        ),
        (
            "RIJEKA, May 2 (Wire) - JADRAN BRODOGRADNJA D.D. WILL HALT OUTPUT, THE COMPANY SAID.",
            "JADRAN BRODOGRADNJA D.D.",
        ),
    ],
)
def test_a_dotted_form_in_an_all_caps_lede_ends_the_firm(rec: Recognizer, lede: str, firm: str) -> None:
    found = names(rec, f"Jobs\n\n{lede}\n")
    assert (firm, "ORG") in found, found
    assert not any(label == "ORG" and text in ("THE", "SAID", "WILL") for text, label in found), found
