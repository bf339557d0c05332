"""Issue #16, round s32-j: ``entities --json`` and ``facts --json`` read each bare four-digit number
the same way, a year or a count (one rule, ``figures.is_year``). Before, the entity recogniser's own
year pattern made "The storm displaced 2000 people", "About 1900 children" and "the 2000 homes"
DATE mentions while the fact sheet counted people displaced, rescued and homes."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    # reported forms
    "a.txt": (
        "Floods in the valley\n\n"
        "The storm displaced 2000 people in the valley. About 1900 children were rescued. "
        "The council shelved its 2021 expansion plans. The town has grown since 1998.\n"
    ),
    # variants of our own: other nouns and verbs, a year after "in"
    "b.txt": (
        "Floods again\n\n"
        "Rescuers reached 1850 villagers by Tuesday, officials said. "
        "Crews began rebuilding the 2000 homes destroyed in 2019.\n"
    ),
    "c.txt": "Fishing fleet\n\nOfficials said 2024 fishermen were still missing. The port opened in 1911.\n",
}


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """((doc, number) → the entity's label, (doc, number) → the fact sheet's kind)."""
    root = tmp_path_factory.mktemp("one_year_rule")
    folder = root / "c"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    base = ["--corpus", str(folder), "--index-dir", str(root / "i")]

    def run(command: str) -> dict[str, list[dict[str, object]]]:
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            assert main([*base, command, "--json"]) == 0
        return json.loads(buffer.getvalue())

    labels = {
        (str(m["doc"]), str(m["text"])): str(e["type"])
        for e in run("entities")["entities"]
        if e["type"] in ("DATE", "CARDINAL")
        for m in e["mentions"]  # type: ignore[attr-defined]
    }
    kinds = {
        (str(v["doc"]), str(int(v["value"]))): str(v["kind"])
        for f in run("facts")["facts"]
        for v in f["values"]  # type: ignore[attr-defined]
        if v["kind"] in ("year", "count")
    }
    return labels, kinds


@pytest.mark.parametrize(
    ("doc", "number", "kind"),
    [
        ("a", "2000", "count"),
        ("a", "1900", "count"),
        ("a", "2021", "year"),
        ("a", "1998", "year"),
        ("b", "1850", "count"),
        ("b", "2000", "count"),
        ("b", "2019", "year"),
        ("c", "2024", "count"),
        ("c", "1911", "year"),
    ],
)
def test_entities_and_facts_agree(
    readings: tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]], doc: str, number: str, kind: str
) -> None:
    labels, kinds = readings
    # (a year is never a count; one article's bare year is no row of the fact sheet at all since
    # round s40-y1, t13ah N9: "since 1998", "its 2021 expansion plans")
    assert kinds.get((doc, number)) in ((kind,) if kind == "count" else (kind, None)), kinds
    assert labels.get((doc, number)) == {"year": "DATE", "count": "CARDINAL"}[kind], labels
