"""A blog's sidebar read from HTML or saved as text (issue #14, round s33-e, unseen28's
retractionwatch-1): its list of the site's pages holding "About <person>" links, and its archive
and category lists whose entries carry post counts ("November 2023 (123)", "plagiarism (41)"),
are navigation. An "About X" link among links with no paragraph under it heads no press
release's "About" section, so the sidebar after it is no press-release furniture (in HTML the
whole sidebar, 2,200 lines, was dropped as press-release), and a month with a count is an
archive's entry, not a date stamp (a byline). The reported shape (a WordPress sidebar, English,
drop-down lists) and two variants of our own (a news site's plain lists; German).

A release's own "About <organisation>" header over a paragraph stays press-release
(tests/analysis/test_noise_release_furniture_html.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PARAS = [
    "The harbour board voted on Tuesday to close the old ferry ramp at Pier 4 for a year while "
    "engineers rebuild the hinge that failed in March and left two boats stranded for a night.",
    "Passengers will board from a floating pontoon beside the fish market, which the board said "
    "would add about five minutes to each crossing until the work is finished next spring.",
    "Ferry workers said they had warned about the hinge for two years, and the union asked the "
    "board to publish the inspection reports it had received since the last repair was made.",
]

WORDPRESS = {
    "about": ["About Jane Holm", "About Marek Nowak"],
    "pages": ["Meet the Harbour Notes team", "The Harbour Notes Foundation", "Board of Directors"],
    "archive": ["May 2024 (12)", "April 2024 (31)", "March 2024 (27)", "February 2024 (19)", "January 2024 (22)"],
    "categories": ["ferries (14)", "harbour board (9)", "shipping news (40)", "weather (7)"],
}


def wordpress_html() -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    about = "".join(f"<li><a href='/team/{i}'>{t}</a></li>" for i, t in enumerate(WORDPRESS["about"]))
    pages = WORDPRESS["pages"]
    months = "".join(f"<option> {m} </option>" for m in WORDPRESS["archive"])
    cats = "".join(f"<option class='level-0'> {c} </option>" for c in WORDPRESS["categories"])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier 4 ramp to close for a year</title></head>
<body><div id="wrap"><div id="main"><div class="post"><h1>Pier 4 ramp to close for a year</h1>
<div class="entry">{paras}</div></div></div>
<div id="sidebar"><div class="widget"><h3>Pages</h3><ul>
<li><a href="/team">{pages[0]}</a><ul class="children">{about}</ul></li>
<li><a href="/foundation">{pages[1]}</a><ul class="children"><li><a href="/board">{pages[2]}</a></li></ul></li>
</ul></div>
<div class="widget"><h3>Archives</h3><select name="archive-dropdown"><option>Select Month</option>{months}</select></div>
<div class="widget"><h3>Categories</h3><select name="cat"><option>Select Category</option>{cats}</select></div>
</div></div></body></html>
"""


COURIER = {
    "about": ["About the Kessel Courier", "About Anna Berg"],
    "pages": ["Contact the newsroom", "Corrections", "Jobs at the Courier"],
    "archive": ["March 2025 (31)", "February 2025 (28)", "January 2025 (35)", "December 2024 (30)"],
    "categories": ["Local politics (112)", "Harbour (64)", "Schools (23)"],
}


def courier_html() -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    links = "".join(f"<li><a href='/p/{i}'>{t}</a></li>" for i, t in enumerate(COURIER["pages"] + COURIER["about"]))
    months = "".join(
        f"<li><a href='/archive/{i}'>{m.split(' (')[0]}</a> ({m.split('(')[1]}</li>"
        for i, m in enumerate(COURIER["archive"])
    )
    cats = "".join(
        f"<li><a href='/c/{i}'>{c.split(' (')[0]}</a> ({c.split('(')[1]}</li>"
        for i, c in enumerate(COURIER["categories"])
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier 4 ramp to close for a year | Kessel Courier</title></head>
<body><article><h1>Pier 4 ramp to close for a year</h1>{paras}</article>
<div class="rail"><ul class="site-links">{links}</ul>
<h4>From the archive</h4><ul class="months">{months}</ul>
<h4>Sections</h4><ul class="sections">{cats}</ul></div>
</body></html>
"""


WEBER = {
    "about": ["Über Anna Schmidt", "Über Jonas Weber"],
    "pages": ["Impressum", "Unsere Autoren", "Datenschutz"],
    "archive": ["März 2025 (8)", "Februar 2025 (11)", "Januar 2025 (9)", "Dezember 2024 (14)"],
    "categories": ["Hafen (21)", "Stadtrat (17)", "Verkehr (30)"],
}

GERMAN_PARAS = [
    "Der Hafenrat hat am Dienstag beschlossen, die alte Fährrampe am Pier 4 für ein Jahr zu sperren, "
    "während Ingenieure das Gelenk erneuern, das im März versagt hatte.",
    "Die Fahrgäste steigen bis dahin an einem Schwimmsteg neben dem Fischmarkt ein, was nach Angaben "
    "des Rates jede Überfahrt um etwa fünf Minuten verlängern wird.",
    "Die Beschäftigten der Fähren sagten, sie hätten seit zwei Jahren vor dem Gelenk gewarnt, und die "
    "Gewerkschaft forderte den Rat auf, die Prüfberichte zu veröffentlichen.",
]


def weber_html() -> str:
    paras = "".join(f"<p>{p}</p>" for p in GERMAN_PARAS)
    links = "".join(f"<li><a href='/p/{i}'>{t}</a></li>" for i, t in enumerate(WEBER["about"] + WEBER["pages"]))
    months = "".join(f"<li><a href='/m/{i}'>{m}</a></li>" for i, m in enumerate(WEBER["archive"]))
    cats = "".join(f"<li><a href='/k/{i}'>{c}</a></li>" for i, c in enumerate(WEBER["categories"]))
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Fährrampe am Pier 4 wird gesperrt</title></head>
<body><div class="content"><h1>Fährrampe am Pier 4 wird gesperrt</h1>{paras}</div>
<div class="seitenleiste"><h3>Seiten</h3><ul>{links}</ul>
<h3>Archiv</h3><ul>{months}</ul><h3>Kategorien</h3><ul>{cats}</ul></div>
</body></html>
"""


PAGES = {
    "wordpress": (wordpress_html, WORDPRESS, PARAS),
    "courier": (courier_html, COURIER, PARAS),
    "german": (weber_html, WEBER, GERMAN_PARAS),
}


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def verdicts(art: Article) -> dict[str, str]:
    """Each segment's text (whitespace folded) and its kind, "content" for the article's."""
    split = split_noise(art)
    out = {" ".join(seg.text.split()): "content" for seg in split.content}
    out.update({" ".join(seg.text.split()): seg.kind or "?" for seg in split.noise})
    return out


def kind_of(got: dict[str, str], line: str) -> str | None:
    """The kind of the segment holding ``line`` (a segment may hold several lines in text)."""
    line = " ".join(line.split())
    if line in got:
        return got[line]
    return next((kind for text, kind in got.items() if line in text), None)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_sidebar_about_links_are_navigation_in_html(tmp_path: Path, name: str) -> None:
    make, lines, paras = PAGES[name]
    got = verdicts(article(tmp_path, f"{name}.html", make()))
    assert "press-release" not in got.values(), {t: k for t, k in got.items() if k == "press-release"}
    for line in lines["about"]:
        assert kind_of(got, line) == "navigation", (line, got)
    for para in paras:
        assert kind_of(got, para) == "content", (para, got)


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_archive_and_category_counts_are_navigation(tmp_path: Path, name: str, fmt: str) -> None:
    make, lines, paras = PAGES[name]
    if fmt == "html":
        art = article(tmp_path, f"{name}.html", make())
    else:
        title = "Fährrampe am Pier 4 wird gesperrt" if name == "german" else "Pier 4 ramp to close for a year"
        text = "\n\n".join([title, *paras, *lines["pages"], *lines["about"], *lines["archive"], *lines["categories"]])
        art = article(tmp_path, f"{name}.txt", text + "\n")
    got = verdicts(art)
    for line in lines["archive"] + lines["categories"]:
        assert kind_of(got, line) == "navigation", (line, got)
    for para in paras:
        assert kind_of(got, para) == "content", (para, got)
