"""User settings, kept in ``<config dir>/settings.yaml``.

What is remembered between runs::

    theme: textual-dark                  # the palette's theme
    highlight_entities: true             # h in the reader: entity highlighting on or off
    highlighted_labels: [PERSON, ORG]    # l in the reader: which labels (absent or null: all)
    compare_panes: aligned               # y in compare: aligned rows or free panes
    fact_sheet_single_source: true       # a in the fact sheet: single-source figures shown

Loading never writes; saving is explicit and atomic. Several apps may run at once: each saves
only the settings it changed (:meth:`Settings.save_changes`), into the file as it is then (read
again under a lock beside it), so one app never puts back what another changed. Saving edits the
file in place: only the changed values are rewritten, the user's comments and other lines stay. The file is
input like any other: read
with the strict YAML rules of ``corpus.yaml``; a value of the wrong type, an unknown label
or an unknown setting is reported once, with ``file:line:col``, and ignored, the other
settings still apply; a file that is not YAML at all leaves every default.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from waic_reader.index.analysis.entities.labels import LABEL_WORDS
from waic_reader.index.locking import lock_file
from waic_reader.index.paths import config_dir

DEFAULT_THEME = "textual-dark"
PANES = ("aligned", "free")
MAX_LABELS = 100  # more items than labels exist: the rest are not read

# The file as ``save`` writes it is read without loading the YAML parser (~10 ms of start-up,
# before the first frame, which must already have the theme): one ``key: value`` a line, each
# value in the one form ``save`` writes. Anything else is read as YAML.
_LABEL = r"[A-Z][A-Z_]*"
_AS_SAVED = {
    "theme": re.compile(r"[A-Za-z][\w.-]*"),
    "highlight_entities": re.compile(r"true|false"),
    "highlighted_labels": re.compile(rf"null|\[\]|\[{_LABEL}(?:, {_LABEL})*\]"),
    "compare_panes": re.compile(r"aligned|free"),
    "fact_sheet_single_source": re.compile(r"true|false"),
}
_LINE = re.compile(r"([a-z_]+): (.*)")
_YAML_WORDS = {"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"}


@dataclass
class Settings:
    theme: str = DEFAULT_THEME
    highlight_entities: bool = True
    highlighted_labels: frozenset[str] | None = None  # None: every label
    compare_panes: str = "aligned"
    fact_sheet_single_source: bool = True
    problems: list[str] = field(default_factory=list)  # why values in the file were not used

    @property
    def error(self) -> str:
        """Every problem with the file, one a line ("" if none)."""
        return "\n".join(self.problems)

    @staticmethod
    def path(base: Path | None = None) -> Path:
        return (base or config_dir()) / "settings.yaml"

    @classmethod
    def load(cls, base: Path | None = None, themes: Collection[str] | None = None) -> Settings:
        """The settings in ``base``'s file (defaults where it has none or a value is bad, each bad
        value a line of :attr:`problems`). ``themes``: the theme names the app has, when known: a
        theme not among them is a problem too, at its line and column, as other bad values are
        (t13aw N16: it was ignored silently); its name is kept, so the file is not rewritten."""
        settings = cls._load(base)
        if themes is not None and settings.theme not in themes:
            settings.problems.append(_unknown_theme(cls.path(base), settings.theme))
        return settings

    @classmethod
    def _load(cls, base: Path | None = None) -> Settings:
        path = cls.path(base)
        if not path.exists():
            return cls()
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            text = None  # the YAML reader reports why
        saved = _read_as_saved(text) if text is not None else None
        if saved is not None:
            return cls(**saved)
        from waic_reader.index import yamlio

        try:
            data, node = yamlio.load_file_with_node(path)
        except yamlio.YamlError as exc:
            return cls(problems=[str(exc)])
        if data is None:
            return cls()
        if not isinstance(data, dict):
            return cls(problems=[f"{path}: expected a mapping of settings"])
        settings = cls()
        settings.problems = _apply(settings, data, node, path)
        return settings

    def as_dict(self) -> dict[str, Any]:
        """The settings as saved (labels in OntoNotes codes; absent when all are highlighted)."""
        out: dict[str, Any] = {
            "theme": self.theme,
            "highlight_entities": self.highlight_entities,
        }
        if self.highlighted_labels is not None:
            out["highlighted_labels"] = sorted(self.highlighted_labels, key=_label_order)
        out["compare_panes"] = self.compare_panes
        out["fact_sheet_single_source"] = self.fact_sheet_single_source
        return out

    def save(self, base: Path | None = None) -> None:
        """Write every setting atomically (a temporary file renamed over the old one);
        OSError if the folder cannot be written."""
        path = self.path(base)
        path.parent.mkdir(parents=True, exist_ok=True)
        with lock_file(_lock_path(path)):
            self._write(path)

    def save_changes(self, names: Iterable[str], base: Path | None = None) -> None:
        """Save the settings ``names`` (their values here) and nothing else: under a lock beside
        the file, read it again (another app may have saved since), put those values in place
        of the ones it holds (or add them), and write it atomically. Every other line stays as
        the user wrote it: comments, unknown settings, values the app warned about. OSError if
        the folder cannot be written, or if the file is not a mapping of settings (then it is
        left as it is, not overwritten)."""
        wanted = {name: getattr(self, name) for name in names}
        path = self.path(base)
        path.parent.mkdir(parents=True, exist_ok=True)
        with lock_file(_lock_path(path)):
            try:
                # newline="": a file saved with CRLF line ends (an editor on Windows) keeps them;
                # read in text mode they would come back as LF on every line, changed or not.
                with path.open(encoding="utf-8", newline="") as fh:
                    old = fh.read()
            except FileNotFoundError:
                old = ""
            except UnicodeDecodeError:
                raise OSError(0, f"{path} is not UTF-8 text; left as it is") from None
            _replace(path, _edited(old, wanted, path))

    def _write(self, path: Path) -> None:
        import yaml

        # Flow style for the label list and no line wrapping: the form _read_as_saved reads.
        _replace(path, yaml.safe_dump(self.as_dict(), sort_keys=False, default_flow_style=None, width=10_000))


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (a temporary file renamed over the old one)."""
    # No fsync: this runs on the UI thread at a key press, and the worst a power cut can
    # leave is an empty file, read as the defaults (the rename never leaves half a file).
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:  # line ends as ``text`` has them
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _shown(name: str, value: Any) -> str:
    """``value`` of the setting ``name`` as the file writes it (the forms _read_as_saved reads)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"  # highlighted_labels: every label
    if isinstance(value, frozenset | set | list):
        return "[" + ", ".join(sorted(value, key=_label_order)) + "]"
    text = str(value)
    if _AS_SAVED["theme"].fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def _lines_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole lines holding ``text[start:end]``, their last newline included."""
    first = text.rfind("\n", 0, start) + 1
    if end > first and text[end - 1] == "\n":  # (a block list's end is the next line's start)
        return first, end
    stop = text.find("\n", end)
    return first, len(text) if stop < 0 else stop + 1


def _edited(text: str, wanted: dict[str, Any], path: Path) -> str:
    """``text`` (a settings file) with the values of ``wanted`` put in: each value written in
    place of the one the file holds (its key, spacing and comment kept), a setting the file
    lacks added at its end; everything else untouched. OSError if ``text`` is not a mapping."""
    from waic_reader.index import yamlio

    try:
        data, node = yamlio.loads_with_node(text, path)
    except yamlio.YamlError as exc:
        raise OSError(0, f"{exc}; your settings file is left as it is") from None
    if data is not None and not isinstance(data, dict):
        raise OSError(0, f"{path} is not a mapping of settings; left as it is")
    keys = {k.value: k for k, _ in (node.value if node is not None else []) if isinstance(k.value, str)}
    values = {k.value: v for k, v in (node.value if node is not None else []) if isinstance(k.value, str)}
    edits: list[tuple[int, int, str]] = []
    added: list[str] = []
    flow = node is not None and bool(node.flow_style)
    for name, value in wanted.items():
        shown = _shown(name, value)
        at = values.get(name)
        if value is None and not flow:  # every label: the setting's lines go (absent means all)
            if at is not None:
                edits.append((*_lines_of(text, keys[name].start_mark.index, at.end_mark.index), ""))
            continue
        if at is None:
            added.append(f"{name}: {shown}")
        elif at.start_mark.index == at.end_mark.index:  # "theme:" with no value: a space first
            edits.append((at.start_mark.index, at.end_mark.index, " " + shown))
        else:
            edits.append((at.start_mark.index, at.end_mark.index, shown))
    if added and flow:  # {theme: nord}: added before the brace
        close = text.rindex("}", 0, node.end_mark.index)
        edits.append((close, close, (", " if values else "") + ", ".join(added)))
        added = []
    out = text
    for start, end, shown in sorted(edits, reverse=True):
        out = out[:start] + shown + out[end:]
    if added:
        eol = "\r\n" if "\r\n" in text else "\n"  # an added line ends as the file's lines do
        out += ("" if not out or out.endswith("\n") else eol) + "".join(f"{a}{eol}" for a in added)
    return out


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _label_order(code: str) -> int:
    order = list(LABEL_WORDS)
    return order.index(code) if code in order else len(order)


def _read_as_saved(text: str) -> dict[str, Any] | None:
    """The values of a file in the exact form ``save`` writes, or None to read it as YAML."""
    values: dict[str, Any] = {}
    for raw in text.splitlines():
        m = _LINE.fullmatch(raw)
        if m is None or m.group(1) in values:
            return None
        key, value = m.groups()
        form = _AS_SAVED.get(key)
        if form is None or not form.fullmatch(value):
            return None
        if key == "theme":
            if value.lower() in _YAML_WORDS:
                return None  # YAML reads these as null or booleans: not a theme name
            values[key] = value
        elif key in ("highlight_entities", "fact_sheet_single_source"):
            values[key] = value == "true"
        elif key == "highlighted_labels" and value == "null":
            values[key] = None  # every label
        elif key == "highlighted_labels":
            labels = [v for v in value[1:-1].split(", ") if v]
            if len(labels) > MAX_LABELS or any(label not in LABEL_WORDS for label in labels):
                return None  # the YAML path reports the problem, with its position
            values[key] = frozenset(labels)
        else:
            values[key] = value
    return values


def _apply(settings: Settings, data: dict[Any, Any], node: Any, path: Path) -> list[str]:
    """Set each valid value of ``data`` on ``settings``; return a problem per invalid one."""
    from waic_reader.index import yamlio

    problems: list[str] = []

    def problem(key: object, message: str, at: Any = None, *, of_key: bool = False) -> None:
        """``message`` located at ``at`` (a node), else at ``key``'s value, or with ``of_key`` at
        the key itself: an unknown setting is its key, not the value after it (t13aq N17: it was
        reported at the value's column, ``settings.yaml:6:12`` for ``bogus_key: 1``)."""
        if at is not None:
            line, col = at.start_mark.line + 1, at.start_mark.column + 1
        elif of_key:
            line, col = yamlio.key_position(node, key)
        else:
            line, col = yamlio.position(node, key)
        where = f"{path}:{line}:{col}" if line is not None else str(path)
        problems.append(f"{where}: {message} (ignored)")

    known = {f.name for f in fields(Settings)} - {"problems"}
    for key, value in data.items():
        if key not in known:
            problem(key, f"unknown setting {str(key)[:40]!r} (known: {', '.join(sorted(known))})", of_key=True)
        elif key == "theme":
            if isinstance(value, str) and value:
                settings.theme = value
            else:
                problem(key, "'theme' must be text")
        elif key in ("highlight_entities", "fact_sheet_single_source"):
            if isinstance(value, bool):
                setattr(settings, key, value)
            else:
                problem(key, f"{key!r} must be true or false")
        elif key == "compare_panes":
            if value in PANES:
                settings.compare_panes = value
            else:
                problem(key, "'compare_panes' must be aligned or free")
        elif key == "highlighted_labels" and value is None:
            settings.highlighted_labels = None  # every label
        elif key == "highlighted_labels":
            if not isinstance(value, list):
                problem(key, "'highlighted_labels' must be a list of labels, e.g. [PERSON, ORG]")
                continue
            items = _sequence_items(node, key)
            labels: set[str] = set()
            for i, label in enumerate(value[:MAX_LABELS]):
                if isinstance(label, str) and label in LABEL_WORDS:
                    labels.add(label)
                else:
                    shown = str(label)[:40] if isinstance(label, str | int | float) else type(label).__name__
                    problem(
                        key,
                        f"unknown label {shown!r} (use {', '.join(LABEL_WORDS)})",
                        items[i] if i < len(items) else None,
                    )
            if len(value) > MAX_LABELS:
                problem(key, f"more than {MAX_LABELS} labels: the rest were not read")
            settings.highlighted_labels = frozenset(labels)
    return problems


def _unknown_theme(path: Path, theme: str) -> str:
    """The problem line of an unknown theme ``theme`` set in the file ``path``: where its value
    is (``file:line:col``, the file read again: this is rare), its name cut to 40 characters."""
    from waic_reader.index import yamlio

    where = str(path)
    try:
        _data, node = yamlio.load_file_with_node(path)
    except yamlio.YamlError:
        node = None  # (the file read a moment ago: its place is then left out)
    if node is not None:
        line, col = yamlio.position(node, "theme")
        if line is not None:
            where = f"{path}:{line}:{col}"
    return f"{where}: unknown theme {theme[:40]!r} (ignored)"


def _sequence_items(node: Any, key: str) -> list[Any]:
    """The item nodes of the list under ``key`` (for each item's line and column)."""
    for key_node, value_node in getattr(node, "value", []):
        if getattr(key_node, "value", None) == key:
            items = getattr(value_node, "value", [])
            return items if isinstance(items, list) else []
    return []
