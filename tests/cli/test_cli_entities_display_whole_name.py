"""The entity list, an article's entities and the timeline show an entity by the spelling its
articles write the whole name in most often (t13u F10, round s32-a): the stadium written
"Estadio Monteluz" in most articles, "Estádio Monteluz" once and "Estadio Monteluz de Cordaleza"
once showed as "Estadio Monteluz de Cordaleza". A name without its closing complement ("de
Cordaleza", "do Entroncamento", "of Halvik") is the whole name; a person's is still the full name.
``entities --json`` (all articles and one), ``timeline --json`` and ``who:`` search, on the
reported shape and invented variants (French, Portuguese, English)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    # (the name written most, another spelling of it, the long form written once, the town, a person)
    ("Estadio Monteluz", "Estádio Monteluz", "Estadio Monteluz de Cordaleza", "Cordaleza", "Emre Erdoğan"),
    ("Stade Rouvière", "Stade Rouviere", "Stade Rouvière de Lyssac", "Lyssac", "Julien Macron"),
    ("Museu Ferroviário", "Museu Ferroviario", "Museu Ferroviário do Entroncamento", "Entroncamento", "Rui Lourenço"),
    ("Brandvik Arena", "Brandvik Arena", "Brandvik Arena of Halvik", "Halvik", "Ingrid Sorvaag"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("short", "accented", "long", "town", "person"), CASES, ids=["estadio", "stade", "museu", "arena"]
)
def test_shown_by_the_whole_name_written_most(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, short: str, accented: str, long: str, town: str, person: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    surname = person.rsplit(maxsplit=1)[-1]
    (root / "a_local.txt").write_text(
        f"Crush at the {short}\n\n{town.upper()}, June 3 - Seven people died in a crush at the {long} on "
        f"Wednesday, officials said. {person}, a visitor, said the gates were shut.\n",
        encoding="utf-8",
    )
    for n in range(4):
        (root / f"b_wire{n}.txt").write_text(
            f"Update {n}\n\nThe {short} was closed on Thursday. Police said the {short} had one exit open. "
            f'"The {short} was full," {surname} said.\n',
            encoding="utf-8",
        )
    (root / "c_blog.txt").write_text(
        f"Notes\n\nFans laid flowers outside the {accented} on Friday.\n",
        encoding="utf-8",
    )
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    ents = _run(capsys, [*base, "entities", "--json"])["entities"]
    shown = {e["name"]: e for e in ents}
    assert short in shown and long not in shown, sorted(shown)
    assert {m["text"] for m in shown[short]["mentions"]} == {short, accented, long}
    assert person in shown and surname not in shown, sorted(shown)
    # one article's entities are named as the whole corpus names them
    one = {e["name"] for e in _run(capsys, [*base, "entities", "a_local", "--json"])["entities"]}
    assert short in one and long not in one, one
    first = _run(capsys, [*base, "timeline", "--json"])["first"]
    assert short in first and long not in first, sorted(first)
    hits = _run(capsys, [*base, "search", f'who:"{short}"', "--json"])["hits"]
    assert len(hits) == 6
