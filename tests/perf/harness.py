"""Child process for the benchmark: start an app, note when the library first paints, exit.

    python harness.py waic CORPUS INDEX_DIR     the real app (WaicReaderApp, LibraryScreen)
    python harness.py bare CORPUS               a bare Textual app: same widgets, rows from the
                                                folder listing, no waic_reader import, no index
    python harness.py memory CORPUS INDEX_DIR   the real app until the index is open, the library
                                                filled from it and one search run; then peak RSS
    python harness.py rows CORPUS INDEX_DIR     the real app until the library has painted its
                                                rows (titles, dates, counts: none pending) and
                                                checked them against the folder

Prints one JSON line: {"painted": <time.time() at first paint>, ...} (``rows`` adds "checked"). Runs headless so every
mode renders the same way without a terminal.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def emit(**data: object) -> None:
    data["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # The process's CPU time so far (every thread): on a busy machine the fairer figure.
    data["cpu_ms"] = time.process_time() * 1000
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def run_bare(corpus: str) -> None:
    from textual.app import App, ComposeResult
    from textual.screen import Screen
    from textual.widgets import DataTable, Footer, ProgressBar, Static

    names = sorted(n for n in os.listdir(corpus) if n.endswith((".txt", ".md")) and not n.startswith("."))

    class Library(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Static(f"{corpus}  ·  {len(names)} articles")
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield ProgressBar(show_eta=False)
            yield Static("Opening the index…")
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            for label, width in (
                ("Doc", 10),
                ("Outlet", 16),
                ("Title", 40),
                ("Date", 10),
                ("Words", 6),
                ("Ent.", 4),
                ("Noise", 5),
            ):
                table.add_column(label, width=width)
            for n in names:
                stem = n.rsplit(".", 1)[0]
                table.add_row(stem, "—", n, "", "…", "…", "…", key=stem)
            self.call_after_refresh(self.app.painted)  # type: ignore[attr-defined]

    class Bare(App[None]):
        def on_mount(self) -> None:
            self.push_screen(Library())

        def painted(self) -> None:
            emit(painted=time.time())
            self.exit()

    Bare().run(headless=True, size=(120, 40))


def run_waic(corpus: str, index_dir: str, memory: bool, rows: bool = False) -> None:
    import tempfile
    from pathlib import Path

    from waic_reader.tui.cli.main import build_parser, pause_collector_for_start

    pause_collector_for_start()  # as the entry point does before it imports the app

    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.screens.library import LibraryScreen
    from waic_reader.tui.widgets.article_table import ArticleTable

    state: dict[str, float] = {}

    import waic_reader.tui.app as app_module

    class Timed(WaicReaderApp):
        # CSS_PATH is resolved against the subclass's module: point it at the real one.
        CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

        def on_ready(self) -> None:
            if rows:
                # Polled, not chained on refreshes: once the rows are in, the screen may have
                # nothing else to repaint for a second (until the index is ready), and a check
                # that waits for the next refresh measured that wait, not the rows.
                self._poll = self.set_interval(0.005, self._check_rows)
                return
            self.call_after_refresh(self._check_paint)

        def _check_rows(self) -> None:
            screen = self.screen
            if (
                isinstance(screen, LibraryScreen)
                and screen.rows
                and not any(r.get("pending") for r in screen.rows.values())
            ):
                # Every row has its listing fields: the refresh asked for here paints them
                # (and is at once if their own repaint is still to come).
                self._poll.stop()
                screen.refresh()
                self.call_after_refresh(self._rows_painted)

        def _check_paint(self) -> None:
            screen = self.screen
            if isinstance(screen, LibraryScreen) and screen.query_one("#library", ArticleTable).row_count:
                state["painted"] = time.time()
                if not memory:
                    emit(painted=state["painted"])
                    self.exit()
                    return
                self.set_interval(0.02, self._check_loaded)
                return
            self.call_after_refresh(self._check_paint)

        def _rows_painted(self) -> None:
            # Rows painted from the last listing are then checked against the folder: the line
            # also gives when that check was through (``checked``), polled as the rows were.
            state["painted"] = time.time()
            self._poll = self.set_interval(0.005, self._check_checked)
            self._check_checked()

        def _check_checked(self) -> None:
            screen = self.screen
            if isinstance(screen, LibraryScreen) and screen.checking:
                return
            self._poll.stop()
            emit(painted=state["painted"], checked=time.time())
            self.exit()

        def _check_loaded(self) -> None:
            screen = self.screen
            if "loaded" in state or not self.index_ready or not isinstance(screen, LibraryScreen):
                return
            if not screen.rows or any(r.get("pending") for r in screen.rows.values()):
                return
            state["loaded"] = time.time()
            t = time.perf_counter()
            self.workspace.index.search("government", typing=True, limit=50)
            self.workspace.index.search("gov", typing=True, limit=50)
            emit(painted=state["painted"], loaded=state["loaded"], search_ms=(time.perf_counter() - t) * 1000)
            self.exit()

    # As the ``waic-reader`` entry point starts: its command line parsed, then the app.
    from waic_reader.tui.app import app_workspace

    args = build_parser().parse_args(["--corpus", corpus, "--index-dir", index_dir])
    settings = Path(tempfile.mkdtemp(prefix="waic-bench-settings-"))
    ws = app_workspace(args)
    Timed(ws, settings_dir=settings, save_settings=False).run(headless=True, size=(120, 40))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        run_bare(sys.argv[2])
    else:
        run_waic(sys.argv[2], sys.argv[3], memory=mode == "memory", rows=mode == "rows")
