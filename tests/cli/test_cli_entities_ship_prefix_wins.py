"""``entities --json`` and ``who:`` on a ship named after a famous surname and a ship whose
apposition wrote its prefix (t13v F2, round s32-r): "the USS Carney" was PERSON Mark Carney (and
``who:Carney`` found nothing), "A ferry, the MV Esterel," a PRODUCT "MV Esterel" apart from the
"Esterel" of the other articles, two ships in the matrix. The prefix wins and stays outside the
name: one PRODUCT per ship. The reported inputs and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# (prefix of the famous-named ship, its name, the famous person it must not be, the live blog's
# words before the ferry's prefix, the ferry's prefix, the ferry)
CASES = [
    ("USS", "Carney", "Mark Carney", "A ferry, the", "MV", "Esterel"),  # reported
    ("HMCS", "Trudeau", "Justin Trudeau", "A trawler, the", "MV", "Kalanti"),
    ("USS", "Biden", "Joe Biden", "Volunteers went aboard the", "HMS", "Tern"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("prefix", "ship", "famous", "craft", "ferry_prefix", "ferry"), CASES)
def test_one_product_per_prefixed_ship(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    prefix: str,
    ship: str,
    famous: str,
    craft: str,
    ferry_prefix: str,
    ferry: str,
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "navy.txt").write_text(
        f"Warships stand by\n\nThe crew of the HMS Dauntless and the {prefix} {ship} stood by off the coast.\n",
        encoding="utf-8",
    )
    (root / "live.txt").write_text(
        f"Live: the fire\n\nSeveral hundred people were taken off the beach. {craft} {ferry_prefix} {ferry}, "
        "and more boats came.\n",
        encoding="utf-8",
    )
    (root / "wire.txt").write_text(
        f"Boats to the rescue\n\nThe {ferry_prefix} {ferry} carried 420 people to safety, the operator said.\n",
        encoding="utf-8",
    )
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    kinds: dict[str, set[str]] = {}
    docs: dict[str, set[str]] = {}
    for e in _run(capsys, [*base, "entities", "--json"])["entities"]:
        kinds.setdefault(e["name"], set()).add(e["type"])
        docs.setdefault(e["name"], set()).update(m["doc"] for m in e["mentions"])
    assert kinds.get(ship) == {"PRODUCT"}, kinds
    assert famous not in kinds, kinds
    assert kinds.get(ferry) == {"PRODUCT"} and docs[ferry] == {"live", "wire"}, kinds
    assert f"{ferry_prefix} {ferry}" not in kinds, kinds
    assert [h["doc"] for h in _run(capsys, [*base, "search", f"who:{ship}", "--json"])["hits"]] == ["navy"]
    assert sorted(h["doc"] for h in _run(capsys, [*base, "search", f"who:{ferry}", "--json"])["hits"]) == [
        "live",
        "wire",
    ]
