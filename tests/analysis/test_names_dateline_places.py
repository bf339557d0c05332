"""A wire dateline's place is a place, named as prose writes a name (t13i F5, round s24-g; names
invented): the whole-corpus list named 'KVALSUND' (written only in a dateline's capitals) while
``entities DOC`` said 'Kvalsund', and a dateline alone on its line ("OSLO, April 14 -") was an
organisation 'OSLO'. The reported datelines and two variants each."""

from __future__ import annotations

import pytest
from name_helpers import Art, keys

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.lexicons import title_cased
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.entities.spellings import most_written

PROSE = "A ferry was halted at the quay on Saturday after a fire in the engine room, the harbour master said."


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place", "key"),
    [
        # reported: a dateline alone on its line, prose in the next paragraph
        (f"Shares slide after fire\n\nOSLO, April 14 -\n\n{PROSE}\n", "OSLO", "GPE:Oslo"),
        # reported: a dateline with its region and agency
        (f"Ferry halted\n\nKVALSUND, Norway, April 12 (Nordwire) - {PROSE}\n", "KVALSUND", "GPE:Kvalsund"),
        # invented: a weekday for the date, alone on its line
        (f"Ferries sail again\n\nBERGEN, Friday -\n\n{PROSE}\n", "BERGEN", "GPE:Bergen"),
        # invented: an agency before a lede in capitals (no prose within the line)
        (f"Sailings halted\n\nHALVIK (Wire) - FERRIES HALTED AT THE QUAY.\n\n{PROSE}\n", "HALVIK", "GPE:Halvik"),
        # invented: a place of two words and a date before a wire in capitals
        (f"Port shut\n\nSTAVANGER EAST, April 3 (NORDWIRE) -\n\n{PROSE}\n", "STAVANGER EAST", "GPE:Stavanger East"),
    ],
)
def test_the_datelines_place_is_a_place_keyed_as_prose_writes_it(
    rec: Recognizer, text: str, place: str, key: str
) -> None:
    assert keys(rec, text, place) == [("GPE", key)]


def test_a_headline_in_capitals_with_a_dash_is_still_no_dateline(rec: Recognizer) -> None:
    for text in (
        "CHAOS IN PARLIAMENT - LIVE\n\nMPs shouted.\n",
        "CHAOS IN PARLIAMENT (VIDEO) - LIVE\n\nMPs shouted.\n",
    ):
        assert not any(label == "GPE" for label, _ in keys(rec, text, "CHAOS IN PARLIAMENT")), text


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        # reported: two wire datelines, the place written nowhere else
        (
            {
                "a": f"Ferry halted\n\nKVALSUND, Norway, April 12 (Nordwire) - {PROSE}\n",
                "b": f"Update\n\nKVALSUND, Norway, April 13 (Nordwire) - {PROSE}\n",
            },
            "Kvalsund",
        ),
        # invented: a dateline alone on its line, and one with a weekday
        ({"a": f"Shares\n\nTROMSØ, April 14 -\n\n{PROSE}\n", "b": f"Port\n\nTROMSØ, Friday -\n\n{PROSE}\n"}, "Tromsø"),
        # invented: a place of two words in two datelines
        (
            {
                "a": f"Port shut\n\nSANDE BRYGGE, April 3 (Nordwire) - {PROSE}\n",
                "b": f"Port\n\nSANDE BRYGGE, April 4 (Nordwire) - {PROSE}\n",
            },
            "Sande Brygge",
        ),
    ],
)
def test_a_place_written_only_in_capitals_is_named_as_prose_writes_it(
    rec: Recognizer, texts: dict[str, str], name: str
) -> None:
    mentions = {doc: rec.recognize(Art(doc, text)) for doc, text in texts.items()}
    places = [(e.name, e.docs) for e in group(mentions, texts) if e.label == "GPE" and e.name != "Norway"]
    assert places == [(name, ["a", "b"])], places


def test_most_written_keeps_the_keys_name_over_capitals_only() -> None:
    assert most_written("Kvalsund", {"KVALSUND": 2}) == "Kvalsund"
    assert most_written("Kvalsund", {"KVALSUND": 2, "Kvalsund": 1}) == "Kvalsund"
    # keyed in capitals (an acronym): kept
    assert most_written("NATO", {"NATO": 3}) == "NATO"
    # mixed case written: the most written mixed spelling, as before
    assert most_written("KVALSUND", {"KVALSUND": 5, "Kvalsund": 1}) == "Kvalsund"


@pytest.mark.parametrize(
    ("shouted", "written"),
    [
        ("KVALSUND", "Kvalsund"),
        ("SÃO PAULO", "São Paulo"),
        ("ST. LOUIS", "St. Louis"),
        ("VESTHAV SHIPPING AS", "Vesthav Shipping AS"),
        ("HALDEN FUELS GMBH", "Halden Fuels GmbH"),
        ("KVITRA SHIPPING LTD", "Kvitra Shipping Ltd"),
    ],
)
def test_title_cased(shouted: str, written: str) -> None:
    assert title_cased(shouted) == written
