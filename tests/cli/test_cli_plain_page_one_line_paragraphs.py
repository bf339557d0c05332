"""A plain-text page written one paragraph a line (paragraph lines of 150-230 columns, not
hard-wrapped) does not hard-wrap a short line touching the next paragraph's line: a photo's caption
or credit line over a short paragraph, with no blank line between, is its own block and
boilerplate, the paragraph the article's on its own (t13x F9, issue #14: "Rescue boats on Market
Street in Kellby on Monday. Credit: Per Lunde/Herald" had been joined with "Buses will replace
trains …" as if hard-wrapped). A hard-wrapped page still has its paragraphs joined."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

CASES = [
    # The tester's page (t13x repro v13, as saved) and two of our own: another outlet in English
    # with a "Photo:" credit, and a German page whose caption stands over two short paragraphs.
    (
        "t13x_v13",
        "page",
        "Rescue boats on Market Street in Kellby on Monday. Credit: Per Lunde/Herald",
        ["Buses will replace trains from Wednesday, with a journey time of about 90 minutes."],
    ),
    (
        "t13x_v13_s34m",
        "courier",
        "The damaged ramp at the Ostholm terminal on Friday. Photo: Eli Brandt/Courier",
        ["Foot passengers can cross on a chartered boat that leaves Brenna every two hours."],
    ),
    (
        "t13x_v13_s34m",
        "kurier",
        "Rettungsboote in der Marktstraße von Kellby am Montag. Foto: Per Lunde/dpa",
        [
            "Ab Mittwoch fahren Busse statt der Züge, die Fahrt dauert etwa 90 Minuten.",
            "Fahrgäste sollen sich vor der Reise über die neuen Abfahrtszeiten informieren.",
        ],
    ),
]


def _noise(tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str, doc: str) -> dict[str, object]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(FIXTURES / folder / f"{doc}.txt", corpus / f"{doc}.txt")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "noise", doc, "--json"]) == 0
    page: dict[str, object] = json.loads(capsys.readouterr().out)["docs"][0]
    return page


@pytest.mark.parametrize(("folder", "doc", "caption", "paragraphs"), CASES)
def test_caption_line_over_paragraph_is_its_own_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str, doc: str, caption: str, paragraphs: list[str]
) -> None:
    page = _noise(tmp_path, capsys, folder, doc)
    content = [b["text"] for b in page["content"]]  # type: ignore[attr-defined]
    noise = {b["text"]: b["kind"] for b in page["noise"]}  # type: ignore[attr-defined]
    assert noise.get(caption) == "caption", (content, noise)
    assert not any(caption in text for text in content)
    for paragraph in paragraphs:
        assert paragraph in content, (paragraph, content)


WRAPPED = (
    "Ferry service to Ostholm suspended\n\n"
    "The ferry between Brenna and Ostholm will not sail until at least next\n"
    "week after a storm tore the loading ramp from its moorings at the\n"
    "Ostholm terminal on Thursday night, the operator said.\n\n"
    "Divers inspected the ramp on Friday morning. The damage was worse than\n"
    "feared, said Tomas Varga, the operator's harbour manager.\n\n"
    "Foot passengers can cross on a chartered boat, which leaves Brenna every two hours from Monday, the operator said.\n"
)


def test_hard_wrapped_page_still_joined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A hard-wrapped page (72 columns) with one paragraph left on a line of its own keeps its
    wrapped paragraphs whole: one line beyond the column makes no page of one-line paragraphs."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "wrapped.txt").write_text(WRAPPED, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "noise", "wrapped", "--json"]) == 0
    page = json.loads(capsys.readouterr().out)["docs"][0]
    content = [b["text"] for b in page["content"]]
    assert any(text.startswith("The ferry between") and text.endswith("the operator said.") for text in content)
    assert any(text.startswith("Divers inspected") and text.endswith("harbour manager.") for text in content)
