""" "The company" in a firm's own statement is that firm, never a state force named in a sentence
before (t13an N3): Starhorse's release, "148 persons have been rescued and the company is working
with the Philippine Coast Guard to locate the others. … The company will provide financial
assistance of PHP 250,000 to the family of each deceased passenger", made a row "money pledged per
family (Philippine Coast Guard)". A coast guard, a national guard, an air force, a rescue service is
a public body, as a police force is. The texts are cut down from the tester's corpus or invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("release", "firm", "force"),
    [
        # reported (t13an N3: starhorse-press-release.txt)
        (
            "LUCENA CITY, March 14, 2026 — Starhorse Shipping Lines Inc. confirms that its vessel MV Santa"
            " Rosalind was involved in a maritime incident off Gasan, Marinduque.\n\n"
            "As of 4:00 p.m., we have confirmed 14 fatalities. 148 persons have been rescued and the company is"
            " working with the Philippine Coast Guard to locate the others.\n\n"
            '"Our hearts are with the families," said Ignatius Ng-Buenaventura, President and Chief Executive'
            " Officer.\n\n"
            "The company will provide financial assistance of PHP 250,000 to the family of each deceased"
            " passenger.",
            "Starhorse",
            "Guard",
        ),
        # variants: a border guard and a firm of another kind; an air force and a rescue service
        (
            "Halvorsen Bus Lines AS confirms that one of its coaches left the road near Voss.\n\n"
            "The coach carried 31 passengers. "
            "Nine passengers were taken to hospital and the company is assisting the Norwegian Border Guard"
            " at the scene.\n\n"
            '"We are deeply sorry," said Kari Lund, chief executive.\n\n'
            "The company will pay NOK 50,000 to each injured passenger.",
            "Halvorsen",
            "Guard",
        ),
        (
            "Tellmark Airways Ltd confirms that flight TM 402 made an emergency landing at Kessby.\n\n"
            "The aircraft had lost an engine. "
            "All 84 people on board were evacuated and the company thanks the Royal Air Force and Kessby"
            " Mountain Rescue for their help.\n\n"
            '"We are grateful to every crew," said Dana Holt, chief executive.\n\n'
            "The company will pay £2,000 to each passenger.",
            "Tellmark",
            "Force",
        ),
    ],
)
def test_the_company_in_a_release_is_the_firm_not_a_state_force(release: str, firm: str, force: str) -> None:
    payers = [v.owner for f in sheet(release) for v in f.values if v.kind == "money"]
    assert payers, "the pledge is on the sheet"
    assert all(firm in p and force not in p for p in payers), payers
