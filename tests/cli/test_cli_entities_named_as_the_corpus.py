"""``entities --json`` (whole corpus and ``entities DOC``) and ``who:`` search for the entity
names of round s23-b, each with the reported input and two invented variants:

- t13g F8: ``entities DOC`` named a firm an article writes in capitals and in title case by the
  capitals ("ORVANE MINERALS AS") where the whole corpus names it "Orvane Minerals AS";
- a firm written in capitals with its legal form is one organisation and groups with its
  mixed-case spelling in another article ("KVITRA SHIPPING LTD", "Kvitra Shipping Ltd");
- "Hunter Biden said" is Hunter Biden, found by ``who:"Hunter Biden"``, not Joe Biden's "Biden".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

from waic_reader.tui.cli.main import main


def doc_entities(capsys: pytest.CaptureFixture[str], root: Path, doc: str) -> dict[str, str]:
    """``entities DOC --json``: each entity's name → type."""
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "entities", doc, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {e["name"]: e["type"] for e in json.loads(out)["entities"]}


CAPITALS = [
    # reported (local/voices and another article writing the firm in title case)
    ({"voices.txt": "Logs\n\nA spokesman for Orvane Minerals, Inc. said ORVANE MINERALS AS would publish its "
                    "logs. Orvane Minerals AS's insurer declined to comment.\n",
      "wire.txt": "Mine\n\nOrvane Minerals AS said the mine was safe.\n"},
     "voices", "Orvane Minerals AS"),
    # invented: capitals written more often than title case; another legal form
    ({"a.txt": "Paper\n\nThe ministry fined SOLVIK PAPIR ASA on Monday. SOLVIK PAPIR ASA said it would "
               "appeal, and Solvik Papir ASA's lawyers agreed.\n",
      "b.txt": "Mill\n\nSolvik Papir ASA cut its output.\n"},
     "a", "Solvik Papir ASA"),
    ({"a.txt": "Ferries\n\nThe owner, KVITRA SHIPPING LTD, declined to comment. Kvitra Shipping Ltd "
               "later said the ship was sound.\n",
      "b.txt": "Ship\n\nKvitra Shipping Ltd said the ship was sound.\n"},
     "a", "Kvitra Shipping Ltd"),
    # invented: the article writes the firm in capitals only, the rest of the corpus in mixed
    # case (named by the corpus's counts, not the article's own spelling)
    ({"a.txt": "Pier\n\nThe mayor said BRENNHOLM DOCKS AS would close the pier.\n",
      "b.txt": "Docks\n\nBrennholm Docks AS said the pier was safe. Brennholm Docks AS will appeal.\n"},
     "a", "Brennholm Docks AS"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "doc", "name"), CAPITALS)
def test_entities_doc_names_the_group_as_the_corpus_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], doc: str, name: str
) -> None:
    root = tmp_path / "c"
    whole = run(capsys, root, files)
    assert name in whole["ORG"], whole
    own = doc_entities(capsys, root, doc)
    assert own.get(name) == "ORG", own
    assert name.upper() not in own, own


SHOUTED = [
    # reported
    ("The owner, KVITRA SHIPPING LTD, declined to comment.", "Kvitra Shipping Ltd said the ship was sound.",
     "Kvitra Shipping Ltd", 'who:"Kvitra Shipping Ltd"'),
    # invented: at a sentence's start; another legal form, asked by its bare core
    ("KVITRA SHIPPING LTD said the ship was sound. The port agreed.", "Kvitra Shipping Ltd ordered a ferry.",
     "Kvitra Shipping Ltd", 'who:"Kvitra Shipping"'),
    ("A ferry owned by BRENNVIK FERRIES CORP sank.", "Brennvik Ferries Corp said the crew was safe.",
     "Brennvik Ferries Corp", 'who:"Brennvik Ferries Corp"'),
]  # fmt: skip


@pytest.mark.parametrize(("one", "two", "name", "query"), SHOUTED)
def test_firm_in_capitals_groups_with_its_title_case(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, one: str, two: str, name: str, query: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"one.txt": f"One\n\n{one}\n", "two.txt": f"Two\n\n{two}\n"})
    assert found["ORG"][name] == ["one", "two"], found
    assert "LTD" not in found["ORG"] and "KVITRA" not in found["ORG"], found
    assert sorted(hits(capsys, root, query)) == ["one", "two"], query


OTHER_BEARER = [
    # reported
    ("Hunter Biden said he would testify.", "Hunter Biden"),
    # invented
    ("The committee said Jill Biden would speak on Monday.", "Jill Biden"),
    ("Melania Trump said the garden would reopen.", "Melania Trump"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), OTHER_BEARER)
def test_who_finds_the_other_bearer_of_a_known_surname(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, person: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"one.txt": f"One\n\n{text}\n", "two.txt": "Two\n\nThe hearing was on Monday.\n"})
    assert found["PERSON"].get(person) == ["one"], found
    assert sorted(hits(capsys, root, f'who:"{person}"')) == ["one"]


SHORT_FIRM = [
    # t13g F3 shape (s22-f made it join): "X chief executive NAME"; then other jobs after the word
    ('"We followed every rule," said Orvane chief executive Lars Hegge on Sunday.', "Lars Hegge"),
    ("Orvane spokesman Per Dahl said the mine was safe.", "Per Dahl"),
    ("Orvane CEO Kari Lund said the mine would reopen.", "Kari Lund"),
]  # fmt: skip


@pytest.mark.parametrize(("two", "person"), SHORT_FIRM)
def test_firm_short_form_before_a_job_joins_the_one_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, two: str, person: str
) -> None:
    root = tmp_path / "c"
    files = {"one.txt": "One\n\nOrvane Minerals AS said the mine was safe.\n", "two.txt": f"Two\n\n{two}\n"}
    found = run(capsys, root, files)
    assert found["ORG"]["Orvane Minerals AS"] == ["one", "two"], found
    assert "Orvane" not in found["ORG"], found
    assert found["PERSON"][person] == ["two"], found
    own = doc_entities(capsys, root, "two")
    assert own.get("Orvane Minerals AS") == "ORG" and "Orvane" not in own, own
