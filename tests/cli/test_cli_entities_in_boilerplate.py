"""Every mention ``entities --json`` gives says ``"in": "noise"`` exactly when it lies inside a
block ``noise --json`` gives the article: one boilerplate split for the noise panel, search, the
entity list and its matrix (README: "mentions in boilerplate are kept and flagged").

Reported (acceptance test t13q F7): a name the recogniser left untyped in an article, typed by
another article's text, was added by the corpus grouping of names as article text wherever it
stood: "Thun" and "Interlaken" in divs-bernerblatt's "Meistgelesen" box (outside-article),
"Thun" and "Lauterbrück" in oberland-post-page's "Most popular" and "Related stories" lists
(headline-list), "Lauterbrück" in alpine-herald's figcaption (caption). The matrix counted them
as article text while ``search 'who:Thun' --json`` said "noise". The variants: other names in a
plain-text page's lists and caption, and in an HTML page's ``<aside>``, ``<figcaption>`` and
footer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30j"

# The article that types the names in its own text, for both variants.
_WIRE = (
    "Harbour crane collapses in Brisholm\n\n"
    "BRISHOLM, Norway, May 12 (Reuters) - A harbour crane collapsed on Tuesday in Brisholm, "
    "harbour master Ingrid Sorvaag said. Two workers were taken to hospitals in Kvalsund and "
    "Tromvik, and the port of Eidsfjord stopped loading ships for the day.\n\n"
    "Sorvaag said inspectors from Kvalsund would examine the crane on Wednesday.\n"
)

_TEXT_PAGE = (
    "Skip to content\n"
    "Nordland Tidende\n"
    "News\nRegion\nSport\n\n"
    "Crane falls onto quay, two hurt\n"
    "By Lars Hegge · Nordland Tidende · 12 May 2026\n"
    "Photograph: the fallen crane on the quay at Eidsfjord. Photograph: Per Dahl/Nordland Tidende\n"
    "A crane fell onto the quay on Tuesday morning, injuring two workers who were loading a "
    "fishing vessel, the port's operator said in a statement.\n"
    "The operator said the crane had passed its last inspection in March and that loading "
    "would resume once engineers had checked the other cranes on the quay.\n"
    "Most popular\n"
    "Kvalsund council approves new ferry terminal\n"
    "Storm warning issued for the coast this weekend\n"
    "Tromvik hotels report record bookings\n"
    "Five walks to do in the fjords this summer\n"
    "Related stories\n"
    "Brisholm votes on new school building\n"
    "2 May 2026 | Politics\n"
    "Harbour fees to rise next year\n"
    "28 April 2026 | Business\n"
    "© 2026 Nordland Tidende AS. All rights reserved.\n"
)

_HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Quay reopens after crane accident | Fjord Posten</title>
<meta property="og:site_name" content="Fjord Posten"></head><body>
<header><nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/sport">Sport</a></nav></header>
<article><h1>Quay reopens after crane accident</h1>
<figure><img src="crane.jpg" alt=""><figcaption>Workers clear the quay at Brisholm. Photo: Eva Lund</figcaption></figure>
<p>The quay reopened on Thursday, two days after a crane fell onto it and injured two workers
who were loading a fishing vessel, the port's operator said in a statement on its website.</p>
<p>Engineers checked every other crane on the quay before loading resumed, and the operator
said the fallen crane would be taken apart and examined by the inspectors next week.</p>
<p>The two workers are recovering in hospital and are expected to be discharged soon, their
union said on Thursday afternoon.</p></article>
<aside class="most-read"><h2>Most read</h2><ul>
<li><a href="/1">Kvalsund: new ferry terminal approved</a></li>
<li><a href="/2">Tromvik: hotels report record bookings</a></li>
<li><a href="/3">Eidsfjord: harbour fees to rise</a></li></ul></aside>
<footer><p>© 2026 Fjord Posten AS, Brisholm | Contact | Privacy</p></footer>
</body></html>
"""

CASES = {
    # name: (files written, or None for the reported corpus; a name expected in a noise block)
    "reported": (None, ("Thun", "Interlaken", "Lauterbrück")),
    "text-page": ({"wire.txt": _WIRE, "tidende.txt": _TEXT_PAGE}, ("Kvalsund", "Tromvik", "Brisholm")),
    "html-page": ({"wire.txt": _WIRE, "posten.html": _HTML_PAGE}, ("Kvalsund", "Tromvik", "Brisholm")),
}


def _corpus(tmp_path: Path, files: dict[str, str] | None) -> Path:
    root = tmp_path / "c"
    if files is None:
        shutil.copytree(REPORTED, root)
    else:
        root.mkdir()
        for name, text in files.items():
            (root / name).write_text(text, "utf-8")
    return root


def _json(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    capsys.readouterr()
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_mention_is_in_noise_exactly_inside_a_noise_block(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    files, names = CASES[case]
    root = _corpus(tmp_path, files)
    noise = {d["doc"]: [(b["start"], b["end"]) for b in d["noise"]] for d in _json(capsys, root, "noise")["docs"]}

    def wrong(data: dict) -> list[tuple[str, str, int, str]]:
        out = []
        for ent in data["entities"]:
            for m in ent["mentions"]:
                inside = any(s <= m["start"] and m["end"] <= e for s, e in noise.get(m["doc"], ()))
                if inside != (m["in"] == "noise"):
                    out.append((ent["name"], m["doc"], m["start"], m["in"]))
        return out

    every = _json(capsys, root, "entities")
    assert wrong(every) == []
    # The names the test is about are there, in boilerplate (so the check above means something).
    in_noise = {ent["name"] for ent in every["entities"] for m in ent["mentions"] if m["in"] == "noise"}
    assert set(names) <= in_noise, sorted(in_noise)
    # And each article's own list (`entities DOC`: the reader's entity panel) agrees too.
    for doc in noise:
        assert wrong(_json(capsys, root, "entities", doc)) == [], doc
