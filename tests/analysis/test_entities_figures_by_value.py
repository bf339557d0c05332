"""A figure's entity is its value, not its spelling (issue #16, "one figure recogniser"; round
s41-x): "$2.5m" in one article and "$2.5 million" in another were two MONEY entities in
``entities --json`` (and in the matrix, two rows), as were "5 pct"/"5%", "40 km"/"40 kilometres",
"twelve"/"12", "$1.8 bln"/"$1.8 billion"; ``entity:"$2.5m"`` found only the article writing it so.
Each kind is keyed by the value the figure recogniser reads (``patterns.figure_value_name``),
shown by its value spelled one way (``figure_names.figure_shown``: the same name whichever articles
are counted, round s49-f), never by its key; a range and another currency stay apart, a bound
("over") is the same figure with its bound (t13ap N21). The first article pair holds the reported forms; the rest are
invented variants, two per kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

ARTICLES = {
    # the reported forms, one spelling each
    "a.txt": "Harbour fund grows\n\nThe Harbour Trust raised $2.5m for the pier, a rise of 5 pct. The road "
    "runs 40 km to the coast, and twelve boats were lost. The state added $1.8 bln.\n",
    "b.txt": "Pier appeal succeeds\n\nThe Harbour Trust said it raised $2.5 million for the pier, up 5%. The "
    "road runs 40 kilometres to the coast and 12 boats were lost. The state added $1.8 billion.\n",
    # invented variants: other currencies, percent words, units and number words
    "c.txt": "Dock repairs\n\nThe port spent €40m and £3.2bn on repairs. Fees rose 12 per cent and 7.5 percent. "
    "Crates of 15 kg went 60 miles by road. Thirty five thousand workers and seven ships waited. The "
    "rise was 5%. Only 200 came.\n",
    "d.txt": "Dock costs\n\nThe port spent 40 million euros and £3.2 billion on repairs. Fees rose 12% and "
    "7.5%. Crates of 15 kilograms went 60 mi by road. Some 35,000 workers and 7 ships waited. Over $5 "
    "million was pledged, $5 million of it by the city, 200-300 people helped and €2.5 million came "
    "from Brussels.\n",
}

# (label, spellings of one value across the articles, the name shown: the value spelled one way)
ONE_ENTITY = [
    pytest.param("MONEY", {"$2.5m", "$2.5 million"}, None, id="reported_money"),
    pytest.param("PERCENT", {"5 pct", "5%"}, "5%", id="reported_percent"),
    pytest.param("QUANTITY", {"40 km", "40 kilometres"}, None, id="reported_quantity"),
    pytest.param("CARDINAL", {"twelve", "12"}, None, id="reported_cardinal"),
    pytest.param("MONEY", {"$1.8 bln", "$1.8 billion"}, None, id="reported_wire_money"),
    pytest.param("MONEY", {"€40m", "40 million euros"}, "€40 million", id="variant_money_euro_words"),
    pytest.param("MONEY", {"£3.2bn", "£3.2 billion"}, None, id="variant_money_pounds"),
    pytest.param("PERCENT", {"12 per cent", "12%"}, None, id="variant_percent_per_cent"),
    pytest.param("PERCENT", {"7.5 percent", "7.5%"}, None, id="variant_percent_decimal"),
    pytest.param("QUANTITY", {"15 kg", "15 kilograms"}, None, id="variant_quantity_kg"),
    pytest.param("QUANTITY", {"60 miles", "60 mi"}, None, id="variant_quantity_miles"),
    pytest.param("CARDINAL", {"Thirty five thousand", "35,000"}, None, id="variant_cardinal_words"),
    pytest.param("CARDINAL", {"seven", "7"}, None, id="variant_cardinal_small"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("figures_by_value")
    (root / "corpus").mkdir()
    for name, text in ARTICLES.items():
        (root / "corpus" / name).write_text(text, "utf-8")
    return root


@pytest.fixture(scope="module")
def listed(corpus: Path) -> list[dict[str, object]]:
    """``entities --json``'s figure entities (one CLI run for the module)."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--corpus", str(corpus / "corpus"), "--index-dir", str(corpus / "ix"), "entities", "--json"])
    assert code == 0
    figures = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
    return [e for e in json.loads(out.getvalue())["entities"] if e["type"] in figures]


def _holding(listed: list[dict[str, object]], label: str, written: str) -> list[dict[str, object]]:
    return [
        e
        for e in listed
        if e["type"] == label and any(m["text"] == written for m in e["mentions"])  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize(("label", "spellings", "name"), ONE_ENTITY)
def test_one_value_written_two_ways_is_one_entity(
    listed: list[dict[str, object]], label: str, spellings: set[str], name: str | None
) -> None:
    homes = {id(e): e for s in spellings for e in _holding(listed, label, s)}
    assert len(homes) == 1, [(e["name"], [m["text"] for m in e["mentions"]]) for e in homes.values()]  # type: ignore[attr-defined]
    (ent,) = homes.values()
    written = {m["text"] for m in ent["mentions"]}  # type: ignore[attr-defined]
    assert spellings <= written
    # shown by its value spelled one way (a spelling these articles write but the euro's), never by
    # its key
    assert name is not None or ent["name"] in written
    if name is not None:
        assert ent["name"] == name


@pytest.mark.parametrize(
    ("label", "one", "other"),
    [
        pytest.param("MONEY", "€2.5 million", "$2.5 million", id="currency_apart"),
        pytest.param("CARDINAL", "200-300", "200", id="range_apart"),
    ],
)
def test_another_qualifier_range_or_currency_stays_apart(
    listed: list[dict[str, object]], label: str, one: str, other: str
) -> None:
    assert _holding(listed, label, one) and _holding(listed, label, other)
    assert not [e for e in _holding(listed, label, one) if e in _holding(listed, label, other)]


@pytest.fixture(scope="module")
def ws(corpus: Path) -> Workspace:
    workspace = Workspace(corpus / "corpus", corpus / "ix-search")
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize(
    ("query", "docs", "lit"),
    [
        pytest.param('entity:"$2.5m"', {"a", "b"}, {"a": "$2.5m", "b": "$2.5 million"}, id="reported"),
        pytest.param('who:"5 pct"', {"a", "b", "c"}, {"b": "5%"}, id="variant_percent"),
        pytest.param("who:seven", {"c", "d"}, {"d": "7"}, id="variant_cardinal"),
    ],
)
def test_an_entity_search_by_one_spelling_finds_every_spelling(
    ws: Workspace, query: str, docs: set[str], lit: dict[str, str]
) -> None:
    results = ws.search(query, limit=None)
    assert {h.doc for h in results.hits} == docs
    for doc, written in lit.items():
        opened = ws.open_article(doc, query=query)
        assert written in {opened.article.text[s:e] for s, e in opened.matches}, opened.matches


def test_a_bound_is_searched_as_its_figure(ws: Workspace) -> None:
    """ "over $5 million" is the figure $5 million with a bound (t13ap N21: one row of the matrix,
    as the fact sheet compares a bound with its value): found wherever $5 million is written."""
    assert {h.doc for h in ws.search('who:"over $5 million"', limit=None).hits} == {"d"}
    assert {h.doc for h in ws.search('who:"$5 million"', limit=None).hits} == {"d"}


@pytest.mark.parametrize(
    ("label", "written"),
    [
        pytest.param("QUANTITY", "40 KM", id="quantity_in_capitals"),
        pytest.param("PERCENT", "5 PCT", id="percent_in_capitals"),
        pytest.param("CARDINAL", "TWELVE", id="number_word_in_capitals"),
    ],
)
def test_a_figure_written_only_in_capitals_is_shown_by_its_value_never_by_its_key(label: str, written: str) -> None:
    # a headline's figure: shown by its value ("40 km", "5%", "12"), never by its key ("=km|40")
    from waic_reader.index.analysis.entities.mentions import Entity, Mention
    from waic_reader.index.analysis.entities.patterns import figure_mentions
    from waic_reader.index.analysis.entities.spellings import corpus_named, written_name
    from waic_reader.index.analysis.kept_mentions import spellings

    ((s, e, found, name),) = figure_mentions(written)
    assert (found, written[s:e]) == (label, written)
    mention = Mention(s, e, written, label, f"{label}:{name}")
    ent = Entity(mention.key, name, label, [("a", mention)])
    shown = {"QUANTITY": "40 km", "PERCENT": "5%", "CARDINAL": "12"}[label]
    assert written_name(ent) == shown
    assert corpus_named(ent, spellings([[mention]])) == shown
