"""A rescan in one worker and reads dropping unreadable articles in another never bring a
dropped article back (review, round 9: with 4,000 unreadable files, `articles()` in one thread
and `rescan()` looping in another left ~2,600 of them back in the entries, every run)."""

from __future__ import annotations

import threading
from pathlib import Path

from waic_reader.index.corpus.reader import Corpus


def test_dropped_articles_stay_dropped_while_rescans_run(tmp_path: Path) -> None:
    for n in range(2000):
        (tmp_path / f"bin{n:04d}.txt").write_bytes(b"\x00\x01\x02 binary " * 8)
    (tmp_path / "good.txt").write_text("A ferry ran aground off the coast on Friday.\n", "utf-8")
    for _ in range(2):
        corpus = Corpus.scan(tmp_path)
        stop = threading.Event()
        failures: list[BaseException] = []

        def rescans(
            corpus: Corpus = corpus, stop: threading.Event = stop, failures: list[BaseException] = failures
        ) -> None:
            try:
                while not stop.is_set():
                    corpus.rescan()
            except BaseException as exc:  # reported below, in the test's thread
                failures.append(exc)

        worker = threading.Thread(target=rescans)
        worker.start()
        try:
            readable = corpus.articles()
        finally:
            stop.set()
            worker.join()
        assert not failures
        assert [a.doc for a in readable] == ["good"]
        assert list(corpus.entries) == ["good"]  # none of the 2,000 came back
