"""Numbers in locale formats are one number: ``3000`` finds "3 000" (space, no-break space,
thin and narrow no-break space), "3.000" (German, Italian thousands), Indian "3,00,000" and
Swiss "1'000" / "1’000"; ``1000`` never finds "7.000".

Reported by the acceptance tester: these were split ("3 000" was the words 3 and 000) or read
as decimals. Where the reading is certain the number is indexed once without separators; "3.000"
is 3000 in Germany and three in Britain, so both readings are indexed at one position. Variants
of our own: several groups ("1 250 000", "1.500.000", "12,34,56,789"), a decimal comma after
dot groups ("3.000,50"), a percentage ("3 000 %"). The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.corpus.tokens import fold, number_forms, search_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "fr_space": "Manifestation\n\nPrès de 3 000 personnes ont défilé, et 1 250 000 euros ont été promis.\n",
    "fr_nbsp": "Grève\n\nEnviron 3\u00a0000 agents sont en grève depuis lundi.\n",
    "fr_thin": "Budget\n\nLe budget atteint 3\u2009000 euros, soit 12\u202f500 de moins.\n",
    "de_dot": "Demonstration\n\nRund 3.000 Menschen kamen, und 1.500.000 Euro wurden gesammelt.\n",
    "de_decimal": "Haushalt\n\nDer Posten beträgt 3.000,50 Euro, sagte die Ministerin.\n",
    "it_dot": "Sciopero\n\nCirca 7.000 lavoratori hanno scioperato a Milano.\n",
    "in_lakh": "Relief\n\nThe state released Rs 3,00,000 to each family and 12,34,56,789 in total.\n",
    "ch_straight": "Abstimmung\n\nRund 1'000 Stimmen fehlten in Zürich.\n",
    "ch_curly": "Abstimmung\n\nRund 1’000 Stimmen fehlten in Basel.\n",
    "en_comma": "Rally\n\nAbout 3,000 people marched, and 1,000 more joined later.\n",
    "en_plain": "Rally\n\nSome 3000 people came; the turnout rose 3 000 % since March.\n",
    "en_decimal": "Measure\n\nThe ratio was 1.5 in May and 11.5 in June; 1.50 is the target.\n",
    "en_years": "Season\n\nThe 2025-26 season starts; in 2019 300 people came.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("number_formats")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str) -> set[str]:
    res = ws.search(query, limit=None)
    found = {h.doc for h in res.hits}
    assert res.total == len(found)
    return found


def lit(ws: Workspace, query: str, doc: str) -> list[str]:
    hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
    text = ws.corpus.article(doc).text
    return [text[a:b] for a, b in hit.spans]


THREE_THOUSAND = {"fr_space", "fr_nbsp", "fr_thin", "de_dot", "en_comma", "en_plain"}


@pytest.mark.parametrize("query", ["3000", "3,000", "3.000", '"3 000"', '"3\u00a0000"', "3000*"])
def test_every_way_of_writing_three_thousand_finds_every_other(ws: Workspace, query: str) -> None:
    # A prefix finds every number starting so: "300000", "3000,50" too.
    want = THREE_THOUSAND | ({"in_lakh", "de_decimal"} if query.endswith("*") else set())
    assert docs(ws, query) == want


# Typed without quotes, as a French reader writes it: the one number, not "3" and "000" (which
# found neither "3 000" nor "3,000", and any article with a 3 and a 000 apart).
@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("3 000", THREE_THOUSAND),
        ("personnes 3 000", {"fr_space"}),
        ("1 250 000", {"fr_space"}),
        ("12 500 OR 1 250 000", {"fr_thin", "fr_space"}),
        ("3 000 %", {"en_plain"}),
        ("2019 300", {"en_years"}),  # four digits are not a group: two numbers, as in the text
    ],
)
def test_a_number_grouped_with_spaces_is_searched_as_one(ws: Workspace, query: str, want: set[str]) -> None:
    assert docs(ws, query) == want


@pytest.mark.parametrize(
    ("doc", "written"),
    [("fr_space", "3 000"), ("fr_nbsp", "3\u00a0000"), ("fr_thin", "3\u2009000"), ("de_dot", "3.000")],
)
def test_the_number_is_lit_as_written(ws: Workspace, doc: str, written: str) -> None:
    assert lit(ws, "3000", doc) == [written]


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("1000", {"ch_straight", "ch_curly", "en_comma"}),  # never "7.000"
        ("1,000", {"ch_straight", "ch_curly", "en_comma"}),
        ("7000", {"it_dot"}),
        ("7,000", {"it_dot"}),
        ("300000", {"in_lakh"}),
        ("3,00,000", {"in_lakh"}),
        ("123456789", {"in_lakh"}),
        ("1250000", {"fr_space"}),
        ("1500000", {"de_dot"}),
        ("1,500,000", {"de_dot"}),
        ("12500", {"fr_thin"}),
        ("3000,50", {"de_decimal"}),
        ("3000%", {"en_plain"}),
        ("1.5", {"en_decimal"}),  # never "11.5", "1.50" or "1.500.000"
        ("2025", {"en_years"}),
        ("300", {"en_years"}),  # "2019 300": four digits are not a group
        ("2019", {"en_years"}),
    ],
)
def test_each_number_finds_its_own_value_only(ws: Workspace, query: str, want: set[str]) -> None:
    assert docs(ws, query) == want


def test_an_ambiguous_dot_keeps_both_readings() -> None:
    assert number_forms("3.000") == ("3000", "3.000")
    assert number_forms("7.000%") == ("7000%", "7.000%")
    for certain, form in [
        ("3,000", "3000"),
        ("3 000", "3000"),
        ("1'000", "1000"),
        ("3,00,000", "300000"),
        ("1.500.000", "1500000"),
        ("3.000,50", "3000,50"),
        ("0.500", "0.500"),
        ("1.5", "1.5"),
        ("1,5", "1,5"),
        ("3,000.5", "3000.5"),
    ]:
        assert number_forms(certain) == (form,), certain
    # One token, whatever the separator; not across four digits or before a unit.
    for text in ["3 000", "3\u00a0000", "3\u2009000", "3\u202f000", "1'000", "1’000", "12 345 678"]:
        assert [t for t, _, _ in search_tokens(text)] == [text]
    for text, tokens in [("2019 300", ["2019", "300"]), ("3 000m", ["3", "000m"]), ("it’s 5", ["it", "s", "5"])]:
        assert [t for t, _, _ in search_tokens(text)] == tokens
    assert fold("1’000") == "1'000"


def test_find_in_the_article_reads_numbers_alike() -> None:
    """The reader's ``ctrl+f`` uses the same tokens: "3000" finds "3.000" and "3 000", and a
    decimal being typed ("3.0") still finds "3.000" as written."""
    text = "Rund 3.000 Menschen, 3 000 personnes, 7.000 lavoratori."
    tokens = text_tokens(text)
    assert [text[a:b] for a, b in find_spans(tokens, "3000")] == ["3.000", "3 000"]
    assert [text[a:b] for a, b in find_spans(tokens, "3.0")] == ["3.000"]
    assert find_spans(tokens, "1000") == []
