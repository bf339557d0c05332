"""The Ctrl+C tests need Python's own SIGINT handler in the test process: a process that ignores
SIGINT passes the ignoring on to every program it starts (a disposition of SIG_IGN survives
exec), so a build started from it would never see Ctrl+C. In a whole-suite run (pytest -n 2,
session 49) one of the worker processes was left ignoring SIGINT by an earlier test, and these
tests, each passing alone, failed there (the build exited 0, no KeyboardInterrupt raised). Each
test here starts from the default handler and gives back what it found."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def default_sigint() -> Iterator[None]:
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before if before is not None else signal.SIG_DFL)
