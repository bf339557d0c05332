"""``who:``/``entity:`` search finds every article the entity list gives a name (issue #13 F3,
fresh tester: an article naming a person only as "Okonkwo said", a name the recogniser left
untyped there and the corpus pass, ``corpus_votes.corpus_mentions``, typed from another article's
"Dr Samuel Okonkwo": the entity list listed it, ``who:`` did not; the same for a firm's short
form). Its matches are the grouped mentions; ``total`` exact; right after files are added,
edited and removed. The first corpus holds the reported sentences; the others are invented."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "dw.txt": "Dam failure leaves town under water\n\nAt least 11 people died in the Veldhaven dam breach.\n\n"
    "Okonkwo said the river had been rising for days.\n",
    "guardian.txt": "Questions mount over dam after deadly breach\n\nHydrolyne put the repair bill at €65 "
    "million. Engineers had warned about the ageing spillway, Dr Samuel Okonkwo, a hydrologist, said.\n",
    "ap.txt": "Deadly dam collapse\n\nHydrolyne Corp, which operates the dam, said repairs would cost €40 million.\n",
}
FLOOD = {
    "a.txt": "Flood barrier fails at Marrowby\n\nEngineers had warned about the ageing barrier, Dr Amara "
    "Nwachukwu, a hydrologist, said on Friday.\n\nTessaline Corp, which built the barrier, declined to comment.\n",
    "b.txt": "River keeps rising\n\nNwachukwu said the river would crest on Sunday.\n\nTessaline put the "
    "cost of repairs at €12 million.\n",
}
# Accents: the full name written with them, the query without (the project's folding).
VOLUNTEERS = {
    "c.txt": "Volunteers fill sandbags\n\nLucía Ferrándiz, who leads the volunteers, said two hundred people "
    "had come.\n",
    "d.txt": "Sandbag effort grows\n\nFerrándiz said more volunteers were expected on Saturday.\n",
}


def cli(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def write(root: Path, files: dict[str, str]) -> None:
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")


def listed(capsys: pytest.CaptureFixture[str], root: Path, name: str) -> list[str]:
    """The docs the entity list gives the entity ``name`` (in their content)."""
    for e in cli(capsys, root, "entities")["entities"]:
        if e["name"] == name:
            return sorted({m["doc"] for m in e["mentions"] if m["in"] == "content"})
    return []


def hits(capsys: pytest.CaptureFixture[str], root: Path, query: str) -> dict[str, list[str]]:
    """Each hit's doc → the text of its matches, checking ``total`` counts the hits."""
    data = cli(capsys, root, "search", query)
    assert data["total"] == len(data["hits"]), query
    texts = {p.stem: p.read_text("utf-8") for p in root.glob("*.txt")}
    return {h["doc"]: [texts[h["doc"]][a:b] for a, b in h["spans"]] for h in data["hits"]}


CASES = [
    (REPORTED, "Samuel Okonkwo", "dw", ['who:"Samuel Okonkwo"', "who:Okonkwo", "entity:okonkwo"], "Okonkwo"),
    (REPORTED, "Hydrolyne Corp", "guardian", ['who:"Hydrolyne Corp"', "who:Hydrolyne"], "Hydrolyne"),
    (FLOOD, "Amara Nwachukwu", "b", ['who:"Amara Nwachukwu"', "who:nwachukwu", "entity:Nwachukwu"], "Nwachukwu"),
    (FLOOD, "Tessaline Corp", "b", ['who:"Tessaline Corp"', "who:TESSALINE"], "Tessaline"),
    (VOLUNTEERS, "Lucía Ferrándiz", "d", ['who:"Lucia Ferrandiz"', "who:ferrandiz", "who:Ferrándiz"], "Ferrándiz"),
]


@pytest.mark.parametrize(("files", "name", "short_doc", "queries", "short"), CASES)
def test_who_finds_every_article_the_entity_list_gives_the_name(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    name: str,
    short_doc: str,
    queries: list[str],
    short: str,
) -> None:
    root = tmp_path / "c"
    write(root, files)
    docs = listed(capsys, root, name)
    assert short_doc in docs and len(docs) >= 2  # the entity list groups the short form's article
    for query in queries:
        found = hits(capsys, root, query)
        assert sorted(found) == docs, query
        assert found[short_doc] == [short], query  # its match is the mention the grouping typed


def test_who_follows_the_grouping_as_files_change(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    write(root, {"b.txt": FLOOD["b.txt"]})
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == []  # nobody typed the name yet
    write(root, {"a.txt": FLOOD["a.txt"]})  # added: it types the name, so b's mention
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["a", "b"]
    assert sorted(hits(capsys, root, "who:Nwachukwu NOT title:barrier")) == ["b"]
    (root / "a.txt").write_text(FLOOD["a.txt"].replace("Amara Nwachukwu", "Amara Okafor"), encoding="utf-8")
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == []  # edited: no article types it now
    assert sorted(hits(capsys, root, "who:Okafor")) == ["a"]
    write(root, {"e.txt": "Levee inspected\n\nInspector Kojo Nwachukwu walked the levee on Monday.\n"})
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["b", "e"]
    (root / "e.txt").unlink()  # removed
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == []


def test_the_grouping_kept_beside_the_index_is_read_as_untrusted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The grouping worked out by one run is kept in the index folder for the next (the view
    search reads, and the state an update brings up to date); a damaged, hand-edited, wrongly
    shaped or stale file is worked out again, never fatal, never believed."""
    root = tmp_path / "c"
    write(root, FLOOD)
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["a", "b"]
    (view_file,) = (tmp_path / "ix").glob("gen-*/names-view.json")
    state_file = view_file.with_name("names-state.json")
    good_view, good_state = view_file.read_text("utf-8"), state_file.read_text("utf-8")
    view = json.loads(good_view)
    assert "b" in view["docs"]["nwachukwu"]
    stale = {**view, "key": view["key"] + "0", "docs": {"nwachukwu": ["a"]}, "touched": []}
    head, body = good_state.split("\n", 1)
    meta = json.loads(head)
    lying = body.replace('"nwachukwu"', '"okafor"')  # the digest no longer matches
    wrong_shape = json.dumps({**json.loads(body), "ids": "b"})
    reshaped = json.dumps({**meta, "sha256": hashlib.sha256(wrong_shape.encode()).hexdigest()})
    other_schema = json.dumps({**meta, "schema": meta["schema"] - 1})
    damaged_views = ["{not json", "[]", json.dumps({**view, "docs": {"nwachukwu": "b"}}), json.dumps(stale)]
    damaged_states = [f"{head}\n{lying}", f"{reshaped}\n{wrong_shape}", f"{other_schema}\n{body}", "\x00" * 40]
    for damaged_view, damaged_state in zip(damaged_views, damaged_states, strict=True):
        view_file.write_text(damaged_view, encoding="utf-8")
        state_file.write_text(damaged_state, encoding="utf-8")
        assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["a", "b"], (damaged_view, damaged_state)
        assert view_file.read_text("utf-8") == good_view  # worked out and kept again
        assert state_file.read_text("utf-8") == good_state
    view_file.write_text("{not json", encoding="utf-8")  # the state alone is read
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["a", "b"]
    assert view_file.read_text("utf-8") == good_view
    write(root, {"c.txt": "Levee inspected\n\nNwachukwu walked the levee on Monday.\n"})  # an update
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["a", "b", "c"]


def test_an_update_brings_the_kept_grouping_up_to_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After files change, the next run's first ``who:`` search takes the grouping kept beside
    the index and brings it up to date from the changed articles alone (every article's kept
    value is read and grouped only the first time), with what working it all out would find."""
    from waic_reader.index.search.whoosh.names_state import NamesState

    whole = NamesState.worked_out
    calls: list[int] = []

    def counted(kept: dict[str, object], layout: object = None) -> NamesState:
        calls.append(len(kept))
        return whole(kept, layout)  # type: ignore[arg-type]

    monkeypatch.setattr(NamesState, "worked_out", counted)
    root = tmp_path / "c"
    write(root, {**FLOOD, **VOLUNTEERS})
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["a", "b"]
    assert calls == [4]
    write(root, {"e.txt": "Levee inspected\n\nNwachukwu walked the levee on Monday.\n"})  # added
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == ["a", "b", "e"]
    (root / "a.txt").write_text(FLOOD["a.txt"].replace("Amara Nwachukwu", "Amara Okafor"), encoding="utf-8")
    assert sorted(hits(capsys, root, "who:Nwachukwu")) == []  # edited: nobody types the name
    assert sorted(hits(capsys, root, "who:Ferrandiz")) == ["c", "d"]
    (root / "d.txt").unlink()  # removed
    assert sorted(hits(capsys, root, "who:Ferrandiz")) == ["c"]
    assert calls == [4]  # never worked out again
