"""Each screen opened with Pilot's key event on CORPUS (index current, warm-up done): UI-thread CPU
from the key to the new screen's first paint (first), and process CPU / wall to complete (its
workers ended and painted). Prints JSON: {screen: {"first_ui": [...], "done_ui": [...], "done_cpu": [...], "done_wall": [...]}}."""

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tui_keys import _handled, _key_event, _painted


async def main(corpus: Path, idx: Path, repeat: int) -> dict:
    from textual.css.query import NoMatches

    from waic_reader.index.workspace import Workspace
    from waic_reader.tui.app import StartOptions, WaicReaderApp
    from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
    from waic_reader.tui.screens.fact_sheet import FactSheetScreen
    from waic_reader.tui.screens.help import HelpScreen
    from waic_reader.tui.screens.library import LibraryScreen
    from waic_reader.tui.screens.pick import PickArticleScreen
    from waic_reader.tui.screens.quotes import QuotesScreen
    from waic_reader.tui.screens.reader import ReaderScreen
    from waic_reader.tui.screens.timeline import TimelineScreen
    from waic_reader.tui.widgets.entity_panel import EntityPanel

    ws = Workspace(corpus, idx)
    ws.ensure_index()
    app = WaicReaderApp(ws, StartOptions(), settings_dir=Path(tempfile.mkdtemp()), save_settings=False)
    out: dict = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        while app._to_warm or app.busy():
            await asyncio.sleep(0.05)
        await _painted(app)

        async def timed(name, key, ready, back):
            rec = out.setdefault(name, {"first_ui": [], "done_ui": [], "done_cpu": [], "done_wall": [], "gc": []})
            import cProfile

            prof = cProfile.Profile() if os.environ.get("PROF") else None
            for _ in range(repeat):
                if prof:
                    prof.enable()
                t, c, u = time.perf_counter(), time.process_time(), time.thread_time()
                g0 = (app.idle_collections, app.idle_full_collections)
                app.post_message(_key_event(app, key))
                while not ready(False):
                    await asyncio.sleep(0.0005)
                await _handled(app)
                app.screen._on_timer_update()
                rec["first_ui"].append(round((time.thread_time() - u) * 1000, 1))
                while not ready(True):
                    await asyncio.sleep(0.0005)
                await _painted(app)
                rec["done_ui"].append(round((time.thread_time() - u) * 1000, 1))
                rec["done_cpu"].append(round((time.process_time() - c) * 1000, 1))
                rec["done_wall"].append(round((time.perf_counter() - t) * 1000, 1))
                rec["gc"].append(f"{app.idle_collections - g0[0]}/{app.idle_full_collections - g0[1]}")
                if prof:
                    prof.disable()
                await back()
            if prof:
                prof.dump_stats(f"prof-{name}.prof")

        async def esc():
            app.post_message(_key_event(app, "escape"))
            while not isinstance(app.screen, ReaderScreen):
                await asyncio.sleep(0.001)
            await _painted(app)

        async def to_reader():
            app.post_message(_key_event(app, "enter"))
            while not (isinstance(app.screen, ReaderScreen) and app.screen.loaded is not None):
                await asyncio.sleep(0.001)
            await _painted(app)

        async def to_library():
            app.post_message(_key_event(app, "escape"))
            while not isinstance(app.screen, LibraryScreen):
                await asyncio.sleep(0.001)
            await _painted(app)

        is_reader = lambda done: isinstance(app.screen, ReaderScreen) and (not done or app.screen.loaded is not None)
        await timed("reader", "enter", is_reader, to_library)
        await to_reader()
        await timed("library", "escape", lambda done: isinstance(app.screen, LibraryScreen), to_reader)

        async def panel_close():
            app.post_message(_key_event(app, "e"))
            await _painted(app)

        def panel(done):
            try:
                p = app.screen.query_one(EntityPanel)
            except NoMatches:  # not mounted yet
                return False
            return p.display

        await timed("entities", "e", panel, panel_close)
        await timed(
            "matrix",
            "E",
            lambda d: isinstance(app.screen, EntityMatrixScreen) and (not d or app.screen.matrix is not None),
            esc,
        )
        await timed(
            "facts",
            "f",
            lambda d: isinstance(app.screen, FactSheetScreen) and (not d or app.screen.sheet is not None),
            esc,
        )
        await timed(
            "timeline",
            "t",
            lambda d: isinstance(app.screen, TimelineScreen) and (not d or app.screen.timeline is not None),
            esc,
        )
        await timed(
            "quotes",
            "Q",
            lambda d: isinstance(app.screen, QuotesScreen) and (not d or app.screen.sheet is not None),
            esc,
        )
        await timed("help", "?", lambda d: isinstance(app.screen, HelpScreen), esc)

        async def pick_back():
            app.post_message(_key_event(app, "escape"))
            while not isinstance(app.screen, ReaderScreen):
                await asyncio.sleep(0.001)
            await _painted(app)

        await timed("compare-pick", "c", lambda d: isinstance(app.screen, PickArticleScreen), pick_back)
    out["load"] = [round(x, 2) for x in os.getloadavg()]
    return out


print(json.dumps(asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])))))
