"""The command line: JSON contracts, text output and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Hinton", {"000", "003", "004"}),
        ('"Eric Schmidt"', {"000", "002", "003", "004"}),
        ("semicond*", {"000", "001", "002"}),
    ],
)
def test_search_acceptance(capsys, query: str, expected: set[str]) -> None:
    data = run_json(capsys, "search", query)
    assert {h["doc"][:3] for h in data["hits"]} == expected
    assert data["total"] == len(expected)
    for hit in data["hits"]:
        assert hit["in"] == ["content"]
        assert set(hit) >= {"doc", "title", "outlet", "score", "in", "snippet", "matches"}
        words = [w.lower() for w in query.strip('"*').split()]
        assert hit["matches"]
        for start, end in hit["matches"]:
            assert any(hit["snippet"][start:end].lower().startswith(w) for w in words)


def test_search_noise_hits_rank_below_content(capsys) -> None:
    data = run_json(capsys, "search", "Nvidia")
    assert data["hits"][-1]["doc"].startswith("003")
    assert data["hits"][-1]["in"] == ["noise"]
    assert all(h["in"] == ["content"] for h in data["hits"][:-1])


def test_search_limit_and_text_output(capsys) -> None:
    data = run_json(capsys, "search", "China", "--limit", "2")
    assert len(data["hits"]) == 2 and data["total"] == 5
    code, out, _ = run(capsys, "search", "Hinton")
    assert code == 0 and "3 articles match Hinton" in out


def test_search_batch(capsys, tmp_path: Path) -> None:
    queries = tmp_path / "q.txt"
    queries.write_text('Hinton\n# comment\n\n"unbalanced\nMa Zhaoxu\n')
    code, out, _ = run(capsys, "search", "--batch", str(queries), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["query"] for line in lines] == ["Hinton", '"unbalanced', "Ma Zhaoxu"]
    assert "error" in lines[1] and lines[2]["total"] == 2
    assert all("elapsed_ms" in line for line in (lines[0], lines[2]))
    assert code == 1  # one query failed


def test_show_json_offsets(capsys) -> None:
    data = run_json(capsys, "show", "004")
    assert set(data) >= {"doc", "title", "outlet", "path", "text", "blocks"}
    assert data["outlet"] == "Reuters"
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]


def test_index_json(capsys, seeds_copy: Path) -> None:
    (seeds_copy / "bad.txt").write_bytes(b"\x00\x01binary")
    data = run_json(capsys, "--corpus", str(seeds_copy), "index")
    assert data["indexed"] == 5
    assert {s["path"] for s in data["skipped"]} == {"bad.txt"}
    assert str(seeds_copy) not in data["index_dir"]
    rebuilt = run_json(capsys, "--corpus", str(seeds_copy), "index", "--rebuild")
    assert rebuilt["rebuilt"] is True


def test_noise_json(capsys) -> None:
    data = run_json(capsys, "noise", "003", "002")
    by_doc = {d["doc"][:3]: d for d in data["docs"]}
    assert len(by_doc["003"]["noise"]) == 15 and len(by_doc["003"]["content"]) == 6
    assert by_doc["002"]["noise"] == []
    block = by_doc["003"]["noise"][0]
    assert set(block) >= {"start", "end", "kind", "text", "reason"}


def test_entities_json(capsys) -> None:
    data = run_json(capsys, "entities")
    li = next(e for e in data["entities"] if e["name"] == "Li Qiang")
    assert li["type"] == "PERSON"
    assert {m["doc"][:3] for m in li["mentions"]} == {"000", "001", "002", "003", "004"}


def test_compare_json(capsys) -> None:
    data = run_json(capsys, "compare", "003", "004")
    assert set(data) >= {"a", "b", "pairs", "only_a", "only_b"}
    pair = data["pairs"][0]
    assert set(pair) >= {"a", "b", "score"} and set(pair["a"]) >= {"start", "end", "text"}
    assert not any("NASA" in s["text"] for s in data["only_a"])


def test_facts_json(capsys) -> None:
    data = run_json(capsys, "facts")
    companies = next(f for f in data["facts"] if "800" in json.dumps(f["values"]) and f["label"] == "companies")
    assert {v["doc"][:3] for v in companies["values"]} == {"002", "003", "004"} and companies["agree"]


def test_markdown_export(capsys, tmp_path: Path) -> None:
    target = tmp_path / "facts.md"
    code, _, _ = run(capsys, "facts", "--markdown", str(target))
    assert code == 0 and "800" in target.read_text()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["show", "999"], "no article"),
        (["show", "00"], "ambiguous"),
        (["--corpus", "/no/such/dir", "list"], "not found"),
        (["search", "foo:bar"], "unknown field"),
        (["search", "*"], "every article"),  # a lone * is refused as matching everything (t13ai N17)
    ],
)
def test_errors_are_one_line_on_stderr(capsys, argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("waic-reader ")


def test_quotes_json(capsys) -> None:
    data = run_json(capsys, "quotes")
    assert set(data) >= {"speakers", "statements"}
    li = next(s for s in data["speakers"] if s["name"] == "Li Qiang")
    assert li["type"] == "PERSON" and {q["doc"][:3] for q in li["quotes"]} >= {"000", "002", "003", "004"}
    for q in li["quotes"]:
        assert set(q) >= {"doc", "start", "end", "text", "kind", "cue", "in"}
        assert q["kind"] in ("direct", "partial", "reported") and q["in"] == ["content"]
    text = run_json(capsys, "show", li["quotes"][0]["doc"])["text"]
    assert text[li["quotes"][0]["start"] : li["quotes"][0]["end"]] == li["quotes"][0]["text"]
    assert data["statements"]
    for st in data["statements"]:
        assert st["wording"] in ("same", "altered", "paraphrase") and st["speakers"]
        assert len(st["members"]) > 1 and all(set(m) >= {"doc", "start", "end", "kind"} for m in st["members"])


def test_quotes_for_some_docs(capsys) -> None:
    data = run_json(capsys, "quotes", "002")
    assert {q["doc"][:3] for s in data["speakers"] for q in s["quotes"]} == {"002"}
    assert data["statements"] == []


def test_quotes_markdown_never_overwrites_without_force(capsys, tmp_path: Path) -> None:
    target = tmp_path / "quotes.md"
    target.write_text("mine")
    code, _, err = run(capsys, "quotes", "--markdown", str(target))
    assert code == 1 and "--force" in err and target.read_text() == "mine"
    code, _, err = run(capsys, "quotes", "--markdown", str(target), "--force")
    assert code == 0, err
    assert "Li Qiang" in target.read_text() and "| wording |" in target.read_text()


def test_quotes_markdown_never_writes_through_a_symlink(capsys, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / "quotes.md"
    link.symlink_to(victim)
    for extra in ([], ["--force"]):
        code, _, err = run(capsys, "quotes", "--markdown", str(link), *extra)
        assert code == 1 and "symbolic link" in err
    assert victim.read_text() == "keep"


def test_list_dates_and_sort(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Zebra headline\n\nTOKYO, March 14, 2025 (Reuters) - A long enough first paragraph here.\n", "utf-8"
    )
    (corpus / "b.md").write_text(
        "---\ndate: 2025-03-13T08:00:00+01:00\nsource: Alpha Wire\n---\nAardvark story text.\n", "utf-8"
    )
    (corpus / "c.txt").write_text("Middle title\n\nNo date in this text at all, none.\n", "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list"]
    rows = run_json(capsys, *base)["articles"]
    assert [r["doc"] for r in rows] == ["a", "b", "c"]  # folder order by default
    by_doc = {r["doc"]: r for r in rows}
    assert (by_doc["a"]["date"], by_doc["a"]["date_source"]) == ("2025-03-14", "text")
    assert (by_doc["b"]["date"], by_doc["b"]["date_source"], by_doc["b"]["format"]) == (
        "2025-03-13T08:00:00+01:00",
        "front-matter",
        "markdown",
    )
    assert by_doc["c"]["date"] is None and by_doc["c"]["date_source"] is None
    assert [r["doc"] for r in run_json(capsys, *base, "--sort", "date")["articles"]] == ["b", "a", "c"]
    assert [r["doc"] for r in run_json(capsys, *base, "--sort", "outlet")["articles"]][:2] == ["b", "a"]
    assert run_json(capsys, *base, "--sort", "words")["articles"][0]["doc"] == "a"
    with pytest.raises(SystemExit) as exc:
        main([*base, "--sort", "colour"])
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(("query", "count"), [("unitree", 1), ("hinton", 3), ("zzqxv", 0)])
def test_search_count_agrees_in_number(capsys, query: str, count: int) -> None:
    """Reported (issue 13, fresh tester): "1 article match outlet:NYTimes"; the TUI says
    "matches". Singular noun and verb for one, plural otherwise."""
    code, out, _ = run(capsys, "search", query)
    assert code == 0
    first = out.splitlines()[0]
    want = "1 article matches" if count == 1 else f"{count} articles match"
    assert first.startswith(want + " "), first


def test_quotes_counts_agree_in_number(capsys) -> None:
    """Reported (issue 13, fresh tester): "1 statements"."""
    code, out, _ = run(capsys, "quotes")
    assert code == 0
    counts = [
        line.split(": ", 1)[1].split("  ·  ")[0] for line in out.splitlines() if "statement" in line and ": " in line
    ]
    assert any(c == "1 statement" for c in counts), counts  # the seeds have speakers with one
    assert any(c.endswith(" statements") and not c.startswith("1 ") for c in counts), counts
    assert not any(c.startswith("1 ") and c.endswith("statements") for c in counts)


@pytest.mark.parametrize(
    ("command", "extra", "trailing"),
    [("facts", ["--force"], ""), ("facts", [], "/"), ("quotes", ["--force"], "/")],
    ids=["facts-force", "facts-slash", "quotes-force-slash"],
)
def test_markdown_to_a_folder_says_it_is_a_folder(
    capsys, tmp_path: Path, command: str, extra: list[str], trailing: str
) -> None:
    """#13 re-test: `facts --markdown out/dir --force` said "Is a directory: out/.dir.22590….tmp"
    (the temporary file it had tried), and without --force "already exists: out". The folder
    given is named, with what to do, and nothing is left in it."""
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = run(capsys, command, "--markdown", str(folder) + trailing, *extra)
    assert code == 1
    assert "is a folder" in err and str(folder) in err
    assert ".tmp" not in err and "already exists" not in err
    assert list(folder.iterdir()) == []
