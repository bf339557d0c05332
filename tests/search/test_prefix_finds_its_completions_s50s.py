"""A prefix finds at least what each of its completions finds (README, Queries: "the results never
grow as you type on"), and a number prefix finds the numbers that, written with separators, start
with it: ``3,000*`` finds "3,000" and "3,000,000", never "30,000" (issue #13/#14; t13at N5, N8).

Reported (t13at N5): a dot as thousands separator, ``1.200*`` found "12,000", ``12.00*`` found fewer
than ``12.000``, ``1.20*`` missed "1,200"; variants of my own: ``3.400*`` / ``34.00*`` and a
seven-digit "1.200.000". Reported (t13at N8): ``€1.2*`` and ``€1.2b*`` found nothing where
``€1.2bn`` finds the article (variant: ``£3.4*`` of "£3.4m"); submitted ``02:05*`` missed "02.05"
that ``02:05`` finds (variant: ``07:40*`` of "07.40"); submitted ``Goñi-*`` found nothing where
``Goñi-Olabarria`` finds it (variants ``Castellanos-*``, ``Ruiz-*``). Then the property itself over
a small multilingual corpus: every word, every prefix, submitted (``p*``) and typed (``p``)."""

from __future__ import annotations

import re

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.errors import QueryError
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "es": "Presupuesto\n\nUnas 12.000 personas y 1.200 millones de euros. El puente costó 3.400 euros a las 02.05.\n",
    "dams": "Dams\n\nThere are 1,200 large dams and 3,400 small bridges in the region.\n",
    "big": "Flood\n\nAbout 12,000 people and 34,000 homes were hit by the flood.\n",
    "million": "Budget\n\nThe plan costs 1.200.000 euros, the council said.\n",
    "money": "Damage\n\nDamage is estimated at €1.2bn, and £3.4m more for the roads.\n",
    "clock": "Alarm\n\nThe alarm sounded at 02:05 and the sirens at 07:40 in the valley.\n",
    "blog": "Live\n\n07.40 CET The river is rising. Mayor Goñi-Olabarria spoke to residents.\n",
    "names": "Rescue\n\nColonel Castellanos-Hart and Ana Ruiz-Calderón led the teams. Größere Schäden in Köln.\n",
    "misc": "Misc\n\nThe 1.25 ratio and 120 pumps; Spain's Peñarrubia, São Paulo and Zürich donors.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("prefix_completions"), ARTICLES)


def docs(ws: Workspace, query: str, typing: bool = False) -> set[str]:
    res = ws.search(query, limit=None, typing=typing)
    return {h.doc for h in res.hits}


def lit(ws: Workspace, query: str) -> dict[str, set[str]]:
    res = ws.search(query, limit=None)
    return {h.doc: {ws.corpus.article(h.doc).text[a:b] for a, b in h.spans} for h in res.hits}


@pytest.mark.parametrize(
    ("prefix", "want"),
    [
        ("1.200*", {"es", "dams", "million"}),  # reported: never "12,000"
        ("3.400*", {"es", "dams"}),  # never "34,000"
        ("1.200.0*", {"million"}),
    ],
)
def test_a_dotted_number_prefix_is_read_with_its_grouping(ws: Workspace, prefix: str, want: set[str]) -> None:
    assert docs(ws, prefix) == want
    assert docs(ws, prefix[:-1], typing=True) == want
    assert "12,000" not in {w for words in lit(ws, prefix).values() for w in words}


@pytest.mark.parametrize(
    ("prefix", "word"),
    [
        ("12.00*", "12.000"),  # reported
        ("1.20*", "1.200"),  # reported
        ("34.00*", "34.000"),
        ("€1.2*", "€1.2bn"),  # reported
        ("€1.2b*", "€1.2bn"),  # reported
        ("£3.4*", "£3.4m"),
        ("02:05*", "02:05"),  # reported: "02.05" too
        ("07:40*", "07:40"),
        ("Goñi-*", "Goñi-Olabarria"),  # reported
        ("Castellanos-*", "Castellanos-Hart"),
        ("Ruiz-*", "Ruiz-Calderón"),
    ],
)
def test_a_reported_prefix_finds_what_its_completion_finds(ws: Workspace, prefix: str, word: str) -> None:
    found = docs(ws, word)
    assert found
    assert docs(ws, prefix) >= found
    assert docs(ws, prefix[:-1], typing=True) >= found


def _words() -> list[str]:
    out: list[str] = []
    for text in ARTICLES.values():
        for raw in text.split():
            word = raw.strip(".,;:")
            if re.search(r"\w", word) and word not in out:
                out.append(word)
    return out


@pytest.mark.parametrize("word", _words())
def test_every_prefix_of_every_word_finds_at_least_the_word(ws: Workspace, word: str) -> None:
    found = docs(ws, word)
    for end in range(2, len(word)):
        prefix = word[:end]
        if not re.sub(r"[\W_]", "", prefix):
            continue
        if prefix.endswith(":"):
            # "02:" of a time: the hour's times with a colon only, by the README's choice (round
            # s49-c, test_typed_hour_colon: its sixty minutes' dot forms are any price "9.45");
            # so it misses "02.05", which "02:05" finds (left open, reported in s50-s)
            continue
        want = found
        if re.fullmatch(r"\d+\.\d?", prefix):
            # "1.2" of "1.200": a decimal being written, read as written only (review s50-rv2 #4,
            # round s51-f, README: "12.5*" never lights "12,500"), so it finds the word as the
            # text writes it, not the same number written with commas, which "1.20*" finds;
            # nor "1.200.000", no decimal
            written = {doc for doc, text in ARTICLES.items() if word in {w.strip(".,;:") for w in text.split()}}
            want = written if word.count(".") == 1 else set()
        try:
            submitted = docs(ws, prefix + "*")
        except QueryError:
            submitted = None  # refused with a reason (too short): no result to compare
        if submitted is not None:
            assert submitted >= want, (prefix + "*", word)
        assert docs(ws, prefix, typing=True) >= want, (prefix, word)
