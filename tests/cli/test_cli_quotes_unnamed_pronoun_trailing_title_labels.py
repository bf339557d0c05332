"""``quotes --json`` on t13z's repro folders (v6, v16) and a variant of my own (H6, H7, H14).

* "…, his daughter told the Echo. "Nobody could see his notes," she said." was Miriam Okafor's
  (the last woman named): the daughter is unnamed, so the quote is unattributed;
* "Velmont Health Trust will not pay the ransom demanded by the hackers, the trust's chief executive
  Miriam Okafor confirmed on Friday." was the trust's "by the hackers, …": it is Okafor's, cue
  "confirmed", and the passive "demanded by" reports nothing;
* 'Superintendent Pellworth: "…"' and a quotation signed on the next line "— Miriam Okafor, chief
  executive, Velmont Health Trust" were unattributed: they are Jonas Pellworth's (named in full in
  another article) and Okafor's, grouped with the other article's same words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# t13z repro/v6/a.txt, copied
V6 = (
    "Hospital hit by cyber-attack\n\nBy Hannah Crowe · Kesterbridge Echo · 12 March 2026 14:05\n\n"
    "Miriam Okafor, who runs the Velmont Health Trust, said the hospital would not pay the ransom. "
    '"Our staff have gone back to pen and paper," Okafor said.\n\n'
    "An 82-year-old patient waiting for heart surgery had his operation postponed, his daughter told the "
    'Echo. "Nobody could see his notes," she said.\n\n'
    "Velmont Health Trust will not pay the ransom demanded by the hackers, the trust's chief executive "
    "Miriam Okafor confirmed on Friday.\n"
)
# t13z repro/v16/a.txt and b.txt, copied
V16_A = (
    "Velmont hack: voices\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - Detective Superintendent Jonas "
    'Pellworth said: "We are close to naming the gang."\n\n'
    '"We will rebuild trust in our systems," the chief executive, Miriam Okafor, told reporters.\n\n'
    "According to Health Minister Aurelia Stanning, the hospital will receive £2m in emergency funding.\n\n"
    'A spokeswoman for Harrow Vale Hospital said its emergency department was "full to bursting".\n\n'
    '"Nobody tells us anything," said one porter, who declined to give his name.\n\n'
    "Okafor later added that no patient had come to harm.\n\n"
    '"The gang has hit us before," Pellworth told Nordwire. "They will not win."\n'
)
V16_B = (
    "Velmont hack: the statement\n\nKESTERBRIDGE, March 12, 2026 (Dayline) - The hospital published a "
    'short statement on Thursday.\n\n"We will rebuild trust in our systems and in our hospital."\n'
    "— Miriam Okafor, chief executive, Velmont Health Trust\n\n"
    'Superintendent Pellworth: "We are close to naming the gang."\n'
)
# a variant of my own: other names, a son and a nurse, another title, an en dash signature
VARIANT = (
    "Flood at Tarnow clinic\n\nTARNOW, April 2 (Vistula Wire) - Chief Inspector Rahel Mendes said the "
    'river had burst its banks overnight. "We moved every patient upstairs," Mendes said.\n\n'
    "A nurse on the night shift, who asked not to be named, said the generators failed twice. "
    '"We were working by torchlight," she said.\n\n'
    "The clinic will reopen on Monday, the council's head of health services Piotr Wrona confirmed on "
    "Saturday.\n\n"
    '"Every patient is safe."\n– Piotr Wrona, head of health services, Tarnow Council\n\n'
    'Inspector Mendes: "The water is going down at last."\n'
)


def _quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, Any]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def _said(data: dict[str, Any]) -> set[tuple[str | None, str, str]]:
    return {(s["name"], q["text"], q["cue"]) for s in data["speakers"] for q in s["quotes"]} | {
        (None, q["text"], q["cue"]) for q in data["unattributed"]
    }


def test_v6_daughter_and_trailing_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = _said(_quotes(tmp_path, capsys, {"a.txt": V6}))
    assert (None, "Nobody could see his notes", "said") in said, said
    assert (
        "Miriam Okafor",
        "Velmont Health Trust will not pay the ransom demanded by the hackers",
        "confirmed",
    ) in said, said
    assert not [s for s in said if s[2] == "demanded"], said
    assert ("Miriam Okafor", "Nobody could see his notes", "said") not in said


def test_v16_colon_label_and_signature_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _quotes(tmp_path, capsys, {"a.txt": V16_A, "b.txt": V16_B})
    said = _said(data)
    assert ("Miriam Okafor", "We will rebuild trust in our systems and in our hospital", "—") in said, said
    assert ("Jonas Pellworth", "We are close to naming the gang", ":") in said, said
    assert data["unattributed"] == [q for q in data["unattributed"] if q["doc"] == "a"], data["unattributed"]
    grouped = {(tuple(st["speakers"]), tuple(sorted(m["doc"] for m in st["members"]))) for st in data["statements"]}
    assert (("Jonas Pellworth",), ("a", "b")) in grouped, grouped
    assert (("Miriam Okafor",), ("a", "b")) in grouped, grouped


def test_variant(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = _said(_quotes(tmp_path, capsys, {"tarnow.txt": VARIANT}))
    assert (None, "We were working by torchlight", "said") in said, said
    assert ("Piotr Wrona", "The clinic will reopen on Monday", "confirmed") in said, said
    assert ("Piotr Wrona", "Every patient is safe", "–") in said, said
    assert ("Rahel Mendes", "The water is going down at last", ":") in said, said
