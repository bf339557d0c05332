"""Two kinds of capital that name nothing (t13p F10, round s29-j): an adjective, participle or
adverb in capitals in a mixed-case sentence is emphasis ("as a DEADLY tidal wave" was ORG
"DEADLY"), and a firm's generic word a press release capitalises as its defined term ('("Hidroandina"
or "the Company")') is no organisation of its own, unless the article names a body ending with
it ("the World Bank … the Bank"). The reported inputs and two invented variants of each."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

SHOUTED = [
    ("A TERRIFIED mum clutched her baby as a DEADLY tidal wave roared down the valley.", "DEADLY"),  # reported
    ("Neighbours said a WICKED storm had hit the coast.", "WICKED"),
    ("A LOVELY nurse comforted the children.", "LOVELY"),
]

DEFINED = [
    (
        'Hidroandina Energía S.A. ("Hidroandina" or "the Company") said it regretted the failure. The Company will pay.',
        "Company",
    ),  # reported
    ('Kestrel Holdings ("Kestrel" or "the Group") said it would cut 300 jobs. The Group expects losses.', "Group"),
    ('Nordbank ASA (the "Bank") said profits fell. The Bank will pay a dividend.', "Bank"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("sentence", "word"), SHOUTED)
def test_a_shouted_modifier_is_no_name(rec: Recognizer, sentence: str, word: str) -> None:
    found = names(rec, f"WALL OF WATER\n\nThe Daily Blast\n\n{sentence}\n")
    assert not any(n == word for n, _ in found), found


@pytest.mark.parametrize(("sentence", "word"), DEFINED)
def test_a_defined_term_is_no_name(rec: Recognizer, sentence: str, word: str) -> None:
    found = names(rec, f"Statement\n\n{sentence}\n")
    assert not any(n == word for n, _ in found), found


def test_acronyms_and_short_forms_stay(rec: Recognizer) -> None:
    found = names(
        rec,
        "News\n\nA NATO summit opened and UNESCO officials said. The World Bank said growth slowed. Later the Bank said it would lend more.\n",
    )
    assert {("NATO", "ORG"), ("UNESCO", "ORG"), ("Bank", "ORG")} <= found, found
