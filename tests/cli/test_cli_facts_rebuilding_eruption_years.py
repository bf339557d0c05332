"""``facts --json`` on the acceptance tester's volcano corpora (issue #16, round s36-x2; t13ac M28,
M13; the repro folders v31, v8 as written, and variants of my own).

M28: "will be rebuilt in two years' time" was a ``duration``, "will be rebuilt by 2029" a bare
``year``, "Rebuilding … will be finished in 2028" ``year of finishing``: one measure, the year the
rebuilding is done. M13: the label of an eruption's year was ``year of erupting``, a verb's form;
the table's events are labelled by their noun (``year of replacement``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]) -> list[dict[str, Any]]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = ["articles:"]
    for k, body in enumerate(texts):
        name = f"{'abcdefgh'[k]}.txt"
        (corpus / name).write_text(body + "\n", encoding="utf-8")
        lines.append(f"  {name}: {{outlet: Outlet{k}, date: 2026-06-1{1 + k // 2}}}")
    (corpus / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[dict[str, Any]] = json.loads(out)["facts"]
    return facts


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ac repro v31)
        [
            "The harbour will be rebuilt in two years' time.",
            "The harbour will be rebuilt by 2029.",
            "Rebuilding the harbour will be finished in 2028.",
            "The harbour is due to reopen next year.",
        ],
        # variants of my own: other things, the noun, reconstruction
        [
            "The school will be rebuilt in three years' time.",
            "The school is to be rebuilt by 2030.",
            "Reconstruction of the school will be completed in 2029.",
            "The school is due to reopen next year.",
        ],
        [
            "The pier will be reconstructed by 2028.",
            "Officials said the pier would be rebuilt by 2029.",
            "The rebuilding of the pier will be finished in 2028.",
            "The pier is due to reopen next year.",
        ],
    ],
)
def test_a_rebuildings_year_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]) -> None:
    facts = _facts(tmp_path, capsys, texts)
    rows = {f["label"]: (f["status"], sorted(v["doc"] for v in f["values"])) for f in facts}
    assert rows["year of rebuilding"] == ("disagree", ["a", "b", "c"])
    assert rows["year of reopening"][1] == ["d"]
    assert not any(f["label"] in ("year", "duration", "year of finishing") for f in facts)


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ac repro v8, a and d)
        ["Keldra last erupted in 1973, when 42 people were killed.", "The volcano last erupted 53 years ago."],
        # variants: other names, the noun
        ["Mount Orrin last erupted in 1980.", "Its last eruption was in 1980, the observatory said."],
        # ("last" written: a plain "erupted in 1991" is one of the volcano's eruptions, no value of
        # the last one's year, round s38-x1)
        ["The volcano last erupted in 1991, officials recalled.", "The volcano last erupted 35 years ago."],
    ],
)
def test_an_eruptions_year_is_labelled_by_its_noun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    labels = {f["label"]: sorted(v["doc"] for v in f["values"]) for f in facts}
    assert labels.get("year of eruption") == ["a", "b"]
    assert not any(label.startswith("year of erupt") and label != "year of eruption" for label in labels)
