"""An HTML page of old wire copy in a ``<pre>``: the headline the copy sets in its format codes
("^Prosecutor opens manslaughter inquiry into hotel fire<") is the title, without the codes, not
the page's ``<title>`` that is no line of the article (issue #14, acceptance t13s F4: "AP wire
archive" was the title, shown as a title block over the page). The README: the format codes
around the headline are not part of the title. Reported: t13s html2/pre-wire.html; variants
(invented): a UPI archive page and AP copy with its byline in codes, each with another <title>."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31g"

CASES = {
    # file: (headline, the page's <title>)
    "pre-wire.html": ("Prosecutor opens manslaughter inquiry into hotel fire", "AP wire archive"),
    "pre-upi.html": ("Coastal storm cuts power to 40,000 homes", "Newswire text archive, 1987"),
    "pre-ap2.html": ("Engineers find cracks in Portmere dam spillway", "Old wire copy"),
}


def _json(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    capsys.readouterr()
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_wire_headline_is_the_title(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    headline, page_title = CASES[name]
    root = tmp_path / "c"
    root.mkdir()
    shutil.copy(FIXTURES / name, root / name)
    doc = name.removesuffix(".html")
    (row,) = _json(capsys, root, "list")["articles"]
    assert row["title"] == headline
    shown = _json(capsys, root, "show", doc)
    assert shown["title"] == headline
    assert [b["text"] for b in shown["blocks"] if b["kind"] == "title"] == [f"^{headline}<"]
    assert page_title not in shown["text"]  # no <title> set on top of the page's text
