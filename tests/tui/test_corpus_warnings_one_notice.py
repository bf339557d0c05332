"""corpus.yaml problems found together are one notice of a few lines (issue 13, t13d fault 4: at
60x20 five bad values were five stacked notices over 17 of 20 rows for 10-20 s), naming the
first by line, counting the rest and saying where all are listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets._toast import Toast

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.corpus_warnings import SAID_WIDTH, warnings_notice

STORY = "{title}\n\nThe {place} flood barrier failed on Tuesday, officials said, and {n} homes were evacuated.\n"

# (the report's five bad values, in its block style; two variants with invented names and values)
YAMLS = {
    "report": (
        "articles:\n"
        "  a.txt:\n    outlet: Northwire\n    date: 2025-13-45\n"
        "  b.txt:\n    outlet: The Riverside Gazette\n    outlet: Gazette Duplicate\n    title: [not, a, title]\n"
        "  c.txt:\n    date: 03/04/2025\n"
        "  d.txt:\n    outlet: Harbour Post\n    date: yesterday\n",
        5,
    ),
    "seven": (
        "articles:\n"
        "  a.txt:\n    date: 2024-02-30\n    outlet: [Velmora, Times]\n"
        "  b.txt:\n    date: someday soon\n    title: {nested: map}\n"
        "  c.txt:\n    date: 07/08/2024\n"
        "  d.txt:\n    outlet: Quillon Ledger\n    outlet: Quillon Again\n"
        "  nowhere.txt:\n    outlet: Phantom Daily\n",
        6,
    ),
    "two": (
        "articles:\n  a.txt:\n    date: 2023-00-12\n  d.txt:\n    date: the ides of March\n",
        2,
    ),
}


def corpus_with(tmp_path: Path, yaml: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (name, place) in enumerate([("a", "Ostrava"), ("b", "Lindqvist"), ("c", "Marrow"), ("d", "Tesk")]):
        text = STORY.format(title=f"{place.title()} barrier gives way", place=place, n=100 + i)
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    (corpus / "corpus.yaml").write_text(yaml, "utf-8")
    return corpus


@pytest.mark.parametrize("size", [(60, 20), (120, 40)], ids=["60x20", "120x40"])
@pytest.mark.parametrize("case", list(YAMLS))
async def test_problems_found_together_are_one_short_notice(case: str, size: tuple[int, int], tmp_path: Path) -> None:
    yaml, at_least = YAMLS[case]
    corpus = corpus_with(tmp_path, yaml)
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), save_settings=False)
    shown: list[str] = []
    short: list[str] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        if kw.get("title") == "corpus.yaml":
            shown.append(message)
        if kw.get("title") == "Warnings":
            short.append(message)
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        count = len(app.corpus_warnings)
        assert count >= at_least, app.corpus_warnings
        if size[0] < SAID_WIDTH:
            # a narrow screen: the one short line pointing to W (issue #13 N13, round s46-x)
            assert (shown, short) == ([], [f"{count} warnings: W lists them"])
        else:
            assert len(shown) == 1, shown  # one notice for them all
            notice = shown[0]
            assert notice.startswith(f"{count} problems in corpus.yaml: line ")
            assert "waic-reader index" in notice
        toasts = [t for t in app.screen.query(Toast) if t.region.area]
        assert len(toasts) == 1
        assert toasts[0].region.height <= 8, toasts[0].region  # title, at most 4 lines, padding
        # the library's status line still counts them all
        assert f"{count} corpus.yaml warnings" in str(app.screen.query_one("#library-status").render())


def test_the_notice_names_problems_in_file_order_and_fits_its_lines() -> None:
    warnings = [
        "corpus.yaml:12:5: duplicate key 'outlet' (the first value is kept; this one ignored)",
        "corpus.yaml:3:11: 'date' '2024-02-30' is not a date this app understands (ignored)",
        "corpus.yaml:7:9: 'title' must be text, not a mapping (ignored)",
    ]
    for width in (60, 80, 120, 200):
        notice = warnings_notice(warnings, width)
        assert notice.startswith("3 problems in corpus.yaml: line 3: ")
        room = min(60, width // 2) - 3  # a notice's text cells per line
        assert len(notice) <= 4 * room, (width, notice)
    wide = warnings_notice(warnings, 200)
    assert wide.index("line 3:") < wide.index("line 7:")
    assert warnings_notice(warnings[:1], 120) == warnings[0]  # one that fits: as written
    gone = warnings_notice(warnings, 60, gone=True)
    assert gone.startswith("No longer applies: 3 problems in corpus.yaml")
