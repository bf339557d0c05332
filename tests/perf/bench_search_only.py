"""``bench.py`` with the name recogniser left out of the build: a search-only index.

    python tests/perf/bench_search_only.py [bench.py's arguments]

At 100,000 articles a full build with analysis takes hours on the shared 2-core machine; the
search figures need only the fields search reads. The recogniser returns no names here, so the
``entity:`` field is empty; every other field is as the app writes it (session 13 and session
16 built their 100k indexes this way). Never use such an index for anything but search timing.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from waic_reader.index.analysis.entities import recogniser

recogniser.Recognizer.recognize = lambda self, article, noise_spans=(): []  # type: ignore[method-assign]
recogniser.Recognizer.default = classmethod(lambda cls, refresh=False: object.__new__(cls))  # type: ignore[assignment]

if __name__ == "__main__":
    bench = Path(__file__).with_name("bench.py")
    sys.argv = [str(bench), *sys.argv[1:]]
    runpy.run_path(str(bench), run_name="__main__")
