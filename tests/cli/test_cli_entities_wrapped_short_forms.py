"""A short form split from its "the" by a hard wrap (acceptance report t13ab L7, round s36-r):
in a paragraph hard-wrapped at 60-72 columns, "Helen Marrick told the" / "Times." made "Times" an
organisation of its own, while on one line it is the short form of the outlet "Westcountry
Times" named above (the rule wanted "the" and one space). A line break inside a joined paragraph
reads as a space, as the reader shows it: ``entities`` and ``who:`` are the same either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def run(corpus: Path, index: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["--corpus", str(corpus), "--index-dir", str(index), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def write(corpus: Path, outlet: str, paragraph: str, short: str) -> None:
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        f"{outlet}\n\nHarnwick crash: driver questioned as toll reaches seven\n\n4 March 2026 08:00\n\n"
        "The driver of the express that derailed near Harnwick on Tuesday was questioned by police.\n\n"
        f"{paragraph}\n",
        encoding="utf-8",
    )
    # the outlet named in another article's own text (t13ab repro/v8/b.txt)
    (corpus / "b.txt").write_text(
        f"Seven dead in Harnwick derailment\n\nSeven people have died near Harnwick, the {outlet} reported. "
        f"Helen Marrick told the {short} that the company would cooperate.\n",
        encoding="utf-8",
    )


def grouped(data: dict) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    return {
        (e["type"], e["name"]): sorted((m["doc"], " ".join(m["text"].split()), m["in"]) for m in e["mentions"])
        for e in data["entities"]
    }


@pytest.mark.parametrize(
    ("outlet", "paragraph", "short"),
    [
        # reported (t13ab repro/v8/wrapped/a.txt)
        (
            "Westcountry Times",
            '"It\'s far too early to blame anyone," Helen Marrick told the\nTimes.',
            "Times",
        ),
        # invented: another outlet, the break after "the" mid-sentence, an indented wrap
        (
            "Portmere Courier",
            "The company would cooperate fully with the inquiry, Helen Marrick told the\n"
            "Courier on Wednesday, adding that every train on the line would be checked.",
            "Courier",
        ),
        (
            "Dunmere Gazette",
            "    Speaking to the\n    Gazette late on Tuesday night, the regional manager of the\n"
            "    line said the signals at Harnwick had been replaced only last year.",
            "Gazette",
        ),
    ],
)
def test_short_form_after_a_wrapped_the_is_the_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], outlet: str, paragraph: str, short: str
) -> None:
    write(tmp_path / "wrapped", outlet, paragraph, short)
    write(tmp_path / "flat", outlet, " ".join(paragraph.split()), short)
    wrapped = grouped(run(tmp_path / "wrapped", tmp_path / "i1", capsys, "entities"))
    flat = grouped(run(tmp_path / "flat", tmp_path / "i2", capsys, "entities"))
    assert ("ORG", short) not in wrapped, wrapped
    assert ("a", short, "content") in wrapped.get(("ORG", outlet), []), wrapped
    assert wrapped == flat
    hits = run(tmp_path / "wrapped", tmp_path / "i1", capsys, "search", f'who:"{outlet}"')["hits"]
    assert sorted((h["doc"], "content" in h["in"]) for h in hits) == [("a", True), ("b", True)], hits
