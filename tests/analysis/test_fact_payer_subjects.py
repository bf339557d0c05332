"""Money given is its payer's, whoever the subject of its clause is (issue #16, t13y G1): a body
without a name ("The union has pledged €200,000"), a named firm or union ("the European Union added
€1.5 million"), a possessive ("The regional government's aid is €3 million"); "would pay", "added",
"found … of its own" give money as "contribute" does ("offered" is an offer, a row of its own since
round s36-d). Two payers' amounts never share a row,
and a row names its payer when another row of money given stands beside it (in any currency)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _pledged(*texts: str) -> dict[str, list[tuple[str, str]]]:
    """The money-pledged rows: label → [(doc, value)], sorted."""
    return {
        f.label: sorted((v.doc, value_text(v)) for v in f.values)
        for f in sheet(*texts)
        if f.label.startswith("money pledged")
    }


# the tester's articles (repro v1), as their sentences stand
LIVE = (
    "San Telmo mine collapse: live updates\n\nLive · Updated 9 March 2026\n\n9 March 2026\n\n18.15 GMT\n"
    "Ferrocobre says it will pay $5m into a fund for the families. The union has pledged €200,000 of its own.\n\n"
    "08.10 GMT\nA gallery at the San Telmo mine collapsed before dawn."
)
BLOG = (
    "Posted on 9 March 2026 by dagny_h\n\nThe company has offered five million dollars to the families; the union "
    "has found 200,000 euros of its own."
)
ANALYSIS = (
    "Ferrocobre chief executive Marcus Penhallow said the company would pay $5 million to the families. The "
    "regional government's aid is €3 million; the European Union added €1.5 million."
)
RELEASE = (
    "PONTEGRÍS, March 9, 2026 - Ferrocobre Minera S.A. confirms that a gallery collapsed at its San Telmo mine. The "
    "company will contribute USD 5 million to a fund for the families of the affected workers."
)
WIRE = (
    "PONTEGRIS, Calveira, March 9 (Nordwire) - Regional governor Tomás Ubeda said the government had approved 3 "
    "million euros in emergency aid."
)


def test_reported_payers_are_rows_of_their_own() -> None:
    """t13y G1: the union's €200,000 and the government's €3 million were one row in disagreement,
    the company's $5 million two rows ("money pledged" and "amount (USD)")."""
    rows = _pledged(WIRE, LIVE, BLOG, ANALYSIS, RELEASE)
    assert rows["money pledged (the union)"] == [("b", "€200,000"), ("c", "€200,000")], rows
    assert [d for d, _v in rows["money pledged (the government)"]] == ["a", "d"], rows
    firm = next(label for label in rows if "Ferrocobre" in label)
    # (the blog's "The company has offered five million dollars" is an offer, a row of its own:
    # round s36-d, tests/analysis/test_fact_diverted_offered_claimed_payer.py)
    assert [d for d, _v in rows[firm]] == ["b", "d", "e"], rows
    assert rows["money pledged (European Union)"] == [("d", "€1.5 million")], rows
    assert "money pledged" not in rows, rows  # no row without its payer


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # other bodies, other verbs, another currency
        (
            (
                "Brightwater Foods says it will donate £2m to the victims' families. The charity has pledged £50,000 of "
                "its own.",
                "The firm has offered two million pounds to the families; the charity has found 50,000 pounds of "
                "its own.",
                "The council's aid is £400,000, officials said.",
                "Mayor Anne Cole said the government had approved £400,000 in emergency aid.",
            ),
            {
                "money pledged (the charity)": ["a", "b"],
                "money pledged (Brightwater Foods)": ["a"],  # b's "has offered" is an offer (round s36-d)
                "money pledged (the council)": ["c"],
                "money pledged (the government)": ["d"],
            },
        ),
        # a possessive government, a named union adding, a firm that "would pay"
        (
            (
                "The state government's relief is A$10 million; the Teachers Union added A$300,000.",
                "Officials said the government would release A$10 million in relief. The Teachers Union added "
                "A$300,000.",
                "Kestrel Mining said it would pay $4 million to the families.",
                "The company has offered four million dollars to the families.",
            ),
            {
                "money pledged (the government)": ["a", "b"],
                "money pledged (Teachers Union)": ["a", "b"],
                "money pledged (Kestrel Mining)": ["c"],  # d's "has offered" is an offer (round s36-d)
            },
        ),
    ],
)
def test_variant_payers(texts: tuple[str, ...], want: dict[str, list[str]]) -> None:
    rows = {label: [d for d, _v in values] for label, values in _pledged(*texts).items()}
    assert rows == want, rows


def test_said_amount_is_no_gift() -> None:
    """'he added' after an amount, 'police found' one: no money given."""
    assert _pledged("'The damage is €3 million,' the mayor added.", "Police found €20,000 in the car.") == {}
