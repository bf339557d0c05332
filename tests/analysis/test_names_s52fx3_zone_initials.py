"""A time zone's letters are a zone only beside a time (review s52-rv finding 13, round s52-fx3).

Round s52-m made every zone of the one table (``entry_time.ZONES``) a stop acronym everywhere, so
bodies written with those letters vanished: "The NST reported", "IDT and CAT said" were ORGs
before and none after. A zone after a time's figures is still no name
(``shouted.zones_after_times_as_spaces``); the wires' usual zones (``lexicons.STOP_ZONES``: UTC,
GMT, EST …) stay no name anywhere, as before round s52-m. The reported text and a variant."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace


def _names(tmp_path: Path, text: str) -> set[str]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, "utf-8")
    ws = Workspace(corpus, tmp_path / "ix")
    ws.ensure_index()
    return {entity.name for entity in ws.entities().entities}


@pytest.mark.parametrize(
    ("text", "bodies", "zones"),
    [
        # reported (s52-rv cases/s1.txt)
        (
            "Plants shut as floods spread\n\nKUALA LUMPUR — The NST reported that 3,000 people were "
            "evacuated, while IDT and CAT said their plants were shut.\n",
            {"NST", "IDT", "CAT"},
            set(),
        ),
        # variant: other bodies' initials, beside the same letters as zones after times
        (
            "Port closed after storm\n\nThe port closed at 09:40 EAT on Monday, and WAT said at 10.15 NST "
            "that its ferries would stay in port. HST shares fell, the PKT union said.\n",
            {"WAT", "HST", "PKT"},
            {"EAT", "NST"},
        ),
    ],
)
def test_a_zones_letters_are_a_body_away_from_a_time(
    tmp_path: Path, text: str, bodies: set[str], zones: set[str]
) -> None:
    names = _names(tmp_path, text)
    assert bodies <= names, names
    assert not zones & names, names
