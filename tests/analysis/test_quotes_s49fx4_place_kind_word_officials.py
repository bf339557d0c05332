"""A regression of round s49-q's place officials (review s49-rv2 finding 1, round s49-fx4): a kind
of place or a level of government alone ("County officials said", "District officials", "Province
officials") names no place. It is capitalised only because it opens the sentence; the speaker
"<Place> officials" needs a place's own name ("Tamsin County officials", a recognised place,
``Speakers._place_officials``). The reported input and two variants, and the round's reading kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace


def _speakers(tmp_path: Path, body: str) -> list[tuple[str, str | None]]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Storm closes roads\n\nBy Anna Berg\n\n{body}\n", "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()
    speakers = sheet["speakers"]
    assert isinstance(speakers, list)
    return [(sp["name"], sp.get("for")) for sp in speakers]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Heavy rain closed roads.\n\nCounty officials said the main road would reopen on Friday.", "County"),
        ("Heavy rain closed roads.\n\nDistrict officials said two schools would stay shut.", "District"),
        ("The river burst its banks.\n\nProvince officials said the dams were holding, for now.", "Province"),
    ],
    ids=["reported", "variant_district", "variant_province"],
)
def test_a_kind_of_place_alone_is_no_place(tmp_path: Path, body: str, kind: str) -> None:
    got = _speakers(tmp_path, body)
    assert not any(name.startswith(kind) or place == kind for name, place in got), got


def test_a_named_place_of_a_kind_still_speaks(tmp_path: Path) -> None:
    got = _speakers(tmp_path, "Heavy rain closed roads.\n\nHarrow County officials said the road would reopen.")
    assert ("Harrow County officials", "Harrow County") in got, got
