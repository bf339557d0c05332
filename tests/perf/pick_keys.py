"""The article picker: `c` from the library until its list is filled (UI-thread CPU, wall), then
each letter of "reuters" typed until the list is filtered: UI CPU ms per key. JSON."""

import asyncio
import json
import os
import statistics as st
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tui_keys import _key_event, _painted


async def main(corpus, idx, repeat):
    from textual.widgets import OptionList

    from waic_reader.index.workspace import Workspace
    from waic_reader.tui.app import StartOptions, WaicReaderApp
    from waic_reader.tui.screens.library import LibraryScreen
    from waic_reader.tui.screens.pick import PickArticleScreen

    ws = Workspace(corpus, idx)
    ws.ensure_index()
    app = WaicReaderApp(ws, StartOptions(), settings_dir=Path(tempfile.mkdtemp()), save_settings=False)
    out = {"open_ui": [], "open_wall": [], "key_ui": [], "key_wall": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        while app._to_warm or app.busy():
            await asyncio.sleep(0.05)
        await _painted(app)
        for _ in range(repeat):
            t, u = time.perf_counter(), time.thread_time()
            app.post_message(_key_event(app, "c"))

            def filled():
                if not isinstance(app.screen, PickArticleScreen):
                    return False
                found = app.screen.query(OptionList)
                return bool(found) and found.first().option_count > 0

            while not filled():
                await asyncio.sleep(0.0005)
            await _painted(app)
            out["open_ui"].append(round((time.thread_time() - u) * 1000, 1))
            out["open_wall"].append(round((time.perf_counter() - t) * 1000, 1))
            for ch in "reuters":
                t, u = time.perf_counter(), time.thread_time()
                app.post_message(_key_event(app, ch))
                await _painted(app)
                out["key_ui"].append(round((time.thread_time() - u) * 1000, 1))
                out["key_wall"].append(round((time.perf_counter() - t) * 1000, 1))
            app.post_message(_key_event(app, "escape"))
            while not isinstance(app.screen, LibraryScreen):
                await asyncio.sleep(0.001)
            await _painted(app)
    res = {k: st.median(v) for k, v in out.items()}
    res["load"] = [round(x, 2) for x in os.getloadavg()]
    return res


print(json.dumps(asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])))))
