"""The start-up warnings notice is one short line for a few seconds, not a long message held over
the status line (issue #13, N13, round s46-x).

Reported (reconstructed): at 60x20 a notice listing the corpus.yaml warnings stayed about 12 s
over the library's status line, hiding it. The kind: every warnings notice goes after Textual's
default time (corpus_warnings.NOTICE_SECONDS), and on a narrow screen the warnings are said in
one line pointing to W. The reported case (bad values in corpus.yaml), then our own: a single
bad value, and a corpus.yaml warning with a lost noise mark, each at 60x20 and 70x24."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.corpus_warnings import notice_width

STORY = "{title}\n\n{outlet}\n\nThe {place} sea wall failed on Monday, officials said, and {n} homes were flooded.\n"
YAMLS = {
    "report": "articles:\n  a.txt:\n    date: 2025-13-45\n  b.txt:\n    date: someday\n  c.txt:\n    date: 2024-02-30\n",
    "one": "articles:\n  b.txt:\n    outlet: Quillon Ledger\n    outlet: Quillon Again\n",
    "with-mark": "articles:\n  c.txt:\n    date: the ides of March\n",
}


def corpus_for(tmp_path: Path, case: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (name, place, outlet) in enumerate(
        [("a", "Ostrava", "Northwire"), ("b", "Tesk", "Harbour Post"), ("c", "Marrow", "Velmora Times")]
    ):
        text = STORY.format(title=f"{place} sea wall gives way", outlet=outlet, place=place, n=40 + i)
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    if case == "with-mark":  # a mark made, then its line rewritten: a lost mark too
        Workspace(corpus).mark_block("c", "Velmora Times", "noise")
        path = corpus / "c.txt"
        path.write_text(path.read_text("utf-8").replace("Velmora Times", "Velmora Times Online"), "utf-8")
    (corpus / "corpus.yaml").write_text(YAMLS[case], "utf-8")
    return corpus


@pytest.mark.parametrize("size", [(60, 20), (70, 24)], ids=["60x20", "70x24"])
@pytest.mark.parametrize("case", list(YAMLS))
async def test_the_warnings_notice_is_short_and_brief(case: str, size: tuple[int, int], tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus_for(tmp_path, case), tmp_path / "ix"), save_settings=False)
    said: list[tuple[str, str, object]] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        if kw.get("severity") == "warning":
            said.append((str(kw.get("title")), message, kw.get("timeout")))
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        count = len(app.corpus_warnings) + len(app.mark_warnings)
        assert count >= 1
        assert len(said) == 1, said
        title, message, timeout = said[0]
        assert (title, message) == ("Warnings", f"{count} warning{'s' if count > 1 else ''}: W lists them")
        assert len(message) <= notice_width(size[0])  # one line of the notice
        assert isinstance(timeout, float) and timeout <= 5, timeout
