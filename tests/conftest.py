"""Shared fixtures: every test runs with its own XDG cache/data/config folders."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from waic_reader.index.paths import bundled_seeds


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's real cache, data and config folders are never touched by tests."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture(autouse=True)
def full_colour_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app is told it draws on a full-colour terminal, whatever TERM and COLORTERM the tests
    run under: its highlight colours are chosen for the terminal's colour system (TERM=xterm is
    16 colours, tui/highlights.drawn_by), and snapshots and measured colours must not depend on
    the shell. A test of another system sets ``textual.constants.COLOR_SYSTEM`` itself."""
    from textual import constants

    monkeypatch.setattr(constants, "COLOR_SYSTEM", "truecolor")


@pytest.fixture
def seeds() -> Path:
    return bundled_seeds()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(bundled_seeds(), target)
    return target


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The local time zone is UTC for the test (dates shown and bucketed as a user in UTC sees
    them), and the process's zone is restored after it."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def cet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The local time zone is Central European (UTC+01:00 in March), the zone the quake fixtures'
    times are written in, so the fact sheet shows them as written; restored after the test."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
