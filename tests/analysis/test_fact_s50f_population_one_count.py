"""One count of people evacuated however a place's population is named (t13as N3, round s50-f):
"people", "residents", "inhabitants", "villagers" evacuated are one measure, compared (agree or
disagree), and a long "of" phrase between the count and its verb ("of the fishing town of
Hafnarvík") still gives the verb; an article counting two populations apart keeps them apart."""

from __future__ import annotations

from fact_helpers import sheet


def _row(label: str, *texts: str) -> tuple[str, list[str]]:
    rows = {f.label: (f.status, [v.doc for v in f.values]) for f in sheet(*texts)}
    assert label in rows, rows
    assert len([r for r in rows if "3,700" in r or r.startswith("residents")]) == 0, rows
    return rows[label]


def test_reported_evacuation_wordings_agree() -> None:
    status, docs = _row(
        "people evacuated",
        "Civil protection officials say all 3,700 people in Hafnarvik are being evacuated.",
        "All 3,700 residents of Hafnarvik have been evacuated to mass care centres.",
        "All 3,700 residents of the nearby town of Hafnarvik were evacuated.",
        "All 3,700 residents of the fishing town of Hafnarvik were evacuated before dawn.",
        "| Measure | Value |\n|---|---|\n| Residents evacuated | 3,700 |",
    )
    assert (status, docs) == ("agree", ["a", "b", "c", "d", "e"])


def test_variant_villagers_inhabitants_disagree() -> None:
    status, docs = _row(
        "people evacuated",
        "Some 1,200 villagers of the mountain hamlet of Ostra were evacuated on Monday.",
        "About 1,200 people were evacuated from Ostra.",
        "Officials said 1,500 inhabitants had been evacuated.",
    )
    assert (status, docs) == ("disagree", ["a", "b", "c"])


def test_variant_locals_agree() -> None:
    status, docs = _row(
        "people evacuated",
        "Police said 640 locals of the coastal district of Marsa had been evacuated.",
        "The 640 people evacuated were taken to a school.",
    )
    assert (status, docs) == ("agree", ["a", "b"])


def test_two_populations_in_one_article_stay_apart() -> None:
    facts = sheet(
        "About 3,600 residents were evacuated from homes below the bridge, while 3,400 people were "
        "evacuated from the station area.",
        "Some 3,400 people were evacuated.",
    )
    row = next(f for f in facts if f.label == "people evacuated")
    assert row.status == "not compared", [(f.label, f.status) for f in facts]


def test_tourists_are_no_population() -> None:
    facts = sheet("Some 300 tourists were evacuated.", "Some 250 people were evacuated.")
    row = next(f for f in facts if f.label == "people evacuated")
    assert row.status == "not compared", [(f.label, f.status) for f in facts]
