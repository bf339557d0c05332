"""The boilerplate panel asks which blocks one mark moves (``marked_together``) for every run of a
split; on a long page that was quadratic in the blocks for each run: a 50,000-word article of
4,000 boilerplate blocks left the app unanswering for minutes when its reader opened (t13x F15).
The related-stories lists are now worked out once a split (``ListGroups.of``, one pass), with the
same answers as the definition (a header's items: the later blocks whose reason names it)."""

from __future__ import annotations

import random

import pytest

from waic_reader.index.analysis.noise import ListGroups, Segment, marked_together
from waic_reader.index.analysis.noise import split as split_module
from waic_reader.tui.widgets.noise_panel import group_runs

HEADERS = ["More on this story", "Related", "Most read", "Top stories"]


def under(header: str) -> str:
    return f"item of the list under “{header}”"


def page(rng: random.Random, blocks: int) -> list[Segment]:
    """Boilerplate blocks of a long page: lists under headers (some headers written twice, as a
    page repeats its "Related" box), their items, and other boilerplate between."""
    noise: list[Segment] = []
    headers_seen: list[str] = []
    for k in range(blocks):
        roll = rng.random()
        if roll < 0.15:
            h = rng.choice(HEADERS)
            headers_seen.append(h)
            noise.append(Segment(k * 10, k * 10 + 5, "headline-list", h, f"related-stories header (“{h}”)"))
        elif roll < 0.75 and headers_seen:
            h = rng.choice(headers_seen[-2:])
            noise.append(Segment(k * 10, k * 10 + 5, "headline-list", f"Story {k}", under(h)))
        else:
            noise.append(Segment(k * 10, k * 10 + 5, "navigation", f"Menu {k}", "menu line"))
    return noise


def by_definition(noise: list[Segment], run: list[Segment]) -> list[Segment]:
    """The blocks one mark of ``run`` moves, as the docstring defines them, worked out the slow way."""
    picked = {k for k, seg in enumerate(noise) if any(seg is r for r in run)}
    extra: set[int] = set()
    for h, head in enumerate(noise):
        if not (head.reason or "").startswith("related-stories header"):
            continue
        items = [k for k in range(h + 1, len(noise)) if noise[k].reason == under(head.text)]
        if items and (h in picked or set(items) <= picked):
            extra |= {h, *items}
    return [noise[k] for k in sorted(picked | extra)]


def test_the_header_reasons_are_the_splits() -> None:
    assert "related-stories header (“Related”)".startswith(split_module.HEADERS)


@pytest.mark.parametrize("seed", range(5))
def test_each_run_moves_what_the_definition_says(seed: int) -> None:
    rng = random.Random(seed)
    noise = page(rng, 300)
    groups = ListGroups.of(noise)
    runs = group_runs(noise) + [[seg] for seg in noise[::7]]
    for run in runs:
        assert marked_together(noise, run, groups) == by_definition(noise, run)
        assert marked_together(noise, run) == by_definition(noise, run)


def test_every_run_of_a_long_page_costs_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    # Work counted, not timed: the header's text as items quote it (``snip``) is read once a
    # header for the whole panel, whatever the number of runs (it was once a header a run).
    calls = 0
    real = split_module.snip

    def counted(text: str, width: int) -> str:
        nonlocal calls
        calls += 1
        return real(text, width)

    monkeypatch.setattr(split_module, "snip", counted)
    noise = page(random.Random(7), 4000)
    headers = sum(1 for seg in noise if (seg.reason or "").startswith("related-stories header"))
    groups = ListGroups.of(noise)
    for run in group_runs(noise):
        marked_together(noise, run, groups)
    assert calls == headers


def test_one_long_list_of_one_item_runs_costs_each_run_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # One header over thousands of items, each its own run (a date line between): asking every
    # run which blocks it moves read the whole list once per run (review s34-r: x4 a doubling).
    noise = [Segment(0, 5, "headline-list", "Related", "related-stories header (“Related”)")]
    for k in range(1, 4001):
        if k % 2:
            noise.append(Segment(k * 10, k * 10 + 5, "headline-list", f"Story {k}", under("Related")))
        else:
            noise.append(Segment(k * 10, k * 10 + 5, "byline", f"{k} March 2026", "date line"))
    groups = ListGroups.of(noise)
    reads = 0
    owned = groups.owned[0]

    class Counted(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            nonlocal reads
            for k in list.__iter__(self):
                reads += 1
                yield k

    groups.owned[0] = Counted(owned)
    runs = [[seg] for seg in noise[1:]]
    for run in runs:
        assert marked_together(noise, run, groups) == [run[0]]
    assert reads <= 2 * len(runs)
