"""A share is a share of its whole noun phrase, a possessive of the story's own thing left out:
"About 70% of the hospital's clinical systems", "70 per cent of its clinical systems" and "some 65
per cent of clinical systems" are one row, `share of clinical systems`, that disagrees (#16, t13z
H2: three single-source rows, two labelled `share of clinical`, a cut noun phrase)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        (  # reported (Nordwire, TechWatch, Kesterbridge Echo)
            (
                "About 70% of the hospital's clinical systems were offline by midday, the trust said.",
                "The hospital says 70 per cent of its clinical systems were affected.",
                "Some 65 per cent of clinical systems were down at the hospital on Thursday, the trust said.",
            ),
            "share of clinical systems",
        ),
        (  # another story: a bus fleet
            (
                "About 40% of the council's electric bus fleet was off the road by noon, the operator said.",
                "The operator says 40 per cent of its electric bus fleet was off the road.",
                "Some 30 per cent of the electric bus fleet was off the road on Monday, the operator said.",
            ),
            "share of electric bus fleet",
        ),
        (  # and another: turbines, the plural ending the phrase before its verb
            (
                "Roughly 25% of the company's offshore wind turbines stopped during the storm, engineers said.",
                "Engineers said 25 per cent of its offshore wind turbines stopped in the storm.",
                "Some 18 per cent of offshore wind turbines stopped during the storm, the engineers said.",
            ),
            "share of offshore wind turbines",
        ),
    ],
    ids=["reported", "bus-fleet", "turbines"],
)
def test_one_share_of_one_phrase_is_one_row(texts: tuple[str, str, str], label: str) -> None:
    shares = [f for f in sheet(*texts) if f.values[0].kind == "percent"]
    assert [(f.label, f.sources) for f in shares] == [(label, 3)], [(f.label, f.status) for f in shares]
    assert shares[0].status == "disagree", shares[0].grounds


def test_a_names_share_keeps_its_owner() -> None:
    shares = [f.label for f in sheet("Some 40% of Norway's salmon farms were hit.") if f.values[0].kind == "percent"]
    # (the share's state is in its label since s36-qa: what befell it is part of what it counts)
    assert shares == ["share of Norway's salmon farms hit"], shares
