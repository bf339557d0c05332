"""A legal form the Baltic states', the post-Soviet states' and Azerbaijan's firms write before the
name ("SIA", "UAB", "JSC", "OOO", "MMC") opens the firm's name, the capitalised words after it
with it, even where the gazetteer knows the letters as another body's acronym (issue #16, round
s30-l: heldout23's "chief executive of SIA Kurzemes Koks," was an ORG "SIA" alone). The reported
shape first, then variants invented for the kind."""

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
        (
            '"We cannot wait," said Raimonds Zariņš, chief executive of SIA Kurzemes Koks, which runs two '
            "sawmills near Kuldīga.",
            "SIA Kurzemes Koks",
        ),
        # invented: Lithuanian and Kazakh firms, other wording
        ("He is chief executive of UAB Medienos Pramonė, which runs two sawmills.", "UAB Medienos Pramonė"),
        ("Shares in JSC Temir Zholy fell after the tariff ruling.", "JSC Temir Zholy"),
    ],
)
def test_form_opens_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found
    assert (firm.split(maxsplit=1)[0], "ORG") not in found


def test_form_alone_stays(rec: Recognizer) -> None:
    assert ("SIA", "ORG") in names(rec, "Flights by SIA were cancelled on Monday.")
