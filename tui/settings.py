"""User settings (the theme for now), kept in ``<config dir>/settings.yaml``.

Loading never writes; saving is explicit and atomic. A broken settings file is reported and
defaults are used.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from waic_reader.index.paths import config_dir

DEFAULT_THEME = "textual-dark"

# The file as ``save`` writes it: read without loading the YAML parser (~10 ms of start-up,
# before the first frame, which must already have the theme). Anything else is read as YAML.
_AS_SAVED = re.compile(r"\Atheme: ([A-Za-z][\w.-]*)\n?\Z")
_YAML_WORDS = {"null", "true", "false", "yes", "no", "on", "off", "y", "n"}


@dataclass
class Settings:
    theme: str = DEFAULT_THEME
    error: str = ""  # why the file on disk could not be used, if it could not

    @staticmethod
    def path(base: Path | None = None) -> Path:
        return (base or config_dir()) / "settings.yaml"

    @classmethod
    def load(cls, base: Path | None = None) -> Settings:
        path = cls.path(base)
        if not path.exists():
            return cls()
        try:
            simple = _AS_SAVED.match(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError):
            simple = None  # the YAML reader reports why
        if simple is not None and simple.group(1).lower() not in _YAML_WORDS:
            return cls(theme=simple.group(1))
        from waic_reader.index import yamlio

        try:
            data = yamlio.load_file(path)
        except yamlio.YamlError as exc:
            return cls(error=str(exc))
        if data is None:
            return cls()
        if not isinstance(data, dict):
            return cls(error=f"{path}: expected a mapping")
        theme = data.get("theme", DEFAULT_THEME)
        if not isinstance(theme, str):
            line, col = yamlio.position(yamlio.loads_with_node(path.read_text("utf-8"), path)[1], "theme")
            return cls(error=f"{path}:{line}:{col}: 'theme' must be text")
        return cls(theme=theme)

    def save(self, base: Path | None = None) -> None:
        path = self.path(base)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        import yaml

        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yaml.safe_dump({"theme": self.theme}, fh)
        os.replace(tmp, path)
