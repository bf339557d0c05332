"""A name a Markdown article writes in a link's text, in emphasis or in a heading is a mention
of its entity, with offsets into the article's text, so ``who:`` finds the article (t13n F8,
round s27-i): "[Alcobrena](https://example.org/alcobrena)" and "# What we know about the
Alcobrena explosion" of web/analysis-portal.md gave no entity and ``who:Alcobrena`` missed the
article. The reported markup and two invented variants (other places, other markup)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    # reported (t13n F8): a link's text and a heading
    (
        "Alcobrena",
        "# What we know about the Alcobrena explosion\n\n"
        "The explosion at the **Quimibral** plant in [Alcobrena](https://example.org/alcobrena) "
        "on 3 May has killed five people, the council said.\n",
    ),
    # invented: a link with a title, emphasis
    (
        "Vilanova",
        "## The fire\n\nSmoke rose over *Vilanova* on Tuesday, and the roads to "
        '[Vilanova](https://example.org/vilanova "town") were shut.\n',
    ),
    # invented: links in a list item and a heading
    (
        "Marvão",
        "# Flooding in [Marvão](https://example.org/marvão)\n\n"
        "- Roads near [Marvão](https://example.org/marvão/roads) were shut overnight, officials said.\n",
    ),
]


def _write(root: Path, place: str, md: str) -> Path:
    root.mkdir()
    (root / "plain.txt").write_text(
        f"Fire crews were sent to {place}, in Portugal, on Monday. Residents of {place} were told to stay inside.\n",
        encoding="utf-8",
    )
    (root / "portal.md").write_text(md, encoding="utf-8")
    return root


@pytest.mark.parametrize(("place", "md"), CASES)
def test_who_finds_a_place_written_in_markdown_markup(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, place: str, md: str
) -> None:
    corpus = _write(tmp_path / "c", place, md)
    code = main(["--corpus", str(corpus), "search", f"who:{place}", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    hits = {h["doc"]: h for h in json.loads(out)["hits"]}
    assert sorted(hits) == ["plain", "portal"], sorted(hits)
    spans = hits["portal"]["spans"]
    assert spans and all(md[a:b] == place for a, b in spans), [md[a:b] for a, b in spans]
    assert len(spans) == md.count(place)
