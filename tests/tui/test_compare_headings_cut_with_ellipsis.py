"""Compare's A/B headings cut to their two lines end in "…" (acceptance t13af N22: at 60 columns
"挪威瓦恩霍尔姆附近油轮与货船" showed with "相撞" dropped, and "Tanker and cargo ship collide off"
with "Varnholm, three crew missing" dropped, with no mark). The reported pair (a Chinese and an
English headline), a title written as markup (shown as written, cut with "…"), and a short
title that fits (never an ellipsis). At 60 and 120 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.content import Content

from waic_reader.tui.widgets.clamped_heading import ClampedHeading, clamped

ARTICLES = {
    "xinhua-cn": (
        "挪威瓦恩霍尔姆附近油轮与货船相撞\n\n新华社奥斯陆10月14日电 挪威西海岸14日凌晨发生油轮相撞事故，造成5名船员失踪。\n"
    ),
    "nordwire-wire": (
        "Tanker and cargo ship collide off Varnholm, three crew missing\n\n"
        "VARNHOLM, Oct 14 (Nordwire) - A tanker and a cargo ship collided off Varnholm early on Tuesday, "
        "and three crew members were missing, the coastguard said.\n"
    ),
    "hostile": (
        "Spill [bold red]UPDATE[/] and the long clean-up of the western fjord beaches begins today\n\n"
        "Crews began removing oil from the beaches on Wednesday, the coastguard said.\n"
    ),
    "short": "Slick grows\n\nThe slick grew to 22 square kilometres on Wednesday, the coastguard said.\n",
}


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    return root


def shown(app: object, key: str) -> list[str]:
    head = app.screen.query_one(f"#head-{key}", ClampedHeading)  # type: ignore[attr-defined]
    lines = head.render().plain.split("\n")
    assert head.size.height == len(lines) <= 2
    return lines


@pytest.mark.parametrize(
    ("pair", "width", "cut"),
    [
        (("xinhua-cn", "nordwire-wire"), 60, (True, True)),  # the reported pair
        (("hostile", "short"), 60, (True, False)),
        (("xinhua-cn", "nordwire-wire"), 120, (False, False)),
    ],
)
async def test_a_heading_cut_ends_in_an_ellipsis(
    tmp_path: Path, pair: tuple[str, str], width: int, cut: tuple[bool, bool]
) -> None:
    app = make_app(compare=pair, corpus=corpus(tmp_path))
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        for key, was_cut in zip(("a", "b"), cut, strict=True):
            lines = shown(app, key)
            whole = app.screen.query_one(f"#head-{key}", ClampedHeading).text
            assert lines[-1].endswith("…") == was_cut, lines
            if not was_cut:
                assert "".join(lines).replace(" ", "") == whole.replace(" ", ""), (lines, whole)
            else:
                assert "".join(lines)[:-1].replace(" ", "") in whole.replace(" ", ""), (lines, whole)
        if pair[0] == "hostile":
            assert "[bold red]UPDATE[/]" in " ".join(shown(app, "a")), shown(app, "a")


def test_clamped_keeps_the_ellipsis_inside_the_width() -> None:
    content = Content("挪威瓦恩霍尔姆附近油轮与货船相撞事故造成船员失踪")  # wide characters: two cells each
    for width in (9, 10, 11, 20):
        lines = clamped(content, width, 2).plain.split("\n")
        assert len(lines) == 2 and lines[-1].endswith("…")
        assert all(Content(line).cell_length <= width for line in lines), (width, lines)
