"""``list --json`` dates an article by its byline written in another language (issue 13, t13p F7):
``10_spanish.txt``'s "Por Lucía Fernández | El Comercio del Norte | 3 de junio de 2026, 18:00" left
it undated (``-``). The report's article, and French and German bylines of my own (invented)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13p"
FRENCH = (
    "Explosion dans une usine chimique près de Lyon\n\n"
    "Par Claire Martin | Le Progrès | 4 juin 2026 à 07h15\n\n"
    "Deux personnes ont été tuées mardi dans l'explosion d'une usine chimique à Feyzin, a indiqué la préfecture.\n"
)
GERMAN = (
    "Hochwasser in Passau: Zwei Tote\n\n"
    "Von Hans Maier · Passauer Neue Presse · 5. Juni 2026, 09:30 Uhr\n\n"
    "Bei dem Hochwasser in Passau sind nach Angaben der Polizei zwei Menschen ums Leben gekommen.\n"
)
CASES = {"spanish-t13p": (None, "2026-06-03T18:00"), "french": (FRENCH, "2026-06-04T07:15")}
CASES["german"] = (GERMAN, "2026-06-05T09:30")


@pytest.mark.parametrize("case", list(CASES))
def test_list_gives_the_bylines_date(case: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text, iso = CASES[case]
    root = tmp_path / "c"
    root.mkdir()
    if text is None:
        shutil.copy(FIXTURES / "10_spanish.txt", root / "report.txt")
    else:
        (root / "report.txt").write_text(text, "utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [row] = json.loads(out)["articles"]
    assert row["date"] == iso
