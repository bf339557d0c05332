"""An HTML page whose main text, as the extractor keeps it, opens with the site's name over the
page (its logo), then a menu and the headline: the site's name is a masthead (navigation
boilerplate) and, named nowhere else, the outlet; the headline is the title (s30-s, t13r F6).

Reported: worldnews-page.html (``<title>WorldNewsNow | Peru derailment</title>``, first div
"WorldNewsNow", a menu div, the headline div): ``list`` gave the title "WorldNewsNow", no
outlet, the logo kept as article text; probe/sitetitle.html (``<title>Andes Daily</title>``,
the same) and probe/notitle.html (no ``<title>``: the title right but no outlet, though the
page's copyright line names "Andes Daily"). The variants are invented: the site's name after
the headline part of its ``<title>`` with a dash, and one named by the whole ``<title>`` over a
menu of dots. The guard: a short headline that the ``<title>`` repeats beside the site's name,
followed by a byline and prose, stays the title and article text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13r_s30s"

_HARBOUR = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Crane collapse - Fjord Tidende</title></head><body>
<div>Fjord Tidende</div>
<div><a href="/">Front page</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a></div>
<div>Two dock workers hurt as crane collapses at Valdmark terminal</div>
<div>By Kari Lund, March 3, 2026</div>
<div>A crane at the Valdmark container terminal collapsed on Tuesday, injuring two dock workers, the port authority said.</div>
<div>Work at the terminal was halted while inspectors examined the other cranes, a spokesman said.</div>
</body></html>
"""

_MINE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Altiplano Herald</title></head><body>
<div>Altiplano Herald</div>
<div><a href="/">Inicio</a> · <a href="/bolivia">Bolivia</a> · <a href="/mundo">Mundo</a></div>
<div>Twelve miners trapped after flood in Oruro tin mine</div>
<div>Twelve miners were trapped after water flooded a tin mine near Oruro on Monday, the mining ministry said.</div>
<div>Rescue teams were pumping water from the lower galleries overnight, officials said.</div>
</body></html>
"""

_GUARD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm hits Lima | Andes Daily</title></head><body>
<div>Storm hits Lima</div>
<div>By Sara Lind, June 4, 2026</div>
<div>A storm brought down trees and power lines across Lima on Thursday, the city said.</div>
<div>Schools in three districts stayed closed, and crews worked through the night to clear roads.</div>
</body></html>
"""

CASES = {
    # name: (file name, page or None for the reported file, headline, site's name)
    "reported-worldnews": (
        "worldnews-page.html",
        None,
        "Seven killed as Peru train plunges from Andean bridge",
        "WorldNewsNow",
    ),
    "reported-sitetitle": ("sitetitle.html", None, "Families demand answers over Huancarí bridge", "Andes Daily"),
    "reported-notitle": ("notitle.html", None, "Bridge inspector warned of cracks in 2024", "Andes Daily"),
    "site-after-dash": (
        "harbour.html",
        _HARBOUR,
        "Two dock workers hurt as crane collapses at Valdmark terminal",
        "Fjord Tidende",
    ),
    "whole-title-dots": ("mine.html", _MINE, "Twelve miners trapped after flood in Oruro tin mine", "Altiplano Herald"),
}


def _json(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    capsys.readouterr()
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _root(tmp_path: Path, name: str, page: str | None) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    if page is None:
        shutil.copy(FIXTURES / name, root / name)
    else:
        (root / name).write_text(page, "utf-8")
    return root


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_logo_line_is_the_masthead_and_outlet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    name, page, headline, site = CASES[case]
    root = _root(tmp_path, name, page)
    doc = name.removesuffix(".html")

    (row,) = _json(capsys, root, "list")["articles"]
    assert (row["title"], row["outlet"]) == (headline, site)

    shown = _json(capsys, root, "show", doc)
    assert (shown["title"], shown["outlet"]) == (headline, site)
    assert [b["text"] for b in shown["blocks"] if b["kind"] == "title"] == [headline]

    (split,) = _json(capsys, root, "noise", doc)["docs"]
    assert [b["kind"] for b in split["noise"] if b["text"] == site] == ["navigation"]
    assert not [b for b in split["content"] if b["text"] == site]


def test_a_short_headline_the_title_repeats_stays(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = _root(tmp_path, "storm.html", _GUARD)
    shown = _json(capsys, root, "show", "storm")
    assert shown["title"] == "Storm hits Lima"
    (split,) = _json(capsys, root, "noise", "storm")["docs"]
    assert [b for b in split["content"] if b["text"] == "Storm hits Lima"]
    assert not [b for b in split["noise"] if b["text"] == "Storm hits Lima"]
