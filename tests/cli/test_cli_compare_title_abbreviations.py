"""`compare --json` keeps a sentence whole across another language's title before a name (t13n
F21: AFP's "The plant's director, Eng. João Galvão Simões, rejected the claim." was two
sentences, "The plant's director, Eng." and "João Galvão Simões, rejected the claim.", in
`only_a` and as two rows on the compare screen). The reported sentence and invented variants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "afp.txt": "Blast at chemical plant\n\n"
    "The plant's director, Eng. João Galvão Simões, rejected the claim.\n\n"
    "Arq. Rui Manuel Costa, who designed the warehouse, said it met the code.\n\n"
    "The site engineer, Ing. Tomáš Dvořák, was on leave.\n",
    "reuters.txt": "Plant director suspended\n\n"
    "Eng. João Galvão Simões was suspended pending the outcome of the prosecutor's inquiry.\n\n"
    "The town council met on Monday evening to discuss the evacuation.\n",
}


def compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    args = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "compare", "afp", "reuters", "--json"]
    assert main(args) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_a_title_before_a_name_keeps_its_sentence_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = compare(tmp_path, capsys)
    sentences = [s["text"] for s in data["only_a"]] + [p["a"]["text"] for p in data["pairs"]]
    sentences += [s["text"] for s in data["only_b"]] + [p["b"]["text"] for p in data["pairs"]]
    for whole in (
        "The plant's director, Eng. João Galvão Simões, rejected the claim.",
        "Arq. Rui Manuel Costa, who designed the warehouse, said it met the code.",
        "The site engineer, Ing. Tomáš Dvořák, was on leave.",
        "Eng. João Galvão Simões was suspended pending the outcome of the prosecutor's inquiry.",
    ):
        assert whole in sentences
    assert not any(s.endswith(("Eng.", "Arq.", "Ing.")) for s in sentences)
