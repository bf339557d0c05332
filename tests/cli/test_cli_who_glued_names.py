"""One name glued to another by "and" in one article must not break ``who:`` for the others
(re-test t13c fault 6: a third article's "Kestrel Aviation and Kestrel Hydro are unrelated" was
one organisation, "Kestrel Hydro" became a short form of two long forms, and
``who:"Kestrel Hydro Holdings"`` lost the article writing "Kestrel Hydro's"). The first corpus
is the tester's c10; the others are invented: a pair joined by "&", and a pair the recogniser
still reads as one name (its left side has no kind word), which the grouping must not believe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIRST = (
    "Barrier builder sets repair date\n\nSkyline Daily\nApril 2, 2026\n\n{long} said on Thursday its Portmere "
    "barrier repairs would finish in May. {other}, an airline, said it would fly engineers in.\n"
)
SECOND = (
    "Barrier repairs on schedule\n\nHarbor Wire\nApril 3, 2026\n\n{caps} said repairs in Portmere were on "
    "schedule. {short}'s engineers worked overnight, Marsh said.\n"
)
THIRD = "Firms compared\n\nLorne Gazette\nApril 4, 2026\n\n{glued} are unrelated, filings show.\n"

CASES = [
    (  # reported (c10)
        "Kestrel Hydro Holdings",
        "Kestrel Hydro",
        "Kestrel Aviation Group",
        "Kestrel Aviation and Kestrel Hydro",
    ),
    ("Tamsin Dredging Holdings", "Tamsin Dredging", "Tamsin Aviation Group", "Tamsin Aviation & Tamsin Dredging"),
    ("Brantley Shipping Holdings", "Brantley Shipping", "Ostwick Air", "Ostwick Timber and Brantley Shipping"),
]


def cli(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("long", "short", "other", "glued"), CASES)
def test_a_glued_name_keeps_the_leading_words_join(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, long: str, short: str, other: str, glued: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a1.txt").write_text(FIRST.format(long=long, other=other), encoding="utf-8")
    (root / "a2.txt").write_text(SECOND.format(caps=short.upper(), short=short), encoding="utf-8")
    (root / "a3.txt").write_text(THIRD.format(glued=glued), encoding="utf-8")
    docs = {h["doc"] for h in cli(capsys, root, "search", f'who:"{long}"')["hits"]}
    assert {"a1", "a2"} <= docs
    names = {e["name"] for e in cli(capsys, root, "entities")["entities"]}
    assert long in names
