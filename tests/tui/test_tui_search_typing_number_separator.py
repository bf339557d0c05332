"""Round s30-h (t13q F6): a number typed with its thousands separator, in the search box, is the
prefix of the number being typed at every key, the separator just typed included: ``412,`` finds
what ``412,*`` finds, ``412'0`` what ``412'0*`` finds (a Swiss apostrophe is a separator as the
comma is), ``3,`` what ``3,*`` finds. Before, ``412,`` and ``412'`` … ``412'00`` showed "No article
matches" until the number was complete, and ``3,`` read as the number 3 (more articles than
``3,*``, then fewer as typing went on). A number grouped with spaces likewise: ``412 0`` and
``412 00`` showed no article until ``412 000`` was complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.index.errors import QueryError
from waic_reader.tui.screens.search import SearchScreen

ARTICLES = {
    # t13q's corpus: Oberland Post's "412,000 passengers" and Swissinfo's Swiss "412'000".
    "oberland": "Cable car line\n\nThe line carried 412,000 passengers last year, 45% of them tourists.",
    "swissinfo": "Grauhorn analysis\n\nThe line carried 412'000 passengers last year.",
    "toll": "Toll rises\n\nThree people died; 3 cabins stood still and 3,200 guests were brought down.",
    "other": "Other line\n\nA line nearby carried 41'200 skiers and 4,120 hikers; 3 of its cabins are new.",
    # Variants: a Swiss amount with a typographic apostrophe, another comma-grouped count.
    "budget": "Budget\n\nThe canton granted 1’250’000 francs; 86'500 visitors came and 7,400 stayed overnight.",
    "rival": "Rival\n\nThe rival resort counted 125,000 visitors, 8,650 cars and 865 coaches; 7 lifts ran.",
}


def corpus(root: Path) -> Path:
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    return root


async def typed_steps(root: Path, typed: str) -> list[tuple[str, int, set[str], str, set[str] | None]]:
    """(text so far, total, docs shown, status, docs of the submitted ``text*``) after each key."""
    app = make_app(corpus=corpus(root))
    out = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#query", Input)
        for n in range(1, len(typed) + 1):
            box.insert_text_at_cursor(typed[n - 1])
            await settle(pilot)
            so_far = typed[:n]
            got = screen.results
            status = str(screen.query_one("#search-status").render())
            submitted = None
            if len(so_far) >= 2:
                try:
                    want = app.workspace.search(f"{so_far}*", limit=20)
                except QueryError:  # "412 0*": a one-letter prefix
                    pass
                else:
                    submitted = {h.doc for h in want.hits}
            if got is None:
                out.append((so_far, -1, set(), status, submitted))
            else:
                out.append((so_far, got.total, {h.doc for h in got.hits}, status, submitted))
    return out


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("412,000", {"oberland", "swissinfo"}),  # reported: "412," showed no article
        ("412'000", {"oberland", "swissinfo"}),  # reported: "412'" … "412'00" showed no article
        ("1’250’000", {"budget"}),  # variant: a typographic apostrophe, a second group
        ("86'500", {"budget"}),  # variant: not "8,650" nor "865"
        ("7,400", {"budget"}),  # variant: not the one-digit "7"
    ],
)
async def test_a_number_typed_with_its_separator_finds_its_prefix_at_every_key(
    tmp_path: Path, typed: str, want: set[str]
) -> None:
    steps = await typed_steps(tmp_path / "c", typed)
    assert (steps[-1][1], steps[-1][2]) == (len(want), want)
    for so_far, total, docs, status, submitted in steps[1:]:
        # every key from the second: what the submitted prefix finds, never "no match"
        assert total > 0 and "No article matches" not in status, so_far
        assert docs == submitted, so_far
        assert docs >= want, so_far  # never fewer than the finished number finds
    shown = [docs for _t, _n, docs, _s, _w in steps[1:]]
    assert all(b <= a for a, b in zip(shown, shown[1:], strict=False))  # never grows


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("3,", {"toll"}),  # reported: "3," read as the number 3 (every article with a "3")
        ("86'", {"budget"}),  # variant: the apostrophe just typed, not 865 or 8,650
        ("41,", {"other"}),  # variant: 41,xxx only ("41'200"), never 4,120 or 412,000
    ],
)
async def test_a_separator_just_typed_is_the_prefix_of_a_grouped_number(
    tmp_path: Path, typed: str, want: set[str]
) -> None:
    steps = await typed_steps(tmp_path / "c", typed)
    so_far, total, docs, _status, submitted = steps[-1]
    assert (total, docs) == (len(want), want), so_far
    assert docs == submitted, so_far


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("412 000", {"oberland", "swissinfo"}),  # the report's number, grouped with a space
        ("1 250 000", {"budget"}),  # variant: a second group begun ("1 250 0")
        ("86 500", {"budget"}),  # variant: "86 5" is neither 865 nor 8,650 alone
    ],
)
async def test_a_number_grouped_with_spaces_keeps_its_matches_while_its_last_group_is_typed(
    tmp_path: Path, typed: str, want: set[str]
) -> None:
    steps = await typed_steps(tmp_path / "c", typed)
    assert (steps[-1][1], steps[-1][2]) == (len(want), want)
    for so_far, total, docs, status, _submitted in steps:
        if re.search(r"\d \d{1,2}$", so_far):  # a group begun after a space, not complete
            # "412 0", "412 00": the number being typed, not "412" and a word "0…" no text holds
            assert total > 0 and "No article matches" not in status, so_far
            assert docs >= want, so_far
