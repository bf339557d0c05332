"""Testers' reported name faults of round s51-e (issue #16), each a kind, each with the reported
input and two variants of other words, names and layout:

- a clinical test, scan or ward written by its initials as a common noun ("an MRI", "the ECG", "in
  the ICU") is no organisation; a body's initials beside it stay one;
- a Spanish regional or provincial body named by its kind first, then "de" and its region ("La
  Junta de Castilla y León", "Generalitat de Catalunya", "Diputación de Valencia") is one ORG, no
  town "La Junta" and no region;
- an acronym the rules read as no name ("DGA") defined in brackets right after the body its letters
  spell ("Directors Guild of America (DGA)") is that body wherever written;
- a member of a list of places named with a complement after a particle ("Villaseca de Arriba",
  "Castrillo de la Vega") stays whole;
- a town whose name ends in a landform word ("Cripple Creek", "Alert Bay", "Campbell River") is a
  town at each of its mentions where the text gives it as one ("residents of", "the town of", "in
  X, Colorado")."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "tests", "bodies"),
    [
        ("The doctor ordered an MRI after the fall, and the MRI showed a fracture.", ("MRI",), ()),
        (
            "She spent three days in the ICU after CPR at the scene, and an EEG found no damage.",
            ("ICU", "CPR", "EEG"),
            (),
        ),
        (
            "MRI scans and PET scans at the clinic were delayed, the MRC and the WHO said.",
            ("MRI", "PET"),
            ("MRC", "WHO"),
        ),
    ],
)
def test_a_clinical_test_by_its_initials_is_no_body(
    rec: Recognizer, text: str, tests: tuple[str, ...], bodies: tuple[str, ...]
) -> None:
    found = names(rec, text)
    assert not any(name in tests for name, _ in found), found
    assert all((b, "ORG") in found for b in bodies), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "La Junta de Castilla y León approved the budget on Monday, the regional government said.",
            "Junta de Castilla y León",
        ),
        ("Teams from the Generalitat de Catalunya arrived on Sunday.", "Generalitat de Catalunya"),
        ("The Diputación de Valencia and the Cabildo de Tenerife sent aid.", "Diputación de Valencia"),
    ],
)
def test_a_regional_body_named_by_its_kind_and_place_is_one_org(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found
    assert not any(label in ("GPE", "LOC") and name in body for name, label in found), found


def test_the_town_la_junta_stays_a_town(rec: Recognizer) -> None:
    assert ("La Junta", "GPE") in names(rec, "The sheriff of La Junta, Colorado, said the road was closed.")


@pytest.mark.parametrize(
    ("text", "body", "acronym"),
    [
        (
            "The Directors Guild of America (DGA) said talks with the studios would resume. DGA members "
            "will vote next week.",
            "Directors Guild of America",
            "DGA",
        ),
        (
            "Engineers at the Department of Geology (DG) mapped the slope. The DG said the road was safe.",
            "Department of Geology",
            "DG",
        ),
        (
            "The Party of the Regions (PR) won 12 seats, and the PR will join the coalition.",
            "Party of the Regions",
            "PR",
        ),
    ],
)
def test_a_stop_acronym_defined_by_its_body_is_that_body(rec: Recognizer, text: str, body: str, acronym: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found
    assert (acronym, "ORG") in found, found


def test_an_undefined_stop_acronym_stays_no_body(rec: Recognizer) -> None:
    found = names(rec, "The DGA of the firm, Anne Roux, said sales rose. The CEO agreed.")
    assert not any(name in ("DGA", "CEO") for name, _ in found), found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Residents of Peñarrubia and Villaseca de Arriba are told to climb to higher ground.",
            ("Peñarrubia", "Villaseca de Arriba"),
        ),
        (
            "Flood water rose in Tordesillas, Castrillo de la Vega and Órbigo del Monte overnight.",
            ("Castrillo de la Vega", "Órbigo del Monte"),
        ),
        ("Sirens sounded in Vilanova de Baixo and Ribeira do Sul on Monday.", ("Vilanova de Baixo", "Ribeira do Sul")),
    ],
)
def test_a_listed_place_with_a_complement_stays_whole(rec: Recognizer, text: str, places: tuple[str, ...]) -> None:
    found = names(rec, text)
    assert all((p, "GPE") in found for p in places), found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The creek rose overnight. Residents of Cripple Creek were told to leave, and in Cripple Creek "
            "the casinos shut.",
            "Cripple Creek",
        ),
        ("Gamblers came to Cripple Creek, Colorado, on Friday. The creek beside the road was dry.", "Cripple Creek"),
        (
            "The ferry runs from Campbell River, British Columbia, to Alert Bay. The town of Alert Bay has "
            "1,200 people.",
            "Alert Bay",
        ),
    ],
)
def test_a_town_named_by_a_landform_is_a_town_where_the_text_says_so(rec: Recognizer, text: str, town: str) -> None:
    found = names(rec, text)
    assert (town, "GPE") in found, found
    assert (town, "LOC") not in found, found


def test_a_creek_without_a_towns_words_stays_a_creek(rec: Recognizer) -> None:
    found = names(rec, "Boats moved along Sweetwater Creek, and the creek rose near the bridge.")
    assert ("Sweetwater Creek", "LOC") in found, found
