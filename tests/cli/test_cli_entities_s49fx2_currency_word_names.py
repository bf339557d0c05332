"""A figure entity in a currency with no sign of its own is named by the currency's word after the
number, as news copy writes it ("600 billion yuan", "5 billion yen"), never by an ISO code no article
writes ("CNY 600 billion", "JPY 5 billion": review s49-rv finding 13, round s49-fx2), and alike in
``entities DOC`` and the corpus's entity list (the name comes from the key alone:
``figure_names.figure_shown``). The reviewer's corpus and two invented variants (ringgit, zlotys)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.figure_names import figure_shown
from waic_reader.tui.cli.main import main

REPORTED = {
    "a.txt": "Stimulus\n\nChina pledged 600 billion yuan for the rebuilding, and Japan offered 5 billion yen.\n",
    "b.txt": "Package\n\nBeijing's 600 billion yuan package drew praise in the region.\n",
}
VARIANT_RINGGIT = {
    "kl.txt": "Floods\n\nThe government set aside 300 million ringgit for flood relief on Friday.\n",
    "star.txt": "Relief\n\nThe 300 million ringgit fund will open next week, officials said.\n",
}
VARIANT_ZLOTYS = {
    "pap.txt": "Rail deal\n\nThe ministry signed a 2 billion zlotys contract for new trains.\n",
    "tvn.txt": "Trains\n\nThe 2 billion zlotys deal was criticised by the opposition.\n",
}


def entities(capsys: pytest.CaptureFixture[str], root: Path, files: dict[str, str], *docs: str) -> dict:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "entities", *docs, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def money_names(data: dict) -> set[str]:
    return {e["name"] for e in data["entities"] if e["type"] == "MONEY"}


@pytest.mark.parametrize(
    ("files", "doc", "names"),
    [
        pytest.param(REPORTED, "a", {"600 billion yuan", "5 billion yen"}, id="reported"),
        pytest.param(VARIANT_RINGGIT, "kl", {"300 million ringgit"}, id="variant_ringgit"),
        pytest.param(VARIANT_ZLOTYS, "pap", {"2 billion zlotys"}, id="variant_zlotys"),
    ],
)
def test_a_currency_without_a_sign_is_named_by_its_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], doc: str, names: set[str]
) -> None:
    every = entities(capsys, tmp_path / "corpus", files)
    assert names <= money_names(every), money_names(every)
    one = entities(capsys, tmp_path / "corpus", files, doc)
    assert names <= money_names(one), money_names(one)


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("=USD|2000000", "$2 million"),  # a sign of its own stays
        ("=NOK|300000000", "NOK 300 million"),  # no word known: the code
        ("=¥ (JPY or CNY)|5000000", "¥5 million"),  # the shared sign, the text saying neither
    ],
)
def test_a_sign_or_code_stays_where_no_word_serves(key: str, name: str) -> None:
    assert figure_shown(key) == name
