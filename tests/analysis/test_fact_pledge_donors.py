"""Money pledged by different donors is no one fact (issue #16, t13n F7): a government's aid
(whatever the donor's word: government, state, ministry, minister) and a named firm's fund are two
rows; the government's figures are compared among themselves (€5 million vs €4.5 million)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _pledged(*texts: str) -> list[list[tuple[str, str]]]:
    return sorted(
        [[(v.doc, value_text(v)) for v in f.values] for f in sheet(*texts) if f.label.startswith("money pledged")]
    )


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # reported (Reuters, press release, AFP)
        (
            (
                "Interior Minister Ana Luísa Côrte-Real said the government would release 5 million euros in emergency aid for the town.",
                "Sorvena has set up a support fund of €2 million for the families of the victims.",
                "Prime Minister Luís Montenegro visited the site and said the state would pledge 4.5 million euros to rebuild damaged homes.",
            ),
            [[("a", "€5 million"), ("c", "€4.5 million")], [("b", "€2 million")]],
        ),
        # variants of my own
        (
            (
                "The ministry pledged $3 million in relief for the flooded valley.",
                "Kestrel Mining has set up a relief fund of $1 million for the miners' families.",
                "Finance Minister Tom Hale said the state would pledge $3.5 million to rebuild the bridge.",
            ),
            [[("a", "$3 million"), ("c", "$3.5 million")], [("b", "$1 million")]],
        ),
        (
            (
                "The government has pledged £8 million in emergency aid, and Larkfield has created a £1 million fund.",
                "Larkfield pledged £1.5 million to the victims' families.",
            ),
            [[("a", "£1 million"), ("b", "£1.5 million")], [("a", "£8 million")]],
        ),
    ],
)
def test_donors_pledges_are_apart(texts: tuple[str, ...], rows: list[list[tuple[str, str]]]) -> None:
    assert _pledged(*texts) == sorted(rows)


def test_a_firm_named_in_an_address_too_is_still_a_donor() -> None:
    """The press release's "Sorvena has set up a support fund of €2 million" had no owner: its
    contact line's "press@sorvena.example" read as the name written in lower case (no name)."""
    rows = _pledged(
        "The minister said the state would pledge €5 million.",
        "Sorvena has set up a support fund of €2 million. Media: press@sorvena.example",
        "Sorvena Químicos has created a €2 million fund, the government said it would pledge €4 million.",
    )
    assert rows == sorted([[("a", "€5 million"), ("c", "€4 million")], [("b", "€2 million"), ("c", "€2 million")]])
