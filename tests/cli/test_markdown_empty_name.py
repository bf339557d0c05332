"""``--markdown ''`` is refused with exit 2 instead of silently writing nothing (issue 13,
helper s15-k #7)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

STORY = "# Ferry collides with freighter\n\nA ferry collided with a freighter in Osaka Bay on Friday, officials said.\n"


@pytest.mark.parametrize(
    "args",
    [
        ("facts", "--markdown", ""),  # the reported case
        ("quotes", "--markdown", "   "),
        ("compare", "01", "02", "--markdown="),
    ],
)
def test_an_empty_markdown_name_is_refused(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "01.txt").write_text(STORY, "utf-8")
    (tmp_path / "02.txt").write_text(STORY.replace("Friday", "Saturday"), "utf-8")
    out = run("--corpus", str(tmp_path), *args)
    assert out.returncode == 2 and "--markdown" in out.stderr and "empty" in out.stderr
    assert out.stdout == ""
