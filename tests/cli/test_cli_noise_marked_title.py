"""The title is never taken from a block judged noise, by the rules or by the user's mark (issue
#14, acceptance t13s F1): marking the line a text's title was derived from as noise derives the
title again, in ``list --json`` and ``show --json`` (what the library and the reader show), and
marking it back as content restores it. A title given by metadata (corpus.yaml) is never touched.

Each case: a page's first line the rules keep (a kicker, a site's motto, a section line) over the
headline, then the article. The reported case (a w3m dump's "Iniciar sesión  Suscríbete") is now
judged by the rules themselves; its line stands here as a kept line of another wording.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

CASES = {
    "es": (
        "Tragedia en el puerto",
        "Mueren cinco personas en el incendio del Hotel Mirador de Puerto Alcina",
        [
            "Al menos cinco personas murieron y catorce resultaron heridas en el incendio que arrasó la madrugada del miércoles el Hotel Mirador.",
            "La jefa de bomberos, Lucía Ferrández, explicó que el fuego comenzó en la lavandería de la planta baja poco después de las dos.",
            "El alcalde, Tomás Oyarzún, decretó tres días de luto oficial por las víctimas del incendio.",
        ],
    ),
    "en": (
        "Your harbour, your news",
        "Ferry service resumes after week-long strike at Osland port",
        [
            "Ferries between Osland and the mainland ran again on Monday after pilots ended a strike that had lasted a week.",
            "The port authority said the first crossing left at 6:40 with 212 passengers and 38 vehicles on board.",
            "Union leaders said they had accepted a pay offer of four per cent over two years after talks overnight.",
        ],
    ),
    "de": (
        "Nachrichten aus der Region",
        "Stadtrat beschließt neue Straßenbahnlinie zum Flughafen",
        [
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau einer neuen Straßenbahnlinie zum Flughafen beschlossen.",
            "Die Strecke soll rund elf Kilometer lang werden und nach den Plänen der Verwaltung im Jahr 2029 in Betrieb gehen.",
            "Die Opposition kritisierte die Kosten von mehr als 300 Millionen Euro als zu hoch für die Stadt.",
        ],
    ),
}


def _run(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _titles(capsys: pytest.CaptureFixture[str], root: Path, ix: Path) -> tuple[str, str]:
    row = _run(capsys, root, ix, "list")["articles"][0]
    shown = _run(capsys, root, ix, "show", "page")["title"]
    return row["title"], shown


@pytest.mark.parametrize("lang", sorted(CASES))
def test_marking_the_title_line_as_noise_derives_the_title_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str
) -> None:
    first, headline, paras = CASES[lang]
    root, ix = tmp_path / "corpus", tmp_path / "ix"
    root.mkdir()
    (root / "page.txt").write_text("\n".join([first, headline, *paras]) + "\n", encoding="utf-8")
    assert _titles(capsys, root, ix) == (first, first)  # the rules keep the first line: its title
    ws = Workspace(root, ix)
    assert ws.mark_blocks("page", [first], "noise") is None
    assert _titles(capsys, root, ix) == (headline, headline)
    assert Workspace(root, ix).open_article("page").article.title == headline  # the reader's heading
    assert ws.mark_blocks("page", [first], "content") is None  # the user changed their mind
    assert _titles(capsys, root, ix) == (first, first)


def test_a_metadata_title_stays_whatever_is_marked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, headline, paras = CASES["en"]
    root, ix = tmp_path / "corpus", tmp_path / "ix"
    root.mkdir()
    (root / "page.txt").write_text("\n".join([first, headline, *paras]) + "\n", encoding="utf-8")
    (root / "corpus.yaml").write_text('articles:\n  page.txt:\n    title: "Strike ends"\n', encoding="utf-8")
    ws = Workspace(root, ix)
    assert ws.mark_blocks("page", [first], "noise") is None
    assert _titles(capsys, root, ix) == ("Strike ends", "Strike ends")
