"""Strict, safe YAML loading for every YAML file the tool reads (corpus.yaml, gazetteers, config).

Only plain data is accepted: ``safe_load`` semantics, no object-constructing tags, no duplicate
keys, bounded aliases and nesting. Every error names the file, line and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 4 * 1024 * 1024
MAX_ALIASES = 100
MAX_DEPTH = 50


class YamlError(ValueError):
    """A YAML file could not be used; ``str()`` is a one-line message with file:line:column."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, column: int | None = None):
        self.path = str(path)
        self.line = line
        self.column = column
        where = self.path if line is None else f"{self.path}:{line}:{column}"
        super().__init__(f"{where}: {message}")


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and counts aliases (billion-laughs guard)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                event = self.peek_event()
                raise yaml.constructor.ConstructorError(
                    None, None, f"more than {MAX_ALIASES} aliases", event.start_mark
                )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:  # type: ignore[override]
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "unhashable mapping key", key_node.start_mark
                ) from None
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _depth(node: Any, limit: int) -> None:
    stack = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        if depth > limit:
            mark = current.start_mark
            raise yaml.constructor.ConstructorError(None, None, f"nesting deeper than {limit}", mark)
        if isinstance(current, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))


def loads(text: str, path: Path | str = "<string>") -> Any:
    return loads_with_node(text, path)[0]


def loads_with_node(text: str, path: Path | str = "<string>") -> tuple[Any, Any]:
    """Parse ``text``; return the data and the composed node tree (for error positions)."""
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _depth(node, MAX_DEPTH)
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is None:
            raise YamlError(path, problem) from None
        raise YamlError(path, problem, mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise YamlError(path, str(exc).splitlines()[0] if str(exc) else "invalid YAML") from None
    except RecursionError:
        raise YamlError(path, "nesting too deep") from None
    finally:
        loader.dispose()


def load_file(path: Path) -> Any:
    return load_file_with_node(path)[0]


def load_file_with_node(path: Path) -> tuple[Any, Any]:
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
    return loads_with_node(text, path)


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
