"""`quotes` and `entities` on a current index read no article again (issue 13, "every key ≤ 150
ms", round s34-a): each article as read (text, title, outlet, date) is the one the index build
kept, for the very file and ``corpus.yaml`` fields (``corpus.kept_article``); before, both
commands read every file again and derived its title, outlet and date (``reader._derive``, the
page classifier), and `entities` analysed every article though the index holds its mentions.
Their output is the same as with no index; an article whose file or ``corpus.yaml`` fields were
edited since the build is read again and shown with its new title and outlet."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.corpus import html as html_module
from waic_reader.index.corpus import reader
from waic_reader.tui.cli.main import main

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen5" / "html"

# A flood story as three outlets write it (another story, other names and layouts than
# tests/corpus/test_kept_article.py), a Portuguese text, and a saved HTML page.
FILES = {
    "agency.txt": (
        "Floods cut off Vila Serrana as river bursts its banks\n\n"
        "By Rui Tavares | Iberia Press | 12 February 2026\n\n"
        "VILA SERRANA, Feb 12 - The river Tua burst its banks overnight, cutting the town off.\n\n"
        '"The water rose a metre in an hour," said Mayor Helena Quaresma. "We have moved 300 people."\n\n'
        "Related: Storm warnings across the north\n"
    ),
    "blog.md": (
        "# What the Tua floods tell us\n\n"
        "*Posted on 13 February 2026 by Joana Pires*\n\n"
        "Civil protection commander Duarte Lobo told reporters the dams held, "
        '"but the rain did not stop for three days."\n'
    ),
    "jornal.txt": (
        "Cheias isolam Vila Serrana\n\n"
        '"A água subiu um metro numa hora", disse a presidente da câmara, Helena Quaresma.\n'
    ),
}
YAML = "articles:\n  jornal.txt:\n    outlet: Diário do Tua\n    date: 2026-02-12\n"


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    page = sorted(PAGES.glob("*.html.gz"))[1]
    (root / "page.html").write_bytes(gzip.decompress(page.read_bytes()))
    (root / "corpus.yaml").write_text(YAML, "utf-8")
    return root


def _run(capsys: pytest.CaptureFixture[str], root: Path, index: Path, *command: str) -> str:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(index), *command]) == 0
    return capsys.readouterr().out


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every article read from now on (``reader._derive``, by doc id; "html": a page extracted)."""
    done: list[str] = []
    derive, read_html = reader._derive, html_module.read_html

    def derived(article: reader.Article, order: str | None = None) -> bool:
        done.append(article.doc)
        return derive(article, order)

    def extracted(*args: Any, **kwargs: Any) -> Any:
        done.append("html")
        return read_html(*args, **kwargs)

    monkeypatch.setattr(reader, "_derive", derived)
    monkeypatch.setattr(html_module, "read_html", extracted)
    return done


def test_quotes_and_entities_on_a_current_index_read_no_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path)
    index = tmp_path / "ix"
    _run(capsys, root, index, "index")
    commands = (("quotes", "--json"), ("entities", "--json"), ("quotes",), ("entities",))
    expected = [_run(capsys, root, tmp_path / f"never-{i}", *c) for i, c in enumerate(commands)]
    assert "Helena Quaresma" in expected[0] and "Helena Quaresma" in expected[1]
    done = _reads(monkeypatch)
    assert [_run(capsys, root, index, *c) for c in commands] == expected
    assert done == []


def test_an_edited_file_or_corpus_yaml_shows_the_new_title_and_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path)
    index = tmp_path / "ix"
    _run(capsys, root, index, "index")
    assert "Iberia Press" in _run(capsys, root, index, "quotes")
    agency = root / "agency.txt"
    agency.write_text(agency.read_text("utf-8").replace("Iberia Press", "Douro Herald"), "utf-8")
    (root / "corpus.yaml").write_text(
        YAML.replace("Diário do Tua", "Gazeta Serrana") + "  blog.md:\n    outlet: Tua Watch\n", "utf-8"
    )
    done = _reads(monkeypatch)
    shown = _run(capsys, root, index, "quotes")
    assert sorted(done) == ["agency", "blog", "jornal"]  # the edited ones, only
    assert "Douro Herald" in shown and "Tua Watch" in shown and "Iberia Press" not in shown
    done.clear()
    table = json.loads(_run(capsys, root, index, "entities", "--json"))
    assert sorted(done) == ["agency", "blog", "jornal"]
    assert table == json.loads(_run(capsys, root, tmp_path / "never", "entities", "--json"))
    rows = {r["doc"]: r for r in json.loads(_run(capsys, root, index, "list", "--json"))["articles"]}
    assert (rows["agency"]["outlet"], rows["blog"]["outlet"], rows["jornal"]["outlet"]) == (
        "Douro Herald",
        "Tua Watch",
        "Gazeta Serrana",
    )
