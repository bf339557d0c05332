"""A share prompt naming what is shared beyond "article", "story", "post" or "page" is boilerplate
(t13x F3: "Share this live blog" under a live blog's last entry stayed article text); a sentence
opening with the same words stays the article's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

PAGES = {
    "live": "Harbour bridge closure: live updates\n\nKey events\nShow key events only\n\n19.05 GMT\nThe bridge will "
    "stay closed until Friday, the city said.\n\n14.20 GMT\nEngineers found a crack in the main cable, officials "
    "said.\n\nShare this live blog\nMore on this story\n",
    "video": "Watch: floodwater pours through the valley\n\nFloodwater poured through the lower town on Monday after "
    "the dam gave way, footage filmed by residents shows.\n\nShare this video\n\nMore videos\n",
    "gallery": "In pictures: the morning after the flood\n\nResidents of Kellby returned on Tuesday to streets "
    "covered in mud and broken furniture.\n\nShare this gallery:\n\nMost read\n",
}
SENTENCE = "Share this video, police urged residents, if you recognise the two men seen near the gate."


@pytest.mark.parametrize(
    ("doc", "prompt"),
    [("live", "Share this live blog"), ("video", "Share this video"), ("gallery", "Share this gallery:")],
)
def test_share_prompt_is_boilerplate(tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, prompt: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / f"{doc}.txt").write_text(PAGES[doc] + "\n" + SENTENCE + "\n", "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "noise", doc, "--json"]) == 0
    page = json.loads(capsys.readouterr().out)["docs"][0]
    content = [b["text"] for b in page["content"]]
    noise = {b["text"]: b["kind"] for b in page["noise"]}
    assert noise.get(prompt) == "call-to-action", (content, noise)
    assert prompt not in content
    assert any(SENTENCE in text for text in content)
