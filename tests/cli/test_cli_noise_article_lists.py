"""Round s32-f (issue #14, unseen27) through the CLI: ``noise DOC --json`` keeps in the article's
content a review's verdict box ("Les plus" / "Les moins" and their points), a materials list under
its own header ("You will need (per lantern)") and the paragraphs under a social post the page
embeds; none of their lines is in ``noise``. The rules and their variants:
tests/analysis/test_noise_verdict_box.py, test_noise_materials_list.py, test_noise_embedded_post.py,
test_noise_clause_list.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

import test_noise_clause_list as clause
import test_noise_embedded_post as post
import test_noise_materials_list as materials
import test_noise_verdict_box as verdict
from test_noise_kinds import FOOTER, MENU

TEXTS = {
    "review": [*MENU, verdict.HEADLINE, *verdict.PARAS, *verdict.BOXES["les-plus"][:9], *FOOTER],
    "lantern": [
        *MENU,
        materials.HEADLINE,
        materials.INTRO,
        *materials.LISTS["you-will-need"],
        *materials.STEPS,
        *FOOTER,
    ],
    "match": [
        *MENU,
        post.HEADLINE,
        *post.ABOVE,
        *post.POSTS["hashtag-score"],
        *clause.LISTS["french"],
        *post.BELOW,
        *FOOTER,
    ],
}
ARTICLE = {
    "review": [*verdict.PARAS, "Les plus", "Bonne autonomie en côte", "Les moins", "Prix trop élevé"],
    "lantern": [
        materials.INTRO,
        "You will need (per lantern)",
        "Masking tape",
        "Small battery candle",
        *materials.STEPS,
    ],
    "match": [*post.ABOVE, *post.POSTS["hashtag-score"][:2], *clause.LISTS["french"], *post.BELOW],
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, lines in TEXTS.items():
        (folder / f"{doc}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(TEXTS))
def test_the_articles_lists_are_no_noise(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    noise = {" ".join(b["text"].split()) for b in out["noise"]}
    for line in ARTICLE[doc]:
        assert " ".join(line.split()) not in noise, line
    assert "Privacy policy" in noise
