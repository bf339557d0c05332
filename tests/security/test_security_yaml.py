"""YAML is data only: hostile documents are rejected with file, line and column."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hostile import BODY, write

from waic_reader.index import yamlio
from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.settings import Settings

HOSTILE = {
    "python_object": ("a: !!python/object/apply:os.system ['echo pwned']\n", "could not determine a constructor"),
    "python_name": ("a: !!python/name:os.system\n", "constructor"),
    "custom_tag": ("a: !evil {x: 1}\n", "constructor"),
    "duplicate_key": ("a: 1\nb: 2\na: 3\n", "duplicate key 'a'"),
    "alias_bomb": (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)),
        "aliases",
    ),
    "deep_nesting": ("a: " + "[" * 200 + "]" * 200 + "\n", "nesting"),
    "deep_mapping": ("".join("  " * i + f"k{i}:\n" for i in range(80)) + "  " * 80 + "v\n", "nesting"),
    "syntax": ("a: [1, 2\n", ""),
    "tab_indent": ("a:\n\tb: 1\n", ""),
    "unhashable_key": ("? [1, 2]\n: x\n", ""),
    "merge_bomb": ("a: &a {x: 1}\nb: {<<: *a, <<: *a}\n", ""),
    "recursive": ("a: &a [1, *a]\n", "refers to itself"),
    "many_aliases": ("a: &a x\nb: [" + ", ".join(["*a"] * 150) + "]\n", "aliases"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_yaml_is_rejected_with_position(tmp_path: Path, name: str) -> None:
    text, expected = HOSTILE[name]
    path = write(tmp_path, "x.yaml", text)
    start = time.perf_counter()
    with pytest.raises(yamlio.YamlError) as info:
        yamlio.load_file(path)
    assert time.perf_counter() - start < 5
    message = str(info.value)
    assert message.startswith(f"{path}:") and "\n" not in message
    assert info.value.line is not None and info.value.column is not None, message
    assert expected in message


def test_unbounded_inputs_are_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "MAX_BYTES", 100)
    with pytest.raises(yamlio.YamlError, match="limit"):
        yamlio.load_file(write(tmp_path, "big.yaml", "a: " + "x" * 200))
    with pytest.raises(yamlio.YamlError, match="UTF-8"):
        yamlio.load_file(write(tmp_path, "bin.yaml", b"a: \xff\xfe"))
    with pytest.raises(yamlio.YamlError):
        yamlio.load_file(tmp_path / "missing.yaml")


def test_plain_data_loads() -> None:
    assert yamlio.loads("a: [1, 2]\nb: {c: d}\nd: 2024-01-02\n")["b"] == {"c": "d"}
    assert yamlio.loads("a: &x 1\nb: *x\n") == {"a": 1, "b": 1}
    assert yamlio.loads("") is None


def _corpus(tmp_path: Path, meta: str) -> Corpus:
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True)
    write(folder, "a.txt", "# Title A\n\n" + BODY)
    write(folder, "b.txt", "# Title B\n\n" + BODY)
    write(folder, "corpus.yaml", meta)
    return Corpus.scan(folder)


@pytest.mark.parametrize(
    "meta",
    [
        HOSTILE["python_object"][0],
        HOSTILE["alias_bomb"][0],
        HOSTILE["deep_nesting"][0],
        HOSTILE["duplicate_key"][0],
        "- a\n- b\n",
        "articles: [1, 2]\n",
        "articles:\n  a.txt: 3\n",
        "\x00\x01",
        "articles: {",
    ],
)
def test_broken_corpus_yaml_falls_back_to_defaults(tmp_path: Path, meta: str) -> None:
    corpus = _corpus(tmp_path, meta)
    assert corpus.meta_errors and all("corpus.yaml" in e for e in corpus.meta_errors)
    titles = {a.doc: a.title for a in corpus.articles()}
    assert titles == {"a": "Title A", "b": "Title B"}


def test_wrong_types_keep_the_valid_fields(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        "articles:\n  a.txt:\n    title: Good\n    outlet: [x]\n    colour: red\n"
        "  b.txt:\n    date: 2024-01-02\n    url: {x: 1}\n",
    )
    assert corpus.article("a").title == "Good" and corpus.article("a").outlet != ["x"]
    assert corpus.article("b").date == "2024-01-02"
    joined = "\n".join(corpus.meta_errors)
    assert ":4:" in joined and "'outlet' must be text" in joined  # file:line:column
    assert "unknown field 'colour'" in joined and "'url' must be text" in joined


def test_broken_settings_use_defaults(tmp_path: Path) -> None:
    write(tmp_path, "settings.yaml", "theme: !!python/object/apply:os.system ['x']\n")
    s = Settings.load(tmp_path)
    assert s.theme == "textual-dark" and "settings.yaml:1:" in s.error
    write(tmp_path, "settings.yaml", "theme: [1]\n")
    s = Settings.load(tmp_path)
    assert s.theme == "textual-dark" and "settings.yaml:1:8" in s.error


@pytest.mark.parametrize(
    "content, theme",
    [
        ("theme: nord\n", "nord"),
        ("theme: catppuccin-mocha\n", "catppuccin-mocha"),
        ("theme: 'nord'\n", "nord"),
        ("# mine\ntheme: nord\n", "nord"),
        ("theme: null\n", None),
        ("theme: true\n", None),
    ],
)
def test_settings_as_saved_read_like_yaml(tmp_path: Path, content: str, theme: str | None) -> None:
    """The file as saved is read without the YAML parser; anything else goes through it, so
    both read the same (``null`` and ``true`` are not text)."""
    write(tmp_path, "settings.yaml", content)
    s = Settings.load(tmp_path)
    if theme is None:
        assert s.error and s.theme == "textual-dark"
    else:
        assert s.theme == theme and not s.error
    Settings(theme="gruvbox").save(tmp_path)
    assert Settings.load(tmp_path).theme == "gruvbox"
