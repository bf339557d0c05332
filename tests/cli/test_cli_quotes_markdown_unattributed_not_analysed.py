"""Round s35-d (t13y G15): ``quotes --markdown FILE`` held the speakers' sections only: the
statements no speaker is found for (the text output's and the Quotes screen's "Unattributed" row)
and the note on the articles whose quotes are not read for speakers (another language) were left
out, and its header counted every article ("in 12 articles" where 3 were not read). Now the export
holds an "Unattributed" section and a "Not analysed" section, and its header counts the articles
read for speakers apart from those not analysed. The reported kind (a Spanish article beside an
English wire with an unattributed pledge) and two variants of our own (a French and a Portuguese
article beside an English one; a corpus whose only quotes have no speaker)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

SPANISH = (
    "Rescate en la mina\n\n"
    '"Vamos a sacar a todos los mineros esta semana", dijo la jefa de rescate Ángela Ríos a la radio '
    "local. La empresa prometió ayuda a las familias y el gobierno regional dijo que el túnel sería "
    "reforzado.\n"
)
FRENCH = (
    "Les mineurs bloqués\n\n"
    "« Nous travaillons jour et nuit pour les sortir », a déclaré le chef des secours Paul Girard aux "
    "journalistes. Les familles attendent devant la mine depuis trois jours et la direction promet des "
    "nouvelles demain.\n"
)
PORTUGUESE = (
    "Mineiros presos\n\n"
    '"Estamos a trabalhar dia e noite para os tirar de lá", disse o chefe dos bombeiros Rui Tavares aos '
    "jornalistas. As famílias esperam à porta da mina há três dias e a empresa promete notícias amanhã.\n"
)
WIRE = (
    "Miners trapped\n\n"
    '"We know they are alive," rescue chief Ángela Ríos told reporters.\n\n'
    "The company said it had pledged 200,000 euros to a hardship fund.\n"
)
FERRY = (
    "Ferry delayed\n\n"
    '"The crossing will resume on Monday," Captain Ivo Marsh told passengers.\n\n'
    'Harbour officials said "no ship may leave before Friday."\n'
)
ROADS = 'Storm news\n\n"The roads out of Velden are closed," police said on Sunday.\n'
BRIDGE = 'Bridge shut\n\n"Nobody crosses until the engineers are done," officials said.\n'

CASES = {
    # reported: a Spanish article beside a wire whose pledge has no speaker
    "reported": (
        {"es.txt": SPANISH, "wire.txt": WIRE},
        ["it had pledged 200,000 euros to a hardship fund", "Vamos a sacar a todos los mineros"],
        ["es"],
        "1 statement by 1 speaker in 1 article",
    ),
    # variant: two other languages beside one English article
    "french-portuguese": (
        {"fr.txt": FRENCH, "pt.txt": PORTUGUESE, "ferry.txt": FERRY},
        ["no ship may leave before Friday", "Nous travaillons jour et nuit"],
        ["fr", "pt"],
        "1 statement by 1 speaker in 1 article",
    ),
    # variant: no quote has a speaker, every article read
    "no-speaker-at-all": (
        {"roads.txt": ROADS, "bridge.txt": BRIDGE},
        ["The roads out of Velden are closed", "Nobody crosses until the engineers are done"],
        [],
        "0 statements by 0 speakers in 2 articles",
    ),
}


def export(tmp_path: Path, files: dict[str, str]) -> str:
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")
    target = tmp_path / "out" / "quotes.md"
    target.parent.mkdir()
    assert (
        main(["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "quotes", "--markdown", str(target)]) == 0
    )
    return target.read_text("utf-8")


@pytest.mark.parametrize("case", sorted(CASES))
def test_markdown_holds_unattributed_and_not_analysed(tmp_path: Path, case: str) -> None:
    files, unattributed, unread, header = CASES[case]
    md = export(tmp_path, files)
    assert "## Unattributed (no speaker found)" in md
    tail = md.split("## Unattributed (no speaker found)", 1)[1]
    for words in unattributed:
        assert words in tail, (words, md)
    if unread:
        assert "## Not analysed" in md
        notes = md.split("## Not analysed", 1)[1]
        for doc in unread:
            assert f"{doc} (written in " in notes, md
    else:
        assert "Not analysed" not in md
    # The header counts the articles read for speakers; those not read are said apart.
    assert header in md, md
    if unread:
        assert f"{len(unread)} not analysed" in md.split("Key:", 1)[0], md
