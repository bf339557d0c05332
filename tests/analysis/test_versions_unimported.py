"""The analysis version is read without importing the rules it names (the index's sync asks for
it at every start; importing the entity rules compiled their patterns, 0.3–0.5 s in a worker
competing with the library's rows at 20,000 articles, which then took 2 s to paint). It is the
same version the modules' own constants give."""

from __future__ import annotations

import subprocess
import sys

import pytest

from waic_reader.index.analysis import versions


def test_the_version_is_the_modules_constants() -> None:
    from waic_reader.index.analysis.entities.recogniser import ENTITY_VERSION
    from waic_reader.index.analysis.noise import ANALYSIS_VERSION
    from waic_reader.index.analysis.quotes.group import QUOTES_VERSION
    from waic_reader.index.corpus.reader import READER_VERSION

    want = (
        f"noise{ANALYSIS_VERSION}-entities{ENTITY_VERSION}-reader{READER_VERSION}-quotes{QUOTES_VERSION}"
        f"-{versions.library_stamp()}"
    )
    assert versions.analysis_version() == want


def test_reading_it_imports_none_of_the_rules() -> None:
    code = (
        "import sys\n"
        "from waic_reader.index.analysis.versions import analysis_version, VERSION_PARTS\n"
        "analysis_version()\n"
        "print(sorted(m for _, m, _ in VERSION_PARTS if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_sources_are_read_again_only_when_their_stamp_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Indexing asks for the version once an article: the four source files are read once, and
    # again when one of them changes (a rule's number bumped while the app runs).
    reads: list[str] = []
    number = {"n": 7}

    def constant(module: str, name: str) -> int:
        reads.append(module)
        return number["n"]

    stamp = {"s": "a"}
    monkeypatch.setattr(versions, "_constant", constant)
    monkeypatch.setattr(versions, "version_sources", lambda: stamp["s"])
    monkeypatch.setattr(versions, "_read", None)
    assert versions.analysis_version() == f"noise7-entities7-reader7-quotes7-{versions.library_stamp()}"
    assert versions.analysis_version() == f"noise7-entities7-reader7-quotes7-{versions.library_stamp()}"
    assert len(reads) == 4
    number["n"] = 8  # a source edited: its stamp changes with it
    stamp["s"] = "b"
    assert versions.analysis_version() == f"noise8-entities8-reader8-quotes8-{versions.library_stamp()}"
    assert len(reads) == 8
    # No source file to stat (a zipped install): read every time, as before.
    monkeypatch.setattr(versions, "version_sources", lambda: None)
    versions.analysis_version()
    versions.analysis_version()
    assert len(reads) == 16


def test_another_version_of_a_reading_library_is_another_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    # A kept page's text is what trafilatura (and htmldate, lxml …) made of it: after `pip install
    # -U trafilatura` the index, the kept articles and the caches are made again, never served as
    # the old version read them. A library not installed counts too (a page then reads otherwise).
    before = versions.analysis_version()
    installed: dict[str, str | None] = dict.fromkeys(versions.LIBRARIES, "1.0")

    def version(name: str) -> str:
        found = installed[name]
        if found is None:
            raise versions.PackageNotFoundError(name)
        return found

    monkeypatch.setattr(versions, "installed_version", version)
    monkeypatch.setattr(versions, "_read", None)
    stamps = []
    for change in (None, ("trafilatura", "2.1"), ("htmldate", "9.9"), ("py3langid", None)):
        if change is not None:
            installed[change[0]] = change[1]
        versions.library_stamp.cache_clear()
        monkeypatch.setattr(versions, "_read", None)
        stamps.append(versions.analysis_version())
    versions.library_stamp.cache_clear()
    assert len(set(stamps)) == 4, stamps
    assert all(stamp.rsplit("-", 1)[0] == before.rsplit("-", 1)[0] for stamp in stamps)
