"""One count however its verb or its noun is worded (t13au N2, t13av N18; round s51-f2): people
"brought to the surface", "returned to the surface" or "brought to safety" are the people rescued,
with a noun or none ("Fourteen have been brought to the surface" after "Six remain unaccounted for");
a count whose noun is elided after a coordinate's or a partitive's ("Two crew members were killed
and three are missing", "Of the 22 crew on board, two have died and three remain missing") counts
that noun, compared with another outlet's "Three crew members were missing"."""

from __future__ import annotations

from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: [v.doc for v in f.values] for f in sheet(*texts)}


def _status(label: str, *texts: str) -> str:
    facts = {f.label: f for f in sheet(*texts)}
    assert label in facts, list(facts)
    return facts[label].status


def _one_row(label: str, *texts: str) -> None:
    rows = _rows(*texts)
    assert rows.get(label) == [chr(ord("a") + i) for i in range(len(texts))], rows


def test_reported_rescued_wordings_one_row() -> None:
    _one_row(
        "people rescued",
        "Fourteen workers had been brought to the surface by Saturday afternoon, the company said.",
        "The company confirms three workers have died. Six remain unaccounted for. Fourteen have been brought to the surface.",
        "Seventeen workers were brought to the surface alive by Sunday morning.",
        "Seventeen workers have been safely returned to the surface.",
        "Sixteen were rescued, the company said.",
    )


def test_rescued_variants_cave_and_safety() -> None:
    _one_row(
        "people rescued",
        "Eight divers were brought back to the surface by the navy team.",
        "By noon nine had been returned to safety.",
        "Nine miners were rescued on Monday.",
    )


def test_brought_to_a_place_is_no_rescue() -> None:
    rows = _rows("Forty workers were brought to the site by bus on Monday.")
    assert "people rescued" not in rows, rows


def test_reported_elided_crew_agrees() -> None:
    assert (
        _status(
            "people missing",
            "Two crew members were killed and three are missing, the authority said.",
            "Three crew members were missing.",
        )
        == "agree"
    )


def test_elided_crew_variants_partitive_and_sailors() -> None:
    assert (
        _status(
            "people missing",
            "Of the 22 crew on board, two have died and three remain missing.",
            "Two sailors died and three were missing.",
            "Three crew members were missing.",
        )
        == "agree"
    )


def test_elided_noun_after_fishermen() -> None:
    assert (
        _status(
            "people missing",
            "Four fishermen drowned and two are still missing after the trawler sank.",
            "Two fishermen are missing after the trawler sank.",
        )
        == "agree"
    )


def test_elided_noun_before_a_casualty_word() -> None:
    assert (
        _status(
            "people missing",
            "The maritime authority says two crew are dead and three missing.",
            "Three crew members were missing.",
        )
        == "agree"
    )


def test_reported_workers_and_bare_count_compared() -> None:
    assert (
        _status(
            "people rescued",
            "Fourteen workers had been brought to the surface by Saturday afternoon, the company said.",
            "The collapse happened when 24 people were working underground. Sixteen were rescued.",
        )
        == "disagree"
    )


def test_bare_count_variant_miners_and_climbers() -> None:
    assert _status("people rescued", "Nine miners were rescued on Monday.", "Eleven were rescued, police said.") == (
        "disagree"
    )


def test_bare_count_and_children_stay_apart() -> None:
    status = _status("people rescued", "Two children were rescued from the river.", "Eleven were rescued, police said.")
    assert status != "disagree", status
