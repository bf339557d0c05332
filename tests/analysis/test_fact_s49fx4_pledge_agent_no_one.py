"""Two regressions of round s49-f2's fact sheet (review s49-rv2 findings 2 and 5, round s49-fx4),
each a kind, each with the reviewer's input and two invented variants:

- money given that its own words after it say another body gave ("the €5 million pledged by the
  government", "the €2 million pledge from the council") is that body's, never the sentence
  subject's company; a passive with no agent after a speaker or a welcome ("Harbour boss Kristian
  Vold said €3 million had been pledged") has no payer, never a body made of the sentence's first
  word (``owners._given_by``);
- "no one" / "not one" is no count of one ("No one is missing" is not 1 missing, "No one was
  injured" not 1 injured: ``figures._NEGATED_ONE``), while "One person is missing" still is."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Each row as (label with its values' owners, status, [(doc, value)])."""
    return [
        (
            " ".join([f.label, *sorted({f"({v.owner})" for v in f.values if v.owner})]),
            f.status,
            [(v.doc, value_text(v)) for v in f.values],
        )
        for f in sheet(*texts)
    ]


@pytest.mark.parametrize(
    ("texts", "payer", "wrong"),
    [
        pytest.param(
            (
                "Nordsea Lines chief executive Torvald Ødegaard welcomed the €5 million pledged by the government"
                " for the victims' families.",
                "The government has pledged €5 million for the victims' families, the prime minister said.",
            ),
            "the government",
            "Nordsea Lines",
            id="reported",
        ),
        pytest.param(
            (
                "Brennvik Ferries boss Haldor Lie praised the €2 million pledge from the council.",
                "The council has pledged €2 million to the families, the mayor said.",
            ),
            "the council",
            "Brennvik Ferries",
            id="reported_pledge_from",
        ),
        pytest.param(
            (
                "Skarvik Air managing director Ines Holt thanked donors for the $800,000 donated by the Red Cross"
                " to stranded passengers.",
                "The Red Cross donated $800,000 to stranded passengers on Tuesday.",
            ),
            "Red Cross",
            "Skarvik Air",
            id="variant_donated_by",
        ),
    ],
)
def test_money_given_by_another_body_is_that_bodys(texts: tuple[str, ...], payer: str, wrong: str) -> None:
    got = rows(*texts)
    money = [r for r in got if r[0].startswith("money")]
    assert any(payer in lab and len(vals) == 2 for lab, _, vals in money), got
    assert not any(wrong in lab for lab, _, _ in money), got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param("Harbour boss Kristian Vold said €3 million had been pledged for the rescue services.", "Harbour"),
        pytest.param("Airport chief Eva Lind said $2 million was donated for the clean-up.", "Airport"),
        pytest.param("Hospital director Ola Berg welcomed the £400,000 promised for new beds.", "Hospital"),
    ],
    ids=["reported", "variant_airport", "variant_welcomed"],
)
def test_reported_passive_gift_names_no_body_of_a_common_noun(text: str, wrong: str) -> None:
    got = rows(text)
    assert not any(wrong in lab for lab, _, _ in got), got


@pytest.mark.parametrize(
    ("texts", "label", "docs"),
    [
        pytest.param(
            (
                "The ferry hit the pier on Monday. No one was injured, the operator said.\n\n"
                "No one is missing and no one remains unaccounted for, the coast guard said.",
                "The ferry hit the pier on Monday. One person is missing, police said.",
            ),
            "people missing",
            ["b"],
            id="reported",
        ),
        pytest.param(
            (
                "Not one passenger was hurt when the bus left the road, the driver said.",
                "One passenger was hurt when the bus left the road, police said.",
            ),
            "passengers injured",
            ["b"],
            id="variant_not_one",
        ),
        pytest.param(
            (
                "The roof fell in overnight. No-one was killed, firefighters said.",
                "The roof fell in overnight. One man was killed, firefighters said.",
            ),
            "people killed",
            ["b"],
            id="variant_no_hyphen_one",
        ),
    ],
)
def test_no_one_is_no_count_of_one(texts: tuple[str, ...], label: str, docs: list[str]) -> None:
    got = rows(*texts)
    ones = [(lab, [d for d, v in vals if v.lower() in ("1", "one")]) for lab, _, vals in got]
    # the article that says nobody gives no 1 in any row
    assert not any("a" in ds for _, ds in ones), got
    assert any(ds == docs for _, ds in ones), got
