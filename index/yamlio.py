"""Strict, safe YAML loading for every YAML file the tool reads (corpus.yaml, gazetteers, config).

Only plain data is accepted: ``safe_load`` semantics, no object-constructing tags, no duplicate
keys, bounded aliases and nesting. Every error names the file, line and column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from waic_reader.index.errors import YamlError  # defined there so the CLI can catch it without importing yaml

MAX_BYTES = 4 * 1024 * 1024
MAX_ALIASES = 100
MAX_DEPTH = 50
MAX_NODES = 100_000  # nodes once aliases are expanded (a billion-laughs document has billions)


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and counts aliases (billion-laughs guard).

    With ``duplicates`` (a list), a repeated key is not an error: its first value is kept, the
    later ones dropped, and each dropped key's (key, mark) appended to the list."""

    def __init__(self, stream: str, duplicates: list[tuple[Any, Any]] | None = None) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._duplicates = duplicates

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                event = self.peek_event()  # type: ignore[no-untyped-call]  # PyYAML's stub leaves it untyped
                raise yaml.constructor.ConstructorError(
                    None, None, f"more than {MAX_ALIASES} aliases", event.start_mark
                )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        kept: list[tuple[Any, Any]] = []
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "unhashable mapping key", key_node.start_mark
                ) from None
            if duplicate:
                if self._duplicates is None:
                    raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
                self._duplicates.append((key, key_node.start_mark))
                continue
            seen.add(key)
            kept.append((key_node, value_node))
        if len(kept) < len(node.value):
            # The node tree itself keeps every pair (positions of the first ones stay right);
            # the mapping is built from the first of each key.
            node = yaml.MappingNode(node.tag, kept, node.start_mark, node.end_mark, node.flow_style)
        return super().construct_mapping(node, deep=deep)


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    # A date is kept as written: the reader checks it and can name its line and column, where
    # constructing it here would fail the whole file for one impossible date (2025-13-45).
    return str(loader.construct_scalar(node))


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _children(node: Any) -> list[Any]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _depth(node: Any, limit: int) -> None:
    """Reject nesting deeper than ``limit`` and self-referencing aliases.

    Aliases make the node tree a graph that shares nodes: a few dozen aliases describe billions
    of paths, so heights are computed once per node (not once per path).
    """
    height: dict[int, int] = {}
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(node, False)]
    while stack:
        current, done = stack.pop()
        key = id(current)
        if done:
            on_path.discard(key)
            h = 1 + max((height[id(c)] for c in _children(current)), default=0)
            if h > limit:
                raise yaml.constructor.ConstructorError(None, None, f"nesting deeper than {limit}", current.start_mark)
            height[key] = h
            size[key] = n = 1 + sum(size[id(c)] for c in _children(current))
            if n > MAX_NODES:
                raise yaml.constructor.ConstructorError(
                    None, None, f"aliases expand to more than {MAX_NODES} values", current.start_mark
                )
            continue
        if key in height:
            continue
        if key in on_path:
            raise yaml.constructor.ConstructorError(None, None, "an alias refers to itself", current.start_mark)
        on_path.add(key)
        stack.append((current, True))
        for child in _children(current):
            if id(child) in on_path:
                raise yaml.constructor.ConstructorError(None, None, "an alias refers to itself", child.start_mark)
            if id(child) not in height:
                stack.append((child, False))


def _line_col(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def loads(text: str, path: Path | str = "<string>") -> Any:
    return loads_with_node(text, path)[0]


def _where(text: str, exc: yaml.MarkedYAMLError) -> tuple[Any, str]:
    """Where a YAML error is, and what it is. A problem found at the end of the text (an
    unclosed quote or bracket: "found unexpected end of stream") is where what was left open
    began (``title: "unclosed`` on line 2, not the end of the block); elsewhere the problem's
    own place, with what the parser was inside ("while parsing a flow sequence", line 1)."""
    problem = exc.problem or exc.context or "invalid YAML"
    pm, cm = exc.problem_mark, exc.context_mark
    if cm is None or not exc.context or not exc.problem:
        return pm or cm, problem
    at_end = pm is None or not text[pm.index :].strip()
    if at_end:
        what = re.sub(r"^while \w+ ", "", exc.context)  # "a quoted scalar", "a flow sequence"
        return cm, f"{what} begun here is never closed ({problem})"
    return pm, f"{problem} ({exc.context} from line {cm.line + 1})"


def loads_with_node(
    text: str, path: Path | str = "<string>", *, duplicates: list[YamlError] | None = None
) -> tuple[Any, Any]:
    """Parse ``text``; return the data and the composed node tree (for error positions).

    Raises :class:`YamlError` (file, line, column) for anything but plain data. A repeated key
    is one of those errors unless ``duplicates`` is given: then the key's first value is kept,
    and each later one is dropped and appended to ``duplicates`` as a ``YamlError`` naming its
    line and column (the user's metadata files: one repeated field must not cost the rest)."""
    marks: list[tuple[Any, Any]] | None = [] if duplicates is not None else None
    try:
        # The reader rejects control characters as soon as it is made: inside the try.
        loader = _StrictLoader(text, marks)
    except yaml.reader.ReaderError as exc:
        raise YamlError(
            path,
            f"{exc.reason} (character #x{exc.character:04x}, offset {exc.position})",
            *_line_col(text, exc.position),
        ) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _depth(node, MAX_DEPTH)
        data = loader.construct_document(node)
        if duplicates is not None and marks:
            duplicates.extend(
                YamlError(
                    path, f"duplicate key {key!r} (the first value is kept; this one ignored)", m.line + 1, m.column + 1
                )
                for key, m in marks
            )
        return data, node
    except yaml.MarkedYAMLError as exc:
        mark, problem = _where(text, exc)
        if mark is None:
            raise YamlError(path, problem) from None
        raise YamlError(path, problem, mark.line + 1, mark.column + 1) from None
    except yaml.reader.ReaderError as exc:
        raise YamlError(
            path, f"{exc.reason} (character #x{exc.character:04x})", *_line_col(text, exc.position)
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(path, str(exc).splitlines()[0] if str(exc) else "invalid YAML") from None
    except RecursionError:
        raise YamlError(path, "nesting too deep") from None
    finally:
        loader.dispose()


def load_file(path: Path) -> Any:
    return load_file_with_node(path)[0]


def load_file_with_node(path: Path, *, duplicates: list[YamlError] | None = None) -> tuple[Any, Any]:
    """:func:`loads_with_node` on the file at ``path`` (UTF-8, at most ``MAX_BYTES``)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise YamlError(path, f"file is {size} bytes; the limit is {MAX_BYTES}")
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlError(path, exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlError(path, f"not UTF-8 (byte {exc.start})") from None
    return loads_with_node(text, path, duplicates=duplicates)


def key_position(node: Any, key: object) -> tuple[int | None, int | None]:
    """1-based (line, column) of the key ``key`` itself (not its value) of a composed mapping node."""
    if isinstance(node, yaml.MappingNode):
        for key_node, _value_node in node.value:
            if getattr(key_node, "value", None) == str(key):
                return key_node.start_mark.line + 1, key_node.start_mark.column + 1
    return None, None


def position(node: Any, *keys: object) -> tuple[int | None, int | None]:
    """1-based (line, column) of the value at ``keys`` inside a composed node tree."""
    current = node
    for key in keys:
        if not isinstance(current, yaml.MappingNode):
            break
        for key_node, value_node in current.value:
            if getattr(key_node, "value", None) == str(key):
                current = value_node
                break
        else:
            break
    if current is None:
        return None, None
    return current.start_mark.line + 1, current.start_mark.column + 1


# YamlError is defined in errors.py (the CLI catches it without importing yaml) and re-exported.
__all__ = ["YamlError", "load_file", "load_file_with_node", "loads", "loads_with_node", "position"]
