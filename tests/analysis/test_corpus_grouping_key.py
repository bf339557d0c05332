"""The corpus grouping the matrix and the Quotes screen share (``Workspace._corpus_grouping``)
is kept under a key of its inputs in their order, each text by its hash (s35-rv 14: the key
compared the inputs as dicts, so the same articles in another order were served the grouping
made for the first order, and it held every article's whole text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities import grouping
from waic_reader.index.analysis.entities.mentions import Entity, Mention
from waic_reader.index.workspace import Workspace

# The same two persons named in two articles each: which article comes first decides the
# order of each entity's mentions (corpus order), and so the grouping.
TEXTS = {
    "a": "Ingrid Sorvaag met Hiroshi Ueda in Halvi on Monday.",
    "b": "Hiroshi Ueda and Ingrid Sorvaag spoke in Halvi on Tuesday.",
    "c": "Later, Marta Eklund called Ingrid Sorvaag from Lindmark.",
}


def _mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for name in ("Ingrid Sorvaag", "Hiroshi Ueda", "Marta Eklund"):
        at = text.find(name)
        if at >= 0:
            out.append(Mention(at, at + len(name), name, "PERSON", f"PERSON:{name}"))
    return sorted(out, key=lambda m: m.start)


def _inputs(order: list[str]) -> tuple[dict[str, list[Mention]], dict[str, str], dict[str, list[tuple[int, int]]]]:
    return {d: _mentions(TEXTS[d]) for d in order}, {d: TEXTS[d] for d in order}, {d: [] for d in order}


def _shape(entities: list[Entity]) -> list[tuple[str, list[str]]]:
    return [(e.key, [doc for doc, _m in e.mentions]) for e in entities]


@pytest.mark.parametrize(
    "orders", [(["a", "b"], ["b", "a"]), (["a", "b", "c"], ["c", "b", "a"]), (["a", "c"], ["c", "a"])]
)
def test_the_same_articles_in_another_order_are_grouped_again(
    tmp_path: Path, orders: tuple[list[str], list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "corpus").mkdir()
    ws = Workspace(tmp_path / "corpus", tmp_path / "index")
    first, second = orders
    ws._corpus_grouping(*_inputs(first))
    got = ws._corpus_grouping(*_inputs(second))
    assert _shape(got) == _shape(grouping.group(*_inputs(second)))
    assert _shape(got) != _shape(grouping.group(*_inputs(first)))  # the order tells: the test can fail


def test_the_same_inputs_are_grouped_once_and_the_key_holds_no_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "corpus").mkdir()
    ws = Workspace(tmp_path / "corpus", tmp_path / "index")
    calls: list[int] = []
    original = grouping.group

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(grouping, "group", counting)
    ws._corpus_grouping(*_inputs(["a", "b", "c"]))
    ws._corpus_grouping(*_inputs(["a", "b", "c"]))  # equal inputs, other objects
    assert len(calls) == 1
    edited = _inputs(["a", "b", "c"])
    edited[1]["c"] = edited[1]["c"].replace("Later", "Then")  # one text edited, mentions as they were
    ws._corpus_grouping(*edited)
    assert len(calls) == 2
    held = ws._last_grouping
    assert held is not None

    def strings(x: object) -> list[str]:
        if isinstance(x, str):
            return [x]
        if isinstance(x, tuple | list):
            return [s for y in x for s in strings(y)]
        if isinstance(x, dict):
            return [s for k, v in x.items() for s in strings(k) + strings(v)]
        return []

    assert not set(strings(held[0])) & set(TEXTS.values()) and edited[1]["c"] not in strings(held[0])
