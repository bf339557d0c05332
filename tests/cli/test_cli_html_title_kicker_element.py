"""An HTML page of ``<div>``s whose title is the site's name: a kicker set in a plain element
over the headline is no title (issue #14, acceptance t13s F4). The masthead rule took the main
text's first line for the headline when no line was a heading element, and that line was the
kicker ("Tragedia en el puerto" over "Identifican a las siete víctimas del Hotel Mirador").
A line set in an element the page names a kicker's (``class="kicker"``, ``"dachzeile"``,
``"surtitre"``) over one it names a headline's (``"headline"``, ``"titel"``, ``"article-titre"``)
leaves the headline the title. Reported: t13s html/divs-berner.html; variants (invented): a German
and a French page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31g"

CASES = {
    # file: (headline, kicker)
    "divs-berner.html": ("Identifican a las siete víctimas del Hotel Mirador", "Tragedia en el puerto"),
    "de-dachzeile.html": ("Fähre rammt Kaimauer, zwölf Passagiere leicht verletzt", "Unglück im Hafen"),
    "fr-surtitre.html": ("Un chalutier s'échoue devant Roscoff, l'équipage hélitreuillé", "Faits divers"),
}


def _json(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    capsys.readouterr()
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_kicker_element_is_no_title(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    headline, kicker = CASES[name]
    root = tmp_path / "c"
    root.mkdir()
    shutil.copy(FIXTURES / name, root / name)
    doc = name.removesuffix(".html")
    (row,) = _json(capsys, root, "list")["articles"]
    assert row["title"] == headline
    shown = _json(capsys, root, "show", doc)
    assert shown["title"] == headline
    assert [b["text"] for b in shown["blocks"] if b["kind"] == "title"] == [headline]
    assert kicker in [b["text"] for b in shown["blocks"]]  # the kicker stays on the page, no title
