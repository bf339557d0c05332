"""``facts --json`` (t13as N1, t13at N2; round s50-f): the plume's 11 km in five wordings is one row
"height of the plume", no row "height (<speaker>)"; the flood's water level in six wordings is one
row "depth of the water", no row labelled by a unit ("length (m)")."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json

pytestmark = pytest.mark.usefixtures("utc")


def test_plume_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        {
            "a.txt": "Eruption\n\nThe eruption started before dawn, and the ash plume rose to 11km.\n",
            "b.txt": "Volcano\n\nThe volcano erupted, sending an ash column 11 kilometres into the sky.\n",
            "c.md": "# Notes\n\n| Measure | Value |\n|---|---|\n| Ash column height | 11 km |\n",
            "d.txt": "Blog\n\nThordis Eyjolfsdottir of the Met Office says the ash column is 11 km high.\n",
        },
    )
    rows = {f["label"]: sorted(v["doc"] for v in f["values"]) for f in facts}
    assert rows.get("height of the plume") == ["a", "b", "c", "d"], rows
    assert not any(label.startswith("height (") for label in rows), rows


def test_water_level_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        {
            "a.txt": "Flood\n\nThe water rose 20 feet in parts of the town.\n",
            "b.txt": "Dam\n\nThe river rose 6.2 metres (20 feet) on Sunday.\n",
            "c.md": "# Notes\n\n| Measure | Value |\n|---|---|\n| Peak water level, Town | 20 ft (6.1 m) |\n",
            "d.txt": "Live\n\nWater in the town is 5 metres above normal, the agency said.\n",
        },
    )
    rows = {f["label"]: sorted(v["doc"] for v in f["values"]) for f in facts}
    assert rows.get("depth of the water") == ["a", "b", "c", "d"], rows
    assert not any(label.startswith("length (") for label in rows), rows
