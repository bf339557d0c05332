"""``noise --json`` and ``show --json`` of an article with an outlet's stamp straight under its
byline, fields split by "|", "·" or "•" and one a whole date and time (acceptance t13n F1 + F11:
"Diário de Alcobrena | 3 May 2026 19:30" was "comment furniture", the article undated and
without an outlet)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

_BODY = (
    "Alcobrena woke up to the sound of an explosion. At 6.42 on Sunday morning a storage tank at the plant "
    "blew up, killing four workers.\n\n"
    "Twenty people were taken to hospital, according to the fire brigade. The commander said the flames were "
    "under control by 10.30.\n\n"
    "The municipality evacuated 1,350 residents of two neighbourhoods, which lie about 3 kilometres from the plant.\n"
)

CASES = [
    (
        "By JOÃO PEDRO ASSUNÇÃO and INÊS CARVALHO BRANDÃO",
        "Diário de Alcobrena | 3 May 2026 19:30",
        "2026-05-03T19:30",
        "Diário de Alcobrena",
    ),
    ("By Marta Lindqvist", "Halvik Post · 3 May 2026 at 7:30 pm", "2026-05-03T19:30", "Halvik Post"),
    ("By Tomás Ferreira", "Correio do Vale • 14/05/2026 08:15", "2026-05-14T08:15", "Correio do Vale"),
    ("By Rui Moreira", "Jornal do Centro — 4 May 2026 08:15", "2026-05-04T08:15", "Jornal do Centro"),
]


def _cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> Any:
    capsys.readouterr()
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("byline", "stamp", "iso", "outlet"), CASES)
def test_stamp_under_byline_dates_and_names_the_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, byline: str, stamp: str, iso: str, outlet: str
) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "story.txt").write_text(f"FOUR DEAD AT THE PLANT\n\n{byline}\n{stamp}\n\n{_BODY}", "utf-8")
    noise = _cli(capsys, tmp_path, "noise")["docs"][0]["noise"]
    got = [(n["kind"], n["reason"]) for n in noise if n["text"] == stamp]
    assert got == [("byline", "date, time or reading-time stamp")]
    shown = _cli(capsys, tmp_path, "show", "story")
    assert (shown["date"], shown["date_source"]) == (iso, "text")
    # the line's other field names the outlet, as a byline's middle field does ("By X | Outlet | date")
    assert (shown["outlet"], shown["outlet_derived"]) == (outlet, True)
