"""One owner written differently is one owner (issue #16, round s29-e). A country, its
nationality with its government ("the Hungarian government", "Polish ministers", "Portugal's
government") and its capital standing for its government ("Budapest pledged") name one donor:
their pledges are one fact, compared (were a row per name, "Hungary", "the government",
"Budapest", each of one source). A measure's own noun with whose it is before the figure
("Revenue at Acme rose to $2bn", "Profit at Halden Group", "Sales at Borvik") names its owner as
"Acme's revenue" does (it named none, and stood apart among several firms' rows). Other owners
stay apart (another country, a firm's fund), and a country's name inside a person's name
("Prime Minister Luís Montenegro") names no country."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return sorted((f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts))


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # reported
        (
            (
                "Hungary pledged €5m in aid for the flood victims on Monday.",
                "The Hungarian government pledged €4.5m in aid for the flood victims.",
                "Budapest pledged €5m to help the flood victims, officials said.",
            ),
            [("money pledged", "disagree", [("a", "€5 million"), ("b", "€4.5 million"), ("c", "€5 million")])],
        ),
        # variants of my own: another country and its neighbour's pledge apart
        (
            (
                "Poland pledged €3m for the flood-hit region.",
                "The Polish government pledged €2.5m to the region.",
                "Warsaw pledged €3m, the ministry said.",
                "The Czech government pledged €1m.",
            ),
            [
                ("money pledged (Czech Republic)", "single source", [("d", "€1 million")]),
                (
                    "money pledged (Poland)",
                    "disagree",
                    [("a", "€3 million"), ("b", "€2.5 million"), ("c", "€3 million")],
                ),
            ],
        ),
        (
            (
                "Portugal's government pledged €6m for the town.",
                "Lisbon pledged €5m for the families of the victims.",
                "Portuguese ministers pledged €6m to rebuild homes.",
            ),
            [("money pledged", "disagree", [("a", "€6 million"), ("b", "€5 million"), ("c", "€6 million")])],
        ),
    ],
)
def test_a_country_by_any_of_its_names_is_one_donor(
    texts: tuple[str, ...], rows: list[tuple[str, str, list[tuple[str, str]]]]
) -> None:
    assert _rows(*texts) == sorted(rows)


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # reported
        (
            (
                "Acme's revenue rose to $2.1bn last year.",
                "Borvik's revenue fell to $900m last year.",
                "Revenue at Acme rose to $2bn last year, the company said.",
            ),
            [
                ("revenue (Acme)", "disagree", [("a", "$2.1 billion"), ("c", "$2 billion")]),
                ("revenue (Borvik)", "single source", [("b", "$900 million")]),
            ],
        ),
        # variants of my own
        (
            (
                "Halden Group's profit rose to €42m in the first half.",
                "Sorna's profit was €10m in the first half.",
                "Profit at Halden Group rose to €40m in the first half, analysts said.",
            ),
            [
                ("profit (Halden Group)", "disagree", [("a", "€42 million"), ("c", "€40 million")]),
                ("profit (Sorna)", "single source", [("b", "€10 million")]),
            ],
        ),
        (
            (
                "Kestrel's sales reached £300m.",
                "Marlow's sales reached £120m.",
                "Analysts at Fenwick said sales at Kestrel reached £310m.",
            ),
            [
                ("revenue (Kestrel)", "disagree", [("a", "£300 million"), ("c", "£310 million")]),
                ("revenue (Marlow)", "single source", [("b", "£120 million")]),
            ],
        ),
    ],
)
def test_a_measure_of_a_name_is_the_names(
    texts: tuple[str, ...], rows: list[tuple[str, str, list[tuple[str, str]]]]
) -> None:
    assert _rows(*texts) == sorted(rows)


def test_a_country_inside_a_persons_name_is_no_donor() -> None:
    rows = _rows(
        "Prime Minister Luís Montenegro said the state would pledge 4.5 million euros.",
        "The government pledged 5 million euros in emergency aid.",
    )
    assert rows == [("money pledged", "disagree", [("a", "€4.5 million"), ("b", "€5 million")])], rows
