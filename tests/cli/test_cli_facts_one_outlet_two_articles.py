"""``facts`` text output names two articles of one outlet apart by their doc ids, as the screen,
``--markdown``, ``quotes`` and ``timeline`` do (t13s F9, round s31-i: "3 people (3 Jun 06:30,
Reuters) → … → 3 people (3 Jun, Reuters)" for wire/reuters-0603 and pages/kxyz-tv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], outlets: dict[str, str]) -> str:
    corpus = tmp_path / "c"
    for name, text in files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "corpus.yaml").write_text(
        "articles:\n" + "".join(f"  {n}: {{outlet: {o}}}\n" for n, o in outlets.items()), encoding="utf-8"
    )
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize(
    ("files", "outlets", "apart", "alone"),
    [
        # reported (t13s: Reuters' wire story and a TV site carrying it)
        (
            {
                "wire/reuters-0603.txt": "Hotel fire\n\nThree people died in the hotel fire, officials said.\n",
                "pages/kxyz-tv.txt": "Hotel fire kills three\n\nThree people died in a hotel fire on Wednesday.\n",
                "local/gazette.txt": "Fire\n\nFive people died in the hotel fire, the gazette learned.\n",
            },
            {"wire/reuters-0603.txt": "Reuters", "pages/kxyz-tv.txt": "Reuters", "local/gazette.txt": "Costa Gazette"},
            ["Reuters (wire/reuters-0603)", "Reuters (pages/kxyz-tv)"],
            "Costa Gazette",
        ),
        # variants of my own: other outlets, measures and ids
        (
            {
                "ap/ferry.txt": "Ferry\n\nAt least 12 people were injured when the ferry struck the pier.\n",
                "ap/update.txt": "Ferry update\n\n14 people were injured when the ferry struck the pier.\n",
                "nord.txt": "Ferry\n\n12 people were injured in the ferry crash.\n",
            },
            {"ap/ferry.txt": "AP", "ap/update.txt": "AP", "nord.txt": "Nordwire"},
            ["AP (ap/ferry)", "AP (ap/update)"],
            "Nordwire",
        ),
        (
            {
                "a/one.txt": "Flood\n\nFloods destroyed 40 homes in the valley.\n",
                "b/two.txt": "Flood\n\nFloods destroyed 45 homes in the valley on Monday.\n",
                "c.txt": "Flood\n\nThe flood destroyed 40 homes.\n",
            },
            {"a/one.txt": "Valley Post", "b/two.txt": "valley post", "c.txt": "Radio Tarn"},
            ["Valley Post (a/one)", "Valley Post (b/two)"],
            "Radio Tarn",
        ),
    ],
)
def test_one_outlets_articles_are_told_apart(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    outlets: dict[str, str],
    apart: list[str],
    alone: str,
) -> None:
    out = _facts(tmp_path, capsys, files, outlets)
    for name in apart:
        assert name in out, out
    assert alone in out and f"{alone} (" not in out, out
