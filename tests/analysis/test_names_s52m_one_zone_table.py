"""The time zones' abbreviations are one table (round s52-m, s51's note on t13au N19): the
entities' words in capitals that name nothing (``lexicons.STOP_ACRONYMS``) and a shouted line's
time words (``shouted._CLOCK``) each kept a list of their own ("PST", "AEST", "CET" …) that
missed the zones the shared table gained (AWST, ACST, MSK, SAST, NZST …); they now read the table
a time is written with (``entry_time.ZONES``, from ``date_patterns.ZONES``). The reported kind
(a zone the shared table reads but a second list lacked) and variants: Australia's western,
Russia's and South Africa's zones after times in shouted lines and in prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities import shouted
from waic_reader.index.analysis.entities.lexicons import STOP_ACRONYMS, STOP_ZONES
from waic_reader.index.analysis.entry_time import ZONES
from waic_reader.index.workspace import Workspace


@pytest.mark.parametrize("zone", ["AWST", "ACST", "MSK", "SAST", "NZST", "HST", "PST", "CET", "ET"])
def test_every_list_of_zones_is_the_shared_table(zone: str) -> None:
    assert zone in ZONES
    # (round s52-fx3, review s52-rv finding 13: a zone is no name after a time's figures, read
    # from the same table; only the wires' usual zones are stop acronyms everywhere)
    assert shouted.zones_after_times_as_spaces(f"at 10:15 {zone} on") == "at 10:15 " + " " * len(zone) + " on"
    assert zone in shouted._CLOCK
    assert set(ZONES) >= STOP_ZONES and STOP_ZONES <= STOP_ACRONYMS


TEXT = (
    "LIVE: FLOODS HIT PERTH SUBURBS\n\n09.41 AWST FLOOD WARNING ISSUED FOR SWAN RIVER\n\n"
    "The bureau said at 10:15 MSK on Friday that a second front would reach the coast by 18:00 SAST, "
    "and crews in Wellington were told at 09:00 NZST.\n\n21.05 HST - SURF WARNING FOR HILO\n\n"
    "Residents of Hilo were told to stay home, the county said on Friday, and schools were closed.\n"
)


def test_a_zone_after_a_time_is_no_name(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, "utf-8")
    ws = Workspace(corpus, tmp_path / "ix")
    ws.ensure_index()
    names = {entity.name for entity in ws.entities().entities}
    assert not names & {"AWST", "MSK", "SAST", "NZST", "HST"}, names
