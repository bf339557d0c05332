"""A byline's author with the article's stamp after a dot or bar ("By Sofia Brandt · 9 November
2026") is one Person, her given name no Place though a city is so named (t13ae P14: "Sofia" was
a Place, no Person "Sofia Brandt"). The reported byline and variants (other names, separators,
date forms), run through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_BODY = (
    "Twelve people have died in a landslide that engulfed the mountain town of Brenzola, officials said on "
    "Monday. Rescuers worked through the night to reach the buried homes.\n"
)


@pytest.mark.parametrize(
    ("byline", "author", "given"),
    [
        ("By Sofia Brandt · 9 November 2026", "Sofia Brandt", "Sofia"),
        ("By Paris Lindqvist | 3 March 2026", "Paris Lindqvist", "Paris"),
        ("By Florence Adeyemi • March 3, 2026", "Florence Adeyemi", "Florence"),
    ],
    ids=["reported", "bar", "bullet-us-date"],
)
def test_a_bylines_author_before_its_stamp_is_a_person(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, byline: str, author: str, given: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Landslide buries homes in Brenzola\n\n{byline}\n\n{_BODY}", encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    entities = json.loads(out)["entities"]
    types = {e["name"]: e["type"] for e in entities}
    assert types.get(author) == "PERSON", entities
    assert given not in types, entities
