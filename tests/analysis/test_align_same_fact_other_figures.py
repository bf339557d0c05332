"""align() pairs two sentences reporting one fact with different figures when given the facts
the fact sheet's recogniser reads in them (t13n F23), and not two sentences whose figures are of
different measures; without facts the figures alone do not pair them."""

from __future__ import annotations

from fact_helpers import Art

from waic_reader.index.analysis.align import align
from waic_reader.index.analysis.facts import extract_figures


def _facts(art: Art) -> list[tuple[int, str]]:
    return [(v.start, f"{v.measure}|{v.label}|{v.owner}") for v in extract_figures(art) if v.measure]


def _paired(a_text: str, b_text: str) -> list[tuple[str, str]]:
    a, b = Art("a", f"Story\n\n{a_text}"), Art("b", f"Story\n\n{b_text}")
    result = align(a, b, a_facts=_facts(a), b_facts=_facts(b))
    return [(p.a.text, p.b.text) for p in result.pairs if p.a.text != "Story"]  # (the titles pair)


EVAC_A = "About 1,200 residents living within 2 kilometres of the plant were evacuated as a precaution."
EVAC_B = "Some 1,500 people were evacuated from homes within three kilometres of the Quimibral site overnight."
HURT_A = "Hospital officials said 23 people were injured in the collision, four of them seriously."
HURT_B = "At least 31 people were hurt when the two trains met on a single-track section."
MOVED_A = "Firefighters said 600 residents of four villages were evacuated as the flames approached."
MOVED_B = "Around 850 people had been moved out of their homes in the hamlets near the reservoir."


def test_one_fact_with_other_figures_pairs() -> None:
    assert _paired(EVAC_A, EVAC_B) == [(EVAC_A, EVAC_B)]
    assert _paired(HURT_A, HURT_B) == [(HURT_A, HURT_B)]
    assert _paired(MOVED_A, MOVED_B) == [(MOVED_A, MOVED_B)]


def test_figures_of_different_measures_do_not_pair() -> None:
    a = "Some 300 people were evacuated from the riverside district overnight."
    b = "The regional government pledged 3 million euros for farmers whose fields were ruined."
    assert _paired(a, b) == []
    assert _paired(HURT_A, "The regional government pledged 23 million euros for the railway.") == []
