"""Numbers in the formats outlets in other countries write them are one figure, with the value
search reads for them (tokens.number_forms): "3 000" (French, Polish, Swedish: a space, no-break
or narrow no-break space), "1'000" (Swiss), "3,00,000" (Indian), "1.500.000" and "3.000,50"
(German, Spanish, Portuguese), a decimal comma ("2,5 %"). The figure recogniser read "3 000" as 3
and 0, "3.000" as three in a text that writes a decimal comma, and no decimal comma at all, so a
French outlet's "3 000 personnes" never met an English outlet's "3,000 people" on the fact sheet.
The texts below are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.figures import Figure, dot_thousands, find_figures
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.index.corpus.tokens import fold, number_forms, search_tokens


def figures(text: str) -> list[tuple[str, str, float, float | None, str]]:
    return [(text[f.num_start : f.num_end], f.kind, f.value, f.high, f.unit) for f in find_figures(text)]


def one(text: str) -> Figure:
    [fig] = find_figures(text)
    return fig


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Environ 3 000 personnes ont été évacuées.", 3000),  # the reported form
        ("Environ 3\u00a0000 personnes ont été évacuées.", 3000),  # no-break space
        ("Près de 12\u202f500 personnes ont été évacuées.", 12500),  # narrow no-break space
        ("W Gdańsku ewakuowano 1 250 000 osób.", 1250000),  # several groups
        ("In Zürich kamen 1'000 Menschen.", 1000),  # Swiss apostrophe
        ("In Basel kamen 2’400 Menschen.", 2400),  # typographic apostrophe
        ("The scheme paid 3,00,000 farmers.", 300000),  # Indian grouping
        ("The scheme paid 12,50,000 farmers.", 1250000),
    ],
)
def test_grouped_numbers_are_one_count(text: str, value: float) -> None:
    fig = one(text)
    assert (fig.kind, fig.value) == ("count", value)


def test_a_year_before_a_number_stays_two_numbers() -> None:
    # The tokeniser's rule: a run of four digits is not a group ("in 2019 300 people").
    assert [(raw, value) for raw, _, value, _, _ in figures("In 2019 300 people came.")] == [
        ("2019", 2019),
        ("300", 300),
    ]
    assert [(raw, value) for raw, _, value, _, _ in figures("Seit 2020 1 500 Anträge.")] == [
        ("2020", 2020),
        ("1 500", 1500),
    ]


def test_dots_group_thousands_only_where_the_text_writes_that_way() -> None:
    german = "Die Stadt hat 3.000 Einwohner; die Arbeitslosigkeit liegt bei 2,5 %."
    assert dot_thousands(german)
    assert figures(german) == [("3.000", "count", 3000, None, ""), ("2,5 %", "percent", 2.5, None, "%")]
    spanish = "Murieron 1.500.000 cabezas de ganado y 40.000 vidas."
    assert [value for _, _, value, _, _ in figures(spanish)] == [1500000, 40000]
    english = "The reading was 3.000 on the scale, and 1.5 the day before."
    assert not dot_thousands(english)
    assert [value for _, _, value, _, _ in figures(english)] == [3.0, 1.5]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("Der Preis stieg auf 3.000,50 Euro.", "money", 3000.5, "EUR"),
        ("Il mesure 1,75 m.", "quantity", 1.75, "m"),
        ("Une hausse de 3,5 % en un an.", "percent", 3.5, "%"),
        ("Une facture de 3 000,50 euros.", "money", 3000.5, "EUR"),
    ],
)
def test_decimal_commas(text: str, kind: str, value: float, unit: str) -> None:
    fig = one(text)
    assert (fig.kind, fig.value, fig.unit) == (kind, value, unit)


def test_ranges_and_money_in_groups() -> None:
    assert figures("between 1 000 and 2 000 workers")[0][2:4] == (1000, 2000)
    assert figures("1'000-2'500 workers")[0][2:4] == (1000, 2500)
    fig = one("It cost CHF 1'000.")
    assert (fig.kind, fig.value, fig.unit) == ("money", 1000, "CHF")


@pytest.mark.parametrize("raw", ["3 000", "1'000", "3,00,000", "1.500.000", "3.000,50", "3,000", "12\u00a0500"])
def test_search_and_figures_read_one_value(raw: str) -> None:
    # One reading of a number: the search token's first form is the figure's value.
    [(token, _, _)] = [t for t in search_tokens(f"x {raw} y") if t[0][0].isdigit()]
    searched = float(number_forms(fold(token))[0].replace(",", "."))
    text = f"Il y a {raw} visiteurs; 2,5 % de plus."  # a text with decimal commas
    assert find_figures(text)[0].value == searched


def test_cardinal_entity_spans_the_whole_number() -> None:
    # Entities take their numbers from the same recogniser: one CARDINAL, not "3" and "000".
    text = "Selon la préfecture, 3 000 personnes ont été évacuées à Lyon, et 1'500 à Genève."
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    cardinals = [m.text for m in Recognizer(use_user=False).recognize(article) if m.label == "CARDINAL"]
    assert cardinals == ["3 000", "1'500"]


def test_outlets_writing_one_count_differently_agree(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Storm floods Valmora\n\nAbout 3,000 people were evacuated from Valmora on Friday, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Tempête sur Valmora\n\nAbout 3 000 people were evacuated from Valmora on Friday, the prefecture said.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Sturm in Valmora\n\nAbout 3.000 people were evacuated from Valmora on Friday, 2,5 % of the town.\n",
        encoding="utf-8",
    )
    articles = Corpus.scan(tmp_path).articles()
    sheet = fact_sheet([(a, []) for a in articles])
    counts = [f for f in sheet if {v.value for v in f.values} & {3000}]
    assert len(counts) == 1
    assert counts[0].agree and sorted(v.doc for v in counts[0].values) == ["a", "b", "c"]
