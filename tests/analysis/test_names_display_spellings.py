"""An entity is shown by the spelling its articles write its whole name in most often, the
spellings that differ only in accents, case or an abbreviation's dots counted as one name, the
one with accents on a tie; never a folded form (t13p F12, round s29-j: "Hidroandina Energía
S.A.", written three times, was shown as "Hidroandina Energia SA", written once, the key the
legal forms were grouped under; "Áncash", written as often as "Ancash", as "Ancash"). The
reported input and two invented variants of each."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.spellings import most_written

FIRMS = [
    # reported: the press release's spelling twice, the wires' once each
    (
        ["Hidroandina Energía S.A.", "Hidroandina Energía S.A.", "Hidroandina Energia S.A.", "Hidroandina Energia SA"],
        "Hidroandina Energía S.A.",
    ),
    (
        ["Société Minière Vélan S.A.", "Societe Miniere Velan SA", "Société Minière Vélan S.A."],
        "Société Minière Vélan S.A.",
    ),
    (
        ["Kroměříž Strojírny a.s.", "Kromeriz Strojirny a.s.", "Kroměříž Strojírny a.s.", "Kromeriz Strojirny as"],
        "Kroměříž Strojírny a.s.",
    ),
]

TIES = [
    (["Ancash", "Áncash", "Ancash", "Áncash"], "Áncash"),  # reported
    (["Cadiz", "Cádiz"], "Cádiz"),
    (["Malmo", "Malmö", "Malmö", "Malmo"], "Malmö"),
]


def _mention(text: str, label: str) -> Mention:
    return Mention(0, len(text), text, label, f"{label}:{text}")


@pytest.mark.parametrize(("written", "shown"), FIRMS)
def test_the_whole_name_written_most_names_the_firm(written: list[str], shown: str) -> None:
    docs = {f"d{n}": [_mention(text, "ORG")] for n, text in enumerate(written)}
    [ent] = group(docs, {doc: ms[0].text for doc, ms in docs.items()})
    assert ent.name == shown


@pytest.mark.parametrize(("written", "shown"), TIES)
def test_a_tie_is_the_spelling_with_accents(written: list[str], shown: str) -> None:
    docs = {f"d{n}": [_mention(text, "GPE")] for n, text in enumerate(written)}
    [ent] = group(docs, {doc: ms[0].text for doc, ms in docs.items()})
    assert ent.name == shown


def test_spelling_form_keeps_numbers_apart() -> None:
    from waic_reader.index.analysis.entities.spellings import spelling_form

    assert spelling_form("Hidroandina Energía S.A.") == spelling_form("HIDROANDINA ENERGIA SA")
    assert spelling_form("Veltrix Systems, Inc.") == spelling_form("Veltrix Systems Inc")
    assert spelling_form("1.5") != spelling_form("15")
    assert spelling_form("4,500") != spelling_form("4 500")


def test_more_written_wins_over_accents() -> None:
    assert most_written("Ancash", {"Ancash": 3, "Áncash": 2}) == "Ancash"
