"""One number is one row of the matrix's figures view however its article's language writes it and
whatever bound it is written with (t13ap N21, issue #16 "figures agree"): "23,000" in English and
"23.000" in a German article were two CARDINAL entities (the German dot read as a decimal point:
23), and "312" / "at least 312", "1,450" / "More than 1,450" were two each (the bound was part of the
key). A number is read with the separators of its article's language (CLDR's decimal symbol of the
language the one identifier tells: ``language.decimal_comma_languages``), and a bound is the same
figure with a bound, as the fact sheet compares them; its mention keeps the bound in its span. The
first articles hold the reported forms; the rest are invented variants (Spanish and Italian, another
bound, money)."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from waic_reader.index.analysis.figures import dot_thousands
from waic_reader.tui.cli.main import main

ARTICLES = {
    "courier.txt": "Harlow Ridge Fire kills four\n\nThe fire has destroyed at least 312 homes, officials said, as "
    "about 23,000 residents were ordered to leave. More than 1,450 firefighters were assigned to it.\n",
    "rundschau.txt": "Waldbrand in Kalifornien\n\nRund 23.000 Einwohner mussten ihre Häuser verlassen, nachdem "
    "sich das Feuer in der Nacht weiter ausgebreitet hatte. Nach Angaben der Behörden wurden 312 Häuser "
    "zerstört, und die Feuerwehr ist mit etwa 1.450 Kräften im Einsatz gegen die Flammen, die der Wind "
    "immer wieder anfacht.\n",
    "wire.txt": "Fire update\n\nThe blaze destroyed 312 homes. About 1,450 firefighters were on the lines and "
    "the state pledged over $5 million in aid, while 8.500 acres burned.\n",
    # invented variants: Spanish and Italian articles writing dot-grouped thousands
    "diario.txt": "Incendio en California\n\nMás de 8.500 hectáreas han ardido y unas 4.700 personas fueron "
    "evacuadas de sus casas durante la noche, según informaron las autoridades del condado, que pidieron a "
    "los vecinos que no regresen todavía a la zona afectada por el fuego.\n",
    "corriere.txt": "Incendio in California\n\nCirca 4.700 persone sono state evacuate dalle loro case durante "
    "la notte, secondo le autorità della contea, che hanno chiesto ai residenti di non tornare ancora nella "
    "zona colpita dalle fiamme, mentre il governo ha stanziato 5 milioni di dollari.\n",
    "brief.txt": "Evacuations\n\nSome 4,700 people left their homes. Officials pledged $5 million in aid.\n",
}


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    """``entities --json``'s figure entities (one CLI run for the module)."""
    root = tmp_path_factory.mktemp("figures_language_bound")
    (root / "corpus").mkdir()
    for name, text in ARTICLES.items():
        (root / "corpus" / name).write_text(text, "utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--corpus", str(root / "corpus"), "--index-dir", str(root / "ix"), "entities", "--json"])
    assert code == 0
    figures = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
    return [e for e in json.loads(out.getvalue())["entities"] if e["type"] in figures]


def _rows(listed: list[dict[str, object]], doc: str, written: str) -> list[dict[str, object]]:
    """The figure entities with a mention in ``doc`` written ``written``."""
    return [
        e
        for e in listed
        if any(m["text"] == written and m["doc"] == doc for m in e["mentions"])  # type: ignore[attr-defined]
    ]


def _one_row(listed: list[dict[str, object]], spellings: list[tuple[str, str]]) -> None:
    rows = {id(e): e for doc, written in spellings for e in _rows(listed, doc, written)}
    found = [(e["name"], [(m["doc"], m["text"]) for m in e["mentions"]]) for e in rows.values()]  # type: ignore[attr-defined]
    assert len(rows) == 1, found
    (row,) = rows.values()
    got = {(m["doc"], m["text"]) for m in row["mentions"]}  # type: ignore[attr-defined]
    assert set(spellings) <= got, found


@pytest.mark.parametrize(
    "spellings",
    [
        pytest.param([("courier", "23,000"), ("rundschau", "23.000")], id="reported_german_thousands"),
        pytest.param([("rundschau", "1.450"), ("wire", "1,450")], id="variant_german_1450"),
        pytest.param([("diario", "4.700"), ("corriere", "4.700"), ("brief", "4,700")], id="variant_spanish_italian"),
    ],
)
def test_a_number_is_read_with_its_articles_separators(
    listed: list[dict[str, object]], spellings: list[tuple[str, str]]
) -> None:
    _one_row(listed, spellings)


@pytest.mark.parametrize(
    "spellings",
    [
        pytest.param([("courier", "at least 312"), ("wire", "312"), ("rundschau", "312")], id="reported_at_least"),
        pytest.param([("courier", "More than 1,450"), ("wire", "1,450")], id="variant_more_than"),
        pytest.param([("wire", "over $5 million"), ("brief", "$5 million")], id="variant_over_money"),
    ],
)
def test_a_bound_is_the_same_figure_shown_with_its_bound(
    listed: list[dict[str, object]], spellings: list[tuple[str, str]]
) -> None:
    _one_row(listed, spellings)


def test_an_english_text_keeps_its_decimal_point() -> None:
    """The guard: an English article's "8.500 acres" is not regrouped by the language rule, and a
    short German line (too short to tell its language) keeps the English reading."""
    assert not dot_thousands(ARTICLES["wire.txt"])
    assert dot_thousands(ARTICLES["rundschau.txt"])
    assert dot_thousands(ARTICLES["diario.txt"])
