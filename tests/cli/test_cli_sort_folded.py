"""Titles and outlets sort A-Z with accents and case folded, as search folds them: "Écho du Nord"
among the E's, never after "Zeit" (``casefold`` alone put every accented first letter after Z).
The library sorts with the same key (``listing.sort_rows``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import run_json

from waic_reader.index.corpus.listing import sort_rows


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # the reported input
        (["Zeit", "Écho du Nord", "Ouest-France"], ["Écho du Nord", "Ouest-France", "Zeit"]),
        # letters Unicode decomposition leaves alone, and a dotted capital I
        (
            ["Zürich vote", "Łódź fire", "Oslo", "İstanbul quake"],
            ["İstanbul quake", "Łódź fire", "Oslo", "Zürich vote"],
        ),
        # one name with and without its accents, and a missing value last
        (["École", "", "Ecole", "Dakar"], ["Dakar", "Ecole", "École", ""]),
    ],
)
def test_sort_rows_folds_accents_and_case(values: list[str], expected: list[str]) -> None:
    rows = [{"doc": f"d{n}", "outlet": v, "title": v} for n, v in enumerate(values)]
    for key in ("outlet", "title"):
        assert [r[key] for r in sort_rows(rows, key)] == expected
        assert [r[key] for r in sort_rows(list(reversed(rows)), key)] == expected


def test_list_sort_outlet_folds_accents(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, outlet in (("a", "Zeit"), ("b", "Écho du Nord"), ("c", "Ouest-France")):
        (corpus / f"{name}.md").write_text(
            f"---\nsource: {outlet}\n---\nA fire broke out in the port on Monday, officials said.\n", "utf-8"
        )
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--sort", "outlet"]
    assert [r["doc"] for r in run_json(capsys, *base)["articles"]] == ["b", "c", "a"]
