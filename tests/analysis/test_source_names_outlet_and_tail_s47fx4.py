"""A column with room for the outlet and the part of the doc id that tells its articles apart shows
both ("Meridian (first)"), not that part alone; only a column too narrow for both shows the part
alone (review s47-rv2 finding 10, round s47-fx4; README "columns")."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from waic_reader.index.analysis.facts import FactSource
from waic_reader.index.analysis.facts.display import source_names


@pytest.mark.parametrize(
    ("docs", "outlet", "width", "want"),
    [
        # reported (review s47-rv2 finding 10)
        (
            ("wire/meridian-0314-first", "wire/meridian-0314-update"),
            "Meridian",
            20,
            ("Meridian (first)", "Meridian (update)"),
        ),
        # variants of my own: other outlets, ids and widths
        (
            ("feeds/nordwire-2025-03-14-morning", "feeds/nordwire-2025-03-14-evening"),
            "Nordwire",
            22,
            ("Nordwire (morning)", "Nordwire (evening)"),
        ),
        (("agency/kellby-ledger-2026-v1", "agency/kellby-ledger-2026-v2"), "AP", 12, ("AP (v1)", "AP (v2)")),
    ],
)
def test_the_outlet_and_the_tail_when_both_fit(
    docs: tuple[str, str], outlet: str, width: int, want: tuple[str, str]
) -> None:
    names = source_names([FactSource(d, outlet) for d in docs], width=width, cells=cell_len, cut_ids=True)
    assert (names[docs[0]], names[docs[1]]) == want


def test_the_tail_alone_when_both_do_not_fit() -> None:
    docs = ("wire/meridian-0314-first", "wire/meridian-0314-update")
    names = source_names([FactSource(d, "Meridian") for d in docs], width=8, cells=cell_len, cut_ids=True)
    assert names == {docs[0]: "first", docs[1]: "update"}
