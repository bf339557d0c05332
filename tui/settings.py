"""User settings (the theme for now), kept in ``<config dir>/settings.yaml``.

Loading never writes; saving is explicit and atomic. A broken settings file is reported and
defaults are used.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from waic_reader.index import yamlio
from waic_reader.index.paths import config_dir

DEFAULT_THEME = "textual-dark"


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
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yaml.safe_dump({"theme": self.theme}, fh)
        os.replace(tmp, path)
