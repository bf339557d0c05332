"""A name typed in one article types its untyped mentions in the others (tester, issue #13 N7,
corpus /tmp/t13s16b/dam: "Veldhaven" a place in one article and missed in another, or taken as
the short form of "Veldhaven Water Authority"; the hydrologist "Okonkwo" and the firm "Hydrolyne"
apart from "Samuel Okonkwo" and "Hydrolyne Corp"). ``entities --json`` groups them as one entity
(corpus_votes.corpus_mentions). The first corpus holds the reported sentences; the others are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "ap.txt": "Deadly dam collapse in Veldhaven\n\nVELDHAVEN, Netherlands (AP) — Nine people died when a dam "
    "collapsed above Veldhaven on Friday, officials said.\n\nTrains between Veldhaven and Oostmark were "
    "suspended until further notice.\n\nHydrolyne Corp, which operates the dam, said repairs would cost "
    "€40 million.\n",
    "bbc.txt": "Veldhaven dam: What we know\n\nAt least nine people have been killed after a dam burst above "
    "the Dutch town of Veldhaven.\n\nTrains between Veldhaven and Oostmark were suspended until further notice.\n",
    "dw.txt": "Dam failure leaves town under water\n\nAt least 11 people died in the Veldhaven dam breach, "
    "according to the Veldhaven Water Authority.\n\nOkonkwo said the river had been rising for days.\n",
    "guardian.txt": "Questions mount over dam after deadly breach\n\nTrains between Veldhaven and Oostmark were "
    "suspended until further notice.\n\nHydrolyne put the repair bill at €65 million. Engineers had warned "
    "about the ageing spillway, Dr Samuel Okonkwo, a hydrologist, said.\n",
}
FERRY = {
    "a.txt": "Ferry strike spreads\n\nFerries from the port of Skarnholm were cancelled on Monday.\n\n"
    "Brevik Lines Ltd said talks would resume.\n",
    "b.txt": "Strike talks\n\nBuses between Skarnholm and Tolvik ran all night. Union leader Ada Lindqvist "
    "said workers were ready.\n",
    "c.txt": "Talks resume\n\nLindqvist met managers of Brevik Lines on Tuesday. Brevik offered a raise.\n\n"
    "Crowds gathered in Skarnholm and Tolvik.\n",
}
MINE = {
    "a.txt": "Mine flooded\n\nWater flooded the mine near the town of Ostrava Nova, mayor Petr Hrubec said.\n\n"
    "Karbomex Corp said no one was hurt.\n",
    "b.txt": "Mine reopens\n\nKarbomex reopened the shaft on Friday. Hrubec said the town was relieved.\n",
}


def run(capsys: pytest.CaptureFixture[str], root: Path, files: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """Each entity's type → name → the docs naming it in their content."""
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    found: dict[str, dict[str, list[str]]] = {}
    for e in json.loads(out)["entities"]:
        docs = sorted({m["doc"] for m in e["mentions"] if m["in"] == "content"})
        found.setdefault(e["type"], {})[e["name"]] = docs
    return found


@pytest.mark.parametrize(
    ("files", "label", "name", "docs"),
    [
        (REPORTED, "GPE", "Veldhaven", ["ap", "bbc", "dw", "guardian"]),
        (REPORTED, "GPE", "Oostmark", ["ap", "bbc", "guardian"]),
        (REPORTED, "PERSON", "Samuel Okonkwo", ["dw", "guardian"]),
        (REPORTED, "ORG", "Hydrolyne Corp", ["ap", "guardian"]),
        (FERRY, "GPE", "Skarnholm", ["a", "b", "c"]),
        (FERRY, "GPE", "Tolvik", ["b", "c"]),
        (FERRY, "PERSON", "Ada Lindqvist", ["b", "c"]),
        (MINE, "PERSON", "Petr Hrubec", ["a", "b"]),
        (MINE, "ORG", "Karbomex Corp", ["a", "b"]),
    ],
)
def test_a_name_typed_in_one_article_is_that_entity_in_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], label: str, name: str, docs: list[str]
) -> None:
    found = run(capsys, tmp_path / "c", files)
    assert found.get(label, {}).get(name) == docs, found


def test_a_place_is_no_short_form_of_the_body_named_after_it_across_articles(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    found = run(capsys, tmp_path / "c", REPORTED)
    # "Veldhaven" alone is the town in dw.txt too; the authority keeps its full name only.
    assert "Veldhaven" not in found.get("ORG", {})
    assert found["ORG"].get("Veldhaven Water Authority") == ["dw"]
