"""``who:`` by a firm's whole name finds an article that opens with a name the corpus types and
names the firm by a short form further down (t13p F12, round s29-j: the live blog "Rocío Alto
dam collapse: live updates … Hidroandina has not commented" was found by ``who:Hidroandina``
but not by ``who:"Hidroandina Energía S.A."``, which the entity list gives it: the name added
at the article's first character took its other names out of the search's grouping). The
reported input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    # (the firm's whole name, its short form, the name the blog opens with)
    ("Hidroandina Energía S.A.", "Hidroandina", "Rocío Alto"),  # reported
    ("Kestrel Hydro Holdings Ltd", "Kestrel Hydro", "Marta Lindqvist"),
    ("Vardø Kraftverk AS", "Vardø Kraftverk", "Ingrid Sorvaag"),
]


def _docs(capsys: pytest.CaptureFixture[str], args: list[str]) -> list[str]:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return sorted(h["doc"] for h in json.loads(out)["hits"])


@pytest.mark.parametrize(("firm", "short", "opener"), CASES)
def test_who_finds_the_article_opening_with_a_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, firm: str, short: str, opener: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        f"Dam firm under fire\n\nLIMA, June 3 (Wirex) - {firm} owns the dam. Officials in Huaraz said "
        f"{opener} had been told in May. {short} declined to comment.\n",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        f"{opener} dam collapse: live updates\n\nRescuers reached the valley on Wednesday evening, officials "
        f"said.\n\nA spokesman for {short} said the company had not been warned.\n",
        encoding="utf-8",
    )
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    assert _docs(capsys, [*base, "search", f'who:"{firm}"', "--json"]) == ["a", "b"]
    assert _docs(capsys, [*base, "search", f'who:"{short}"', "--json"]) == ["a", "b"]
