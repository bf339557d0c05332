"""Verbs of one meaning give one measure (t13as N4, round s50-f): a scheduled service grounded,
halted, scrapped or axed is cancelled (*flights cancelled*); people saved from a place in a rescue
are rescued (*people rescued*); money a party stands to lose, could lose, is an estimate of the
losses (*damage*, with "estimated losses at")."""

from __future__ import annotations

from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts.extract import extract_figures


def _rows(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {f.label: (f.status, [v.doc for v in f.values]) for f in sheet(*texts)}


def test_reported_flights_one_row() -> None:
    rows = _rows(
        "Iceland volcano kills two, ash cloud halts 4,200 European flights",
        "The ash cloud grounded about 4,200 flights across northern Europe, officials said.",
        "By noon some 4,200 flights had been scrapped.",
        "Eurocontrol said 4,200 flights had been cancelled.",
    )
    assert rows.get("flights cancelled") == ("agree", ["a", "b", "c", "d"]), rows


def test_flights_variant_axed_and_disagreeing() -> None:
    rows = _rows(
        "Ryanair axed 310 flights on Friday as the strike began.",
        "About 350 flights were cancelled across the country.",
        "Air traffic control halted 310 departures, the union said.",
    )
    assert rows.get("flights cancelled") == ("disagree", ["a", "b"]), rows
    assert "departures cancelled" in rows, rows


def test_flights_variant_trains_stay_their_verb() -> None:
    rows = _rows("The storm halted 40 trains.", "Some 40 trains were halted by the storm.")
    assert rows.get("trains halted") == ("agree", ["a", "b"]), rows


def test_reported_saved_is_rescued() -> None:
    rows = _rows(
        "Two hikers have died, police say. Rescuers have saved 38 people from the area.",
        "Rescue teams said 38 people had been rescued.",
    )
    assert rows.get("people rescued") == ("agree", ["a", "b"]), rows
    assert "people" not in rows, rows


def test_saved_variant_swimmers_from_the_bay() -> None:
    rows = _rows("Lifeguards saved 14 swimmers from the bay on Sunday.", "Fourteen swimmers were rescued.")
    assert rows.get("people rescued") == ("agree", ["a", "b"]), rows


def test_saved_from_redundancy_is_no_rescue() -> None:
    rows = _rows("The deal saved 500 workers from redundancy, the union said.")
    assert "people rescued" not in rows, rows


def test_reported_loss_to_come_is_damage() -> None:
    # the figure's own measure: joined to *damage* by shared words alone before (the tester's
    # corpus left it a row "amount (USD)")
    art = Art("a", "Story\n\nIATA says airlines stand to lose $1.2 billion; passengers will lose more.")
    assert [(f.display, f.measure) for f in extract_figures(art)] == [("$1.2 billion", "damage")]
    rows = _rows(
        "IATA says airlines stand to lose $1.2 billion; passengers will lose more.",
        "IATA estimated airlines' losses at $1.2 billion if the closures lasted three days.",
    )
    assert rows.get("damage") == ("agree", ["a", "b"]), rows


def test_loss_to_come_variant_could_lose() -> None:
    rows = _rows(
        "Farmers could lose about €40 million after the floods, the ministry said.",
        "Losses from the floods were estimated at €45 million.",
    )
    assert rows.get("damage") == ("disagree", ["a", "b"]), rows
