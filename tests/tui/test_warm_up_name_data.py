"""The warm-up loads the name data the first matrix or Quotes open needs, besides importing its
modules (issue 13, round s36-f).

Profiled after the warm-up on 221 articles, the first `E` and the first `Q` each still loaded the
gazetteer (the bundled YAML and the user's, a token trie built: ~0.35 s under cProfile) and the
given names (each in its camel-case forms: ~0.23 s) on their worker, against 150 ms a key. Both
are the same for every screen of a session (``Gazetteer.default``, ``given_names``), so the warm-up
loads them while the user looks at the library; the screens then load neither.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities import given_names as given_names_module
from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.workspace import Workspace
from waic_reader.tui import warm_up

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def unloaded() -> Iterator[list[str]]:
    """No gazetteer nor given names loaded yet; each load from now on is recorded."""
    loads: list[str] = []
    held = Gazetteer._default
    Gazetteer._default = None
    given_names_module.given_names.cache_clear()
    real_init = Gazetteer.__init__

    def counted_init(self: Gazetteer, *args: object, **kw: object) -> None:
        loads.append("gazetteer")
        real_init(self, *args, **kw)  # type: ignore[arg-type]

    Gazetteer.__init__ = counted_init  # type: ignore[method-assign]
    try:
        yield loads
    finally:
        Gazetteer.__init__ = real_init  # type: ignore[method-assign]
        Gazetteer._default = held


def _given_names_loaded() -> int:
    return given_names_module.given_names.cache_info().currsize


@pytest.mark.parametrize("formats", [set(), {"html"}, {"markdown", "html"}])
def test_the_warm_up_loads_the_gazetteer_and_the_given_names(unloaded: list[str], formats: set[str]) -> None:
    assert warm_up.warm_up(warm_up.modules_for(formats), lambda: False) == []
    assert unloaded == ["gazetteer"]
    assert Gazetteer._default is not None
    assert _given_names_loaded() == 1


def test_a_load_is_a_step_the_warm_up_stops_before(unloaded: list[str]) -> None:
    steps = warm_up.modules_for(set())
    at = next(n for n, step in enumerate(steps) if ":" in step)
    asked: list[int] = []

    def stop() -> bool:  # input came just before the first load
        asked.append(1)
        return len(asked) > at

    left = warm_up.warm_up(steps, stop)
    assert left == steps[at:]
    assert unloaded == []


def _indexed(tmp_path: Path, fixture: str) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    index = tmp_path / "ix"
    Workspace(root, index).ensure_index()
    return root, index


# Plain English texts, pages among texts, articles in four languages.
@pytest.mark.parametrize("fixture", ["quake", "t13r", "languages_t13r"])
@pytest.mark.parametrize("screen", ["entities", "quotes"])
def test_after_the_warm_up_the_first_matrix_or_quotes_loads_no_name_data(
    unloaded: list[str], tmp_path: Path, fixture: str, screen: str
) -> None:
    root, index = _indexed(tmp_path, fixture)
    ws = Workspace(root, index)
    Gazetteer._default = None  # as in a new session: what indexing loaded is gone
    given_names_module.given_names.cache_clear()
    unloaded.clear()
    assert warm_up.warm_up(warm_up.modules_for(set()), lambda: False) == []
    unloaded.clear()
    given = _given_names_loaded()
    if screen == "entities":
        ws.entities(open_built=True)
    else:
        ws.quotes(open_built=True)
    assert unloaded == []
    assert _given_names_loaded() == given == 1
