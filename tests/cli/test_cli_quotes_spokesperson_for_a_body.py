"""``quotes --json``: an unnamed spokesperson of a named body is a speaker of its own, linked to
the body by ``"for"`` (issue #16, round s39-x2: "A spokesman for Ghent said" was Ghent's, the
place typed an organisation); a lone capital naming a body or place named earlier is never a
person, a surname alone the person named earlier (guards).
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a.txt": (
        "Flood in Ghent\n\nThe river rose overnight in Ghent.\n\n"
        "A spokesman for Ghent said the dykes held.\n\n"
        '"We are ready," a spokeswoman for the Ministry of Health said.\n'
    ),
    "b.txt": (
        "Pumps run all night\n\nVelmora Logistics runs the pumps near Ghent.\n\n"
        "A spokesperson for Velmora Logistics said the pumps ran all night.\n\n"
        "Velmora said the fuel would last a week.\n\n"
        "Engineer Marta Kowalczyk checked the dykes. Kowalczyk told reporters the dykes held.\n"
    ),
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("q")
    corpus = root / "c"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--corpus", str(corpus), "--index-dir", str(root / "i"), "quotes", "--json"]) == 0
    return json.loads(out.getvalue())


def said(data: dict) -> dict[tuple[str, str], tuple[str, str, str | None]]:
    return {
        (q["doc"], q["text"]): (sp["name"], sp["type"], sp.get("for")) for sp in data["speakers"] for q in sp["quotes"]
    }


@pytest.mark.parametrize(
    ("doc", "words", "speaker"),
    [
        ("a", "the dykes held", ("Spokesperson for Ghent", "ORG", "Ghent")),
        ("a", "We are ready", ("Spokesperson for Ministry of Health", "ORG", "Ministry of Health")),
        ("b", "the pumps ran all night", ("Spokesperson for Velmora Logistics", "ORG", "Velmora Logistics")),
    ],
)
def test_spokesperson_of_the_body(data: dict, doc: str, words: str, speaker: tuple[str, str, str]) -> None:
    assert said(data).get((doc, words)) == speaker, data


@pytest.mark.parametrize(
    ("doc", "words", "speaker"),
    [
        ("b", "the fuel would last a week", ("Velmora Logistics", "ORG", None)),
        ("b", "the dykes held", ("Marta Kowalczyk", "PERSON", None)),
    ],
)
def test_lone_names_as_named_earlier(data: dict, doc: str, words: str, speaker: tuple[str, str, None]) -> None:
    assert said(data).get((doc, words)) == speaker, data
