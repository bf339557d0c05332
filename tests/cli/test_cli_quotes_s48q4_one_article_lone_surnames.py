"""`quotes DOC` names a speaker as the unfiltered `quotes` does (round s48-q4, t13apr F3): a lone
surname in the chosen article is joined to the full name another article of the corpus writes
("Strzelecki" is "Ifeoma Strzelecki"), the one join of the whole listing, not a speaker of its own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    # the reported shape: the full name in one article, the surname alone in another
    "herald.txt": "Coroner update\n\nCoroner Ifeoma Strzelecki visited the morgue on Monday.\n",
    "wrap.txt": "Wrap\n\nStrzelecki said the victims would be named on Tuesday.\n",
    # variants: other names, a live blog's entry, a "told" tag
    "bulletin.txt": "Bulletin\n\nGovernor Rosalind Vantongeren toured the camp.\n\nSheriff Casimir Oduya-Lindqvist arrived later.\n",
    "blog.txt": ('Live\nPosted: Aug 21, 2026\n\n10:40 — Vantongeren says the state will "stand with the county."\n'),
    "radio.txt": "Radio\n\nOduya-Lindqvist told reporters the roads would reopen on Friday.\n",
}


def speakers(tmp_path: Path, capsys: pytest.CaptureFixture[str], *docs: str) -> dict[str, list[str]]:
    root = tmp_path / "c"
    root.mkdir(exist_ok=True)
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", *docs, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return {s["name"]: sorted(q["doc"] for q in s["quotes"]) for s in data["speakers"]}


@pytest.mark.parametrize(
    ("doc", "name"),
    [("wrap", "Ifeoma Strzelecki"), ("blog", "Rosalind Vantongeren"), ("radio", "Casimir Oduya-Lindqvist")],
)
def test_one_article_joins_as_the_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, name: str
) -> None:
    whole = speakers(tmp_path, capsys)
    assert whole.get(name) == [doc], whole
    one = speakers(tmp_path, capsys, doc)
    assert one == {name: [doc]}, one
