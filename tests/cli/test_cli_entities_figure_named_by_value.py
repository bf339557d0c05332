"""A figure written with a bound is one entity with its bare value, named by that value the same in
``entities DOC`` and in the corpus's entity list (t13ap N21, issue #16 "facts"): "at least 312" and
"312", "More than 1,450" and "1,450", "at least four" and "four" were separate rows of the matrix's
figures view; joined (round s48-f3), the one entity was named by whichever spelling the counted
articles wrote ("At least 14" in ``entities DOC``, "14" in the corpus's list), and the 1,450 row
was labelled "More than 1,450", the spelling two of its four mentions wrote. A figure is now named
by its value spelled one way (``figure_names.figure_shown``), its mentions keeping their bound.
The first corpus holds the reported spellings; the others are invented variants (money with "up
to", a number word with "over")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "courier.txt": "Blaze grows\n\nAt least 312 homes burned near Harlow. More than 1,450 residents left, "
    "and at least four crews arrived overnight.\n",
    "wire.txt": "Fire update\n\nOfficials said 312 homes burned. About 1,450 residents left their houses "
    "and four crews arrived.\n",
    "press.txt": "County statement\n\nMore than 1,450 residents were evacuated from the valley.\n",
}
VARIANT_MONEY = {
    "ledger.txt": "Budget row\n\nThe council may spend up to €55 million on the new bridge this year.\n",
    "herald.txt": "Bridge costs\n\nThe bridge will cost €55 million, the mayor told reporters.\n",
}
VARIANT_WORDS = {
    "north.txt": "Storm damage\n\nOver twenty boats sank in the harbour during the night.\n",
    "south.txt": "Harbour losses\n\nTwenty boats sank at their moorings, the harbour master said.\n",
    "east.txt": "Aftermath\n\nTwenty boats were lost, and 20 more were damaged.\n",
}


def entities(capsys: pytest.CaptureFixture[str], root: Path, files: dict[str, str], *docs: str) -> dict:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "entities", *docs, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def holding(data: dict, written: str) -> list[tuple[str, str]]:
    """(type, name) of the entities with a mention written ``written``."""
    return [(e["type"], e["name"]) for e in data["entities"] if any(m["text"] == written for m in e["mentions"])]


@pytest.mark.parametrize(
    ("files", "doc", "bound", "bare", "name"),
    [
        pytest.param(REPORTED, "courier", "At least 312", "312", "312", id="reported_at_least"),
        pytest.param(REPORTED, "courier", "More than 1,450", "1,450", "1,450", id="reported_more_than"),
        pytest.param(REPORTED, "courier", "at least four", "four", "4", id="reported_number_word"),
        pytest.param(VARIANT_MONEY, "ledger", "up to €55 million", "€55 million", "€55 million", id="variant_up_to"),
        pytest.param(VARIANT_WORDS, "north", "Over twenty", "Twenty", "20", id="variant_over_words"),
    ],
)
def test_a_bound_figure_is_one_entity_named_alike_in_every_list(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    doc: str,
    bound: str,
    bare: str,
    name: str,
) -> None:
    every = entities(capsys, tmp_path / "corpus", files)
    # one entity: the bound's mention and the bare value's
    assert holding(every, bound) == holding(every, bare), (holding(every, bound), holding(every, bare))
    ((_label, listed),) = holding(every, bound)
    # named by the value, never by the bound's spelling, however often that is written
    assert listed == name
    # the article alone names it as the corpus does
    one = entities(capsys, tmp_path / "corpus", files, doc)
    assert [n for _t, n in holding(one, bound)] == [name]
