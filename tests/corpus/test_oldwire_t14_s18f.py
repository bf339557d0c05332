"""Old wire copy, issue #14's re-test in session 18 (t14 fault 9; inputs under /work/s18/t14, written
anew here with invented names): AP's format codes around the headline kept in the title, a dateline
whose dash is typed as an underscore ("(AP) _") naming no outlet, a story slug heading the copy
("BC-Valdmark-Ferry,0210") kept as content. Each kind: the reported input, two variants of our own, and guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.reader import Corpus

_BODY = (
    "\tHALVIK, Valdmark (AP) _ A passenger ferry ran aground in thick fog\n"
    "off Valdmark's west coast Friday, and rescuers took all 52 people\n"
    "aboard to safety, officials said.\n"
    "\tThe Osvalda, operated by Nordsund Lines, struck a sandbank near\n"
    "Brennick Point shortly before dawn. Three passengers were treated\n"
    "for cold, the maritime authority said.\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("^Ferry aground off Valdmark; all safe<", "Ferry aground off Valdmark; all safe"),  # reported
        ("^Dockworkers walk out at Tarrö<", "Dockworkers walk out at Tarrö"),  # ours
        ("^ Storm shuts Brennick harbor <", "Storm shuts Brennick harbor"),  # ours: spaced codes
    ],
)
def test_wire_format_codes_leave_the_title(tmp_path: Path, line: str, title: str) -> None:
    (tmp_path / "w.txt").write_text(f"AP-WS-03-14-25 0952EST\n{line}\nBy LARS HOLM\nAssociated Press Writer\n\n{_BODY}")
    assert Corpus.scan(tmp_path).article("w").title == title


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("HALVIK, Valdmark (AP) _ A passenger ferry ran aground", "AP"),  # reported: c1/oldwire.txt
        ("TARRÖ (UPI) _ Dockworkers walked out on Monday", "UPI"),  # ours
        ("BRENNICK, Valdmark, March 3 (AP) _ The storm closed the harbor", "AP"),  # ours: dated
    ],
)
def test_an_underscore_dash_after_an_agency_is_a_dateline(tmp_path: Path, text: str, agency: str) -> None:
    found = dateline.match(text)
    assert found is not None and text[slice(*found.agency or (0, 0))] == agency and found.separator == "_"
    (tmp_path / "w.txt").write_text(f"Ferry aground\n\n{text} in fog, and all aboard were taken off safely.\n")
    assert Corpus.scan(tmp_path).article("w").outlet == agency


@pytest.mark.parametrize("text", ["HALVIK _ A passenger ferry ran aground", "HALVIK, Valdmark (AP)_A ferry"])
def test_an_underscore_without_an_agency_or_spaces_is_no_dateline(text: str) -> None:
    assert dateline.match(text) is None  # guard: the underscore is a dash only as old wire copy typed it


def _kinds(root: Path, doc: str) -> dict[str, str]:
    split = split_noise(Corpus.scan(root).article(doc))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


@pytest.mark.parametrize(
    "slug",
    [
        "BC-Valdmark-Ferry,0210",  # reported: c17/pre.html
        "AM-Tarro-Strike,0388",  # ours
        "PM-Brennick-Storm 1st Ld-Writethru,0512",  # ours: a write-through's slug
    ],
)
def test_a_wire_story_slug_is_attribution(tmp_path: Path, slug: str) -> None:
    pre = f"{slug}\nFerry runs aground off Valdmark; 52 rescued\nBy LARS HOLM\nAssociated Press Writer\n\n{_BODY}"
    (tmp_path / "p.html").write_text(
        f"<html><head><title>Wire: ferry aground</title></head><body><nav><a href='/'>Home</a> "
        f"<a href='/wire'>Wire</a></nav><pre>\n{pre}\nAP-WS-03-14-25 0952EST\n</pre></body></html>"
    )
    (tmp_path / "t.txt").write_text(pre)
    assert _kinds(tmp_path, "p")[slug] == "attribution"
    assert _kinds(tmp_path, "t")[slug] == "attribution"


@pytest.mark.parametrize("line", ["PM-10 levels rose,120", "BC-based insurers paid out,2025 claims said."])
def test_slug_like_prose_is_not_a_slug(tmp_path: Path, line: str) -> None:
    # guard: a line starting "PM-" or "BC-" that is no slug
    (tmp_path / "t.txt").write_text(f"Ferry aground\n\n{_BODY}\n{line}\n")
    assert _kinds(tmp_path, "t").get(line, "content") != "attribution"
