"""A "Powered by X" line in a page's footer credits the page's software or a vendor, never the
outlet (t13x F10: a WordPress blog saved as text had the outlet "WordPress", credited in the library,
the matrix, the Quotes screen and the fact sheet); above the story it still names the syndicated
copy's source ("Powered by lumidawealth.com" under the headline, as the seeds' 000 has it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

PROSE = (
    "I live on the hill above Kellby. At 04:20 I heard the dam go. By six the whole lower town was under "
    "brown water and the church bells were ringing.\n\nThe official toll this evening is 11 dead. My "
    "neighbour Greta Sandvik is still missing, and the rescue boats have not reached the lower streets.\n"
)

WORDPRESS = (
    "Valley Watch: the night Velmora broke\n\nPosted on March 9, 2026 by Jorunn Vik\n\n"
    + PROSE
    + "\nShare this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n\nRelated\nOur valley, our river (2024)\n\n"
    '3 thoughts on "Valley Watch: the night Velmora broke"\nMarit says:\nMarch 9, 2026 at 9:14 pm\n'
    "Praying for Greta.\nReply\nLeave a Reply\nYour email address will not be published.\nPowered by WordPress\n"
)
GHOST = "# Notes from the flood line\n\n" + PROSE + "\nSubscribe to Riverbank Notes\n\nPowered by Ghost\n"
BLOGGER = (
    "Mill town diary\n\nSunday, 8 March 2026\n\n"
    + PROSE
    + "\nPosted by Anneli at 21:04\nNo comments:\nPost a Comment\nNewer Post Older Post Home\n"
    "Powered by Blogger.\n"
)
SYNDICATED = "Kellby counts its dead after the dam breach\n\nPowered by nordwire.example\n\n" + PROSE


def _list(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, Any]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    return {row["doc"]: row for row in json.loads(capsys.readouterr().out)["articles"]}


@pytest.mark.parametrize(
    ("name", "text", "platform"),
    [("valley-watch.txt", WORDPRESS, "WordPress"), ("notes.md", GHOST, "Ghost"), ("diary.txt", BLOGGER, "Blogger")],
    ids=["wordpress-text", "ghost-markdown", "blogger-text"],
)
def test_a_footer_platform_credit_is_no_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, platform: str
) -> None:
    row = _list(tmp_path, capsys, {name: text})[name.rsplit(".", 1)[0]]
    assert row["outlet"] != platform and platform not in (row["outlet"] or "")


def test_a_credit_above_the_story_names_its_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _list(tmp_path, capsys, {"wire.txt": SYNDICATED})["wire"]["outlet"] == "nordwire.example"


@pytest.mark.parametrize("platform", ["Ghost", "Drupal", "Newspack"])
def test_a_credit_under_a_short_story_is_no_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], platform: str
) -> None:
    # t13y G17: a story of one short sentence over the credit ("over a paragraph of more than 12 words" only)
    text = f"Mine notes\n\nThe San Telmo rescue went on through the night.\n\nPowered by {platform}\n"
    assert _list(tmp_path, capsys, {"notes.txt": text})["notes"]["outlet"] is None
