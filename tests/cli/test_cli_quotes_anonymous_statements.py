"""``quotes --json``: one anonymous statement told by several outlets is one statement (issue #16,
round s37-q; t13ab L10 and t13ac v11/v27 asked for it, s36-x3 left it).

Quotes of unnamed sources ("…, a source close to the investigation said.", "officials, speaking
anonymously, told reporters", "Sources told the Courier") were listed as unattributed, one by
one, and never lined up across outlets: grouping left every quote without a speaker out. They are
lined up as one speaker's quotes are, under the one label "Anonymous source", and stay listed
under ``unattributed`` (marked ``"anonymous": true``), never under a speaker's name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEAD = "Driver warned before Harnwick crash\n\n"
TAIL = "\n\nThe train derailed near Harnwick on Tuesday, killing seven people.\n"


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def anonymous_statements(data: dict) -> list[list[str]]:
    return [
        sorted(m["doc"] for m in st["members"]) for st in data["statements"] if st["speakers"] == ["Anonymous source"]
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        # the reported articles (t13ab L10)
        (
            'According to a source close to the investigation, the driver "had been warned twice about speeding".',
            'The driver "had been warned twice about speeding", a source close to the investigation said.',
        ),
        # variants of my own: other sources' nouns and phrases, three outlets, curly marks
        (
            "The evacuation order “came far too late”, an official who spoke on condition of anonymity said.",
            "Sources told the Courier the evacuation order “came far too late”.",
            "The evacuation order “came far too late”, officials, speaking anonymously, told reporters.",
        ),
        # reported without quotation marks: a paraphrase of one another
        (
            "A person familiar with the inquiry said the signals had been red for a full minute before the crash.",
            "The signals were red for a full minute before the crash, people familiar with the inquiry said.",
        ),
    ],
)
def test_one_anonymous_statement_across_outlets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentences: tuple[str, ...]
) -> None:
    files = {f"{chr(97 + i)}.txt": HEAD + s + TAIL for i, s in enumerate(sentences)}
    data = quotes(tmp_path, capsys, files)
    docs = sorted(f.removesuffix(".txt") for f in files)
    assert docs in anonymous_statements(data), data["statements"]
    # still listed as unattributed, marked anonymous, and under no speaker's name
    marked = sorted(q["doc"] for q in data["unattributed"] if q.get("anonymous"))
    assert marked == docs, data["unattributed"]
    assert not any(sp["name"] == "Anonymous source" for sp in data["speakers"]), data["speakers"]


def test_different_anonymous_statements_stay_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes(
        tmp_path,
        capsys,
        {
            "a.txt": HEAD
            + 'The driver "had been warned twice about speeding", a source close to the inquiry said.'
            + TAIL,
            "b.txt": HEAD
            + "The operator will sell its freight arm next year, people familiar with the talks said."
            + TAIL,
        },
    )
    assert anonymous_statements(data) == [], data["statements"]


def test_unnamed_groups_are_not_anonymous_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "Police said" is a body as written, not a source hiding its name: listed, not grouped
    data = quotes(
        tmp_path,
        capsys,
        {
            "a.txt": HEAD + "Police said the driver had been warned twice about speeding." + TAIL,
            "b.txt": HEAD + "The driver had been warned twice about speeding, police said." + TAIL,
        },
    )
    assert anonymous_statements(data) == [], data["statements"]
    assert not any(q.get("anonymous") for q in data["unattributed"]), data["unattributed"]
