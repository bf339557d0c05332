"""The boilerplate panel's reasons follow blocks moved with the real ``m`` key (issue 13, row 54
of the review: the first mark was made through the workspace, and after ``m`` only counts were
checked). In the reader a block is selected with ``}`` and moved to the boilerplate with ``m``:
the panel then lists it as the user's mark, its reason saying so, the detector's entries
unchanged; ``m`` on that entry in the panel moves it back and its entry and reason are gone;
``m`` on a detector's entry moves it back and its reason leaves the list. On the seed the issue
was seen on (003, its 15-line "More news" run) and two invented articles: plain text with a
copyright and newsletter footer, and Markdown with a "Related:" teaser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.pilot import Pilot
from textual.widgets import OptionList

from waic_reader.index.corpus.markdown import article_excerpt
from waic_reader.index.corpus.text import one_line
from waic_reader.index.paths import bundled_seeds
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.noise_panel import NoisePanel

YOURS = "marked as noise by you"  # the reason of a block the user moved (noise/split.py)

FILLER = "The ferry terminal vote was close, and the board debated the plan for hours before it agreed."

MARKDOWN = """# Harbour plan approved in Vellby

Officials in **Vellby** approved the harbour plan on Tuesday after a long debate about the costs of the works.

Torvald Enge, who chairs the council, called the plan "overdue". Work starts in June and lasts eighteen months.

Residents near the quay asked for quieter machines at night, and the council agreed to limit the hours.

Related: [Storm season begins](https://ledger.example/storm)
"""


def seed(root: Path) -> tuple[Path, str]:
    shutil.copytree(bundled_seeds(), root)
    return root, "003"


def footer(root: Path) -> tuple[Path, str]:
    root.mkdir()
    body = "\n\n".join(f"{FILLER} Paragraph {n}." for n in range(8))
    (root / "a.txt").write_text(
        f"Harbour board approves ferry terminal\n\n{body}\n\n"
        "Copyright 2025 Quillmoor Media Group. All rights reserved.\n\n"
        "Subscribe to the Quillmoor newsletter for daily updates.\n",
        encoding="utf-8",
    )
    (root / "b.txt").write_text("Residents debate the ferry\n\nResidents said the terminal was overdue.\n", "utf-8")
    return root, "a"


def markdown(root: Path) -> tuple[Path, str]:
    root.mkdir()
    (root / "link.md").write_text(MARKDOWN, "utf-8")
    return root, "link"


CORPORA = {"seed_003": seed, "footer": footer, "markdown": markdown}


def entries(reader: ReaderScreen) -> list[tuple[str, str, str]]:
    """The panel's entries as shown: (head, first block's text, reason), the reason its last line."""
    options = reader.query_one(NoisePanel).query_one(OptionList)
    out = []
    for i in range(options.option_count):
        lines = str(options.get_option_at_index(i).prompt).split("\n")
        out.append((lines[0], lines[1] if len(lines) > 1 else "", lines[-1]))
    return out


async def to_entry(pilot: Pilot[None], reader: ReaderScreen, index: int) -> None:
    """Focus the panel as a user does (``b`` closes it, ``b`` opens it focused), then ``g`` and
    ``j`` down to entry ``index``."""
    await pilot.press("b", "b", "g")
    await settle(pilot)
    options = reader.query_one(NoisePanel).query_one(OptionList)
    assert options.has_focus
    for _ in range(index):
        await pilot.press("j")
    await settle(pilot)
    assert options.highlighted == index


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("corpus", list(CORPORA))
async def test_reasons_follow_blocks_moved_with_m(tmp_path: Path, size: tuple[int, int], corpus: str) -> None:
    root, doc = CORPORA[corpus](tmp_path / "c")
    app = make_app(open_doc=doc, corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        article = reader.loaded.article
        await pilot.press("b")
        await settle(pilot)
        before = entries(reader)
        assert before and not any(YOURS in reason for _, _, reason in before)

        # } } selects the second block from the top of the view (below the title); m moves it.
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await settle(pilot)
        selected = reader.query_one(ArticleView).selected
        assert selected is not None and not reader.query_one(NoisePanel).has_focus_within
        block = selected.block
        shown = one_line(article_excerpt(article, block.start, block.end)[0])
        await pilot.press("m")
        await settle(pilot)
        after = entries(reader)
        mine = [i for i, (_, text, _) in enumerate(after) if text and shown.startswith(text.rstrip("…"))]
        assert len(mine) == 1, (shown, after)
        head, _, reason = after[mine[0]]
        assert "(your mark)" in head and reason == YOURS, after[mine[0]]
        # The detector's entries are as they were: none took the mark's reason, none went stale.
        assert [e for i, e in enumerate(after) if i != mine[0]] == before

        # m on that entry in the panel moves it back: its entry and its reason are gone.
        await to_entry(pilot, reader, mine[0])
        await pilot.press("m")
        await settle(pilot)
        assert entries(reader) == before

        # m on the detector's first entry moves it (its run) back: its reason leaves the list.
        await to_entry(pilot, reader, 0)
        gone = before[0]
        await pilot.press("m")
        await settle(pilot)
        left = entries(reader)
        assert gone not in left
        if before[1:]:
            assert left == before[1:], left
        else:  # the panel's one line says the blocks were moved back, never "nothing was split off"
            [(said, _, _)] = left
            assert said.startswith("Nothing is split off now:") and "moved back to the article by you" in said, said
