"""Wire datelines whose place is written in capitals outside ASCII (ZÜRICH, İSTANBUL, ŁÓDŹ,
SÃO PAULO, МОСКВА) give the article's date and outlet just as ASCII ones (ZURICH) do: the
dateline's parts (index/corpus/dateline.py) treat any uppercase letter as one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.dates import date_in_text
from waic_reader.index.corpus.reader import Corpus


def test_the_uppercase_class_is_str_isupper_over_the_cased_scripts() -> None:
    upper = re.compile(f"[{dateline.UPPER}]")
    for ch in "AZÜÅŁÓŹÃİÇΩЖԱႠ":
        assert upper.fullmatch(ch), ch
    for ch in "azüåłßı1_-' ":
        assert not upper.fullmatch(ch), ch
    lower = re.compile(f"[{dateline.LOWER}]")
    assert lower.fullmatch("ü") and lower.fullmatch("ж") and not lower.fullmatch("Ü")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ZÜRICH, March 3 (Reuters) - Heavy rain flooded parts of Zürich on Monday.", "--03-03"),  # reported
        ("ZURICH, March 4 (Reuters) - Insurers in Zurich counted the cost.", "--03-04"),  # ASCII, as before
        ("İSTANBUL, March 5 - The ferries stopped.", "--03-05"),  # capital first letter outside ASCII
        ("ŁÓDŹ, 6 March 2025 (PAP) — Factories closed early.", "2025-03-06"),  # every letter but D
        ("SÃO PAULO, March 7 (Agência Brasil) -- Markets fell.", "--03-07"),  # two words, agency accented
        ("МОСКВА, 8 марта (ТАСС) - Рынки упали.", "--03-08"),  # a Russian month (date_languages, CLDR)
        ("КИЇВ, 8 березня (Укрінформ) - Ринки впали.", None),  # a language without months there: no date, no error
    ],
)
def test_a_non_ascii_dateline_gives_the_date(text: str, iso: str | None) -> None:
    found = date_in_text(text)
    if iso is None:
        assert found is None
        return
    assert found is not None and (found.iso, found.kind) == (iso, "dateline")
    assert text[: found.start].endswith(", ")  # the span is the dateline's date, after its place


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Floods hit city\n\nZÜRICH, March 3 (Reuters) - Heavy rain flooded parts of Zürich on Monday.\n", "Reuters"),
        ("Ferries stop\n\nİSTANBUL, March 5 (AFP) - The ferries stopped on Wednesday.\n", "AFP"),
        ("Markets fall\n\nSÃO PAULO (Agência Brasil) — Markets fell on Friday.\n", "Agência Brasil"),
    ],
)
def test_a_non_ascii_dateline_names_the_outlet(tmp_path: Path, text: str, outlet: str) -> None:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    a = Corpus.scan(tmp_path).article("a")
    assert (a.outlet, a.outlet_derived) == (outlet, True)


# ---------------------------------------------------------------------------------------------
# The one recogniser (dateline.match): its parts, then the three readers agreeing on one line.


def _parts(text: str) -> tuple[object, ...] | None:
    d = dateline.match(text)
    if d is None:
        return None

    def cut(span: tuple[int, int] | None) -> str | None:
        return None if span is None else text[span[0] : span[1]]

    return (cut(d.place), cut(d.region), cut(d.date), cut(d.agency), d.separator, d.caps)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the forms the three readers were written for
        ("TOKYO, March 14 (Reuters) - The yen fell.", ("TOKYO", None, "March 14", "Reuters", "-", True)),
        ("WASHINGTON (AP) — The Senate voted.", ("WASHINGTON", None, None, "AP", "—", True)),
        (
            "Shanghai, July 26, 2025 (Xinhua) -- China proposed.",
            ("Shanghai", None, "July 26, 2025", "Xinhua", "--", False),
        ),
        ("HALVIK, Valdmark (AP) - Rescuers dug.", ("HALVIK", "Valdmark", None, "AP", "-", True)),
        ("SÃO PAULO, 3 May (AFP) – Markets fell.", ("SÃO PAULO", None, "3 May", "AFP", "–", True)),
        # capitals of other scripts, each separator
        ("ZÜRICH, March 3 (Reuters) - Heavy rain.", ("ZÜRICH", None, "March 3", "Reuters", "-", True)),
        ("İSTANBUL, 5 March 2025 — The ferries stopped.", ("İSTANBUL", None, "5 March 2025", None, "—", True)),
        ("ŁÓDŹ (PAP) -- Factories closed.", ("ŁÓDŹ", None, None, "PAP", "--", True)),
        ("ÅLESUND, Norway: The harbour froze.", ("ÅLESUND", "Norway", None, None, ":", True)),
        ("МОСКВА (ТАСС) – Рынки упали.", ("МОСКВА", None, None, "ТАСС", "–", True)),
        # region and date together, a year after a comma, a weekday before the date
        (
            "LISBON, Portugal, Sept. 2, 2025 (AP) — Trams stopped.",
            ("LISBON", "Portugal", "Sept. 2, 2025", "AP", "—", True),
        ),
        ("WASHINGTON, D.C. (AP) — Congress met.", ("WASHINGTON", "D.C.", None, "AP", "—", True)),
        ("LONDON, Monday, March 3 - Trains ran late.", ("LONDON", None, "Monday, March 3", None, "-", True)),
        ("OSLAND, Friday - Officials said 14 died.", ("OSLAND", None, "Friday", None, "-", True)),
        # places as written, several places, agencies as wires write them
        (
            "Rio de Janeiro, Brazil, 3 May (Agence France-Presse) – Rain fell.",
            ("Rio de Janeiro", "Brazil", "3 May", "Agence France-Presse", "–", False),
        ),
        (
            "SEOUL/TOKYO, March 14 (Reuters) - Chip shares fell.",
            ("SEOUL/TOKYO", None, "March 14", "Reuters", "-", True),
        ),
        (
            "AUSTIN, Texas, Feb. 18, 2026 /PRNewswire/ -- Veltrix announced.",
            ("AUSTIN", "Texas", "Feb. 18, 2026", "PRNewswire", "--", True),
        ),
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme today announced.",
            ("SAN FRANCISCO", None, None, "BUSINESS WIRE", "--", True),
        ),
        # a date in another language: part of the dateline, no date read from it
        ("МОСКВА, 8 марта (ТАСС) - Рынки упали.", ("МОСКВА", None, "8 марта", "ТАСС", "-", True)),
        ("PARIS, le 3 mars (AFP) - La Seine a débordé.", ("PARIS", None, "le 3 mars", "AFP", "-", True)),
        ("MADRID, 3 de mayo de 2025 (EFE) – El metro paró.", ("MADRID", None, "3 de mayo de 2025", "EFE", "–", True)),
        # no dateline
        ("In 2024 the council met.", None),
        ("the council met, March 3 - late.", None),
        ("(Reuters) - The yen fell.", None),
    ],
)
def test_the_recogniser_reads_each_part(text: str, parts: tuple[object, ...] | None) -> None:
    assert _parts(text) == parts


def test_spaced_and_prose_tell_a_dateline_from_a_hyphen_or_a_headline() -> None:
    d = dateline.match("NEW YORK-based lenders cut rates.")
    assert d is not None and not d.spaced  # the "dash" is a hyphen
    d = dateline.match("LAGOS — Funding rose.")
    assert d is not None and d.spaced and d.prose
    d = dateline.match("CHAOS IN PARLIAMENT - LIVE UPDATES")
    assert d is not None and d.spaced and not d.prose  # capitals after it: a headline
    d = dateline.match("SEOUL/TOKYO, March 14 (Reuters) - x")
    assert d is not None and d.places == ((0, 5), (6, 11))


def test_match_starts_where_it_is_told_and_stops_at_end() -> None:
    text = "Headline\n\nLIMA, March 3 (Reuters) - Protests grew."
    at = text.index("LIMA")
    d = dateline.match(text, at)
    assert d is not None and text[d.agency[0] : d.agency[1]] == "Reuters"  # type: ignore[index]
    assert dateline.match(text) is None  # "Headline" is followed by no separator
    assert dateline.match(text, at, at + 12) is None  # cut before the separator
    assert [text[w.start : w.end] for w in dateline.matches(text)] == ["LIMA, March 3 (Reuters) -"]


@pytest.mark.parametrize(
    ("line", "place", "date", "iso", "agency"),
    [
        (
            "TOKYO, March 14, 2025 (Reuters) - The yen fell on Friday.",
            "TOKYO",
            "March 14, 2025",
            "2025-03-14",
            "Reuters",
        ),
        (
            "HALVIK, Valdmark, 3 May 2025 (AP) — Rescuers dug through the night.",
            "HALVIK",
            "3 May 2025",
            "2025-05-03",
            "AP",
        ),
        (
            "ŁÓDŹ, Sept. 2, 2025 (Agence France-Presse) -- Factories closed early.",
            "ŁÓDŹ",
            "Sept. 2, 2025",
            "2025-09-02",
            "Agence France-Presse",
        ),
        (
            "Shanghai, July 26, 2025 (Xinhua) – China proposed a new body.",
            "Shanghai",
            "July 26, 2025",
            "2025-07-26",
            "Xinhua",
        ),
    ],
)
def test_the_three_readers_agree_on_one_line(
    tmp_path: Path, line: str, place: str, date: str, iso: str, agency: str
) -> None:
    from waic_reader.index.analysis.entities.recogniser import Recognizer

    text = f"Headline words here\n\n{line}\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    a = Corpus.scan(tmp_path).article("a")
    at = a.text.index(line)
    # the date reader: the dateline's date
    found = date_in_text(a.text)
    assert found is not None and (found.iso, found.kind) == (iso, "dateline")
    assert (found.start - at, found.end - at) == (line.index(date), line.index(date) + len(date))
    # the outlet reader: its agency
    assert (a.outlet, a.outlet_derived) == (agency, True)
    # the entity reader: its place and agency, at the same offsets
    spans = {(m.start - at, m.end - at, m.label) for m in Recognizer(use_user=False).recognize(a)}
    assert (0, len(place), "GPE") in spans
    assert (line.index(agency), line.index(agency) + len(agency), "ORG") in spans


@pytest.mark.parametrize(
    ("text", "want", "unwanted"),
    [
        # a weekday alone is no region and no place (before: "Friday" was a GPE)
        ("OSLAND, Friday - Officials said 14 people died.", {("OSLAND", "GPE")}, {("Friday", "GPE")}),
        ("LONDON, Monday, March 3 - Trains ran late.", {("LONDON", "GPE")}, {("Monday", "GPE")}),
        # two places, each a place
        (
            "SEOUL/TOKYO, March 14 (Reuters) - Chip shares fell.",
            {("SEOUL", "GPE"), ("TOKYO", "GPE")},
            {("SEOUL/TOKYO", "GPE")},
        ),
        # a press-release wire between slashes, after a double hyphen
        (
            "AUSTIN, Texas, Feb. 18, 2026 /PRNewswire/ -- Veltrix announced a deal.",
            {("AUSTIN", "GPE"), ("Texas", "GPE"), ("PRNewswire", "ORG")},
            set(),
        ),
        ("PUNE, Jan 5 (Xinhua) -- Officials met.", {("PUNE", "GPE"), ("Xinhua", "ORG")}, set()),
        # a place as written counts before an agency; a label in capitals before a colon is no place
        ("Kellavik (Nordic Wire) — Ferries stopped.", {("Kellavik", "GPE"), ("Nordic Wire", "ORG")}, set()),
        ("WATCH: the ferries stop in the storm.", set(), {("WATCH", "GPE")}),
        # a date the date reader cannot read still leaves the place and agency
        ("PARIS, le 3 mars (AFP) - La Seine a débordé.", {("PARIS", "GPE"), ("AFP", "ORG")}, set()),
        ("BREAKING NEWS - LIVE", set(), {("BREAKING NEWS", "GPE")}),
    ],
)
def test_the_entity_reader_decides_on_the_parsed_dateline(
    text: str, want: set[tuple[str, str]], unwanted: set[tuple[str, str]]
) -> None:
    from waic_reader.index.analysis.entities.recogniser import Recognizer
    from waic_reader.index.corpus.reader import Article

    a = Article("t", Path("/x/t.txt"), f"Some headline\n\n{text}", "utf-8", "", True, None, True)
    got = {(m.text, m.label) for m in Recognizer(use_user=False).recognize(a)}
    assert want <= got
    assert not unwanted & got


@pytest.mark.parametrize(
    ("line", "outlet", "iso"),
    [
        ("TOKYO (Kyodo): The yen fell on Friday.", "Kyodo", None),  # a colon after the agency
        ("OSLAND, Friday (NTB) - Officials said 14 died.", "NTB", None),  # a weekday dates nothing
        ("AUSTIN, Texas, Feb. 18, 2026 /PRNewswire/ -- Veltrix announced a deal.", "PRNewswire", "2026-02-18"),
        ("LONDON, March 3 (Published) - The rest.", None, "--03-03"),  # a date label is no outlet
        (
            "MADRID, 3 de mayo de 2025 (EFE) – El metro paró.",
            "EFE",
            "2025-05-03",
        ),  # a Spanish date is read (date_languages)
    ],
)
def test_the_date_and_outlet_readers_decide_on_the_parsed_dateline(
    tmp_path: Path, line: str, outlet: str | None, iso: str | None
) -> None:
    (tmp_path / "a.txt").write_text(f"Ferry plan backed\n\n{line}\n", "utf-8")
    a = Corpus.scan(tmp_path).article("a")
    assert (a.outlet if a.outlet_derived else None) == outlet
    assert (a.date if a.date_source == "text" else None) == iso


@pytest.mark.parametrize(
    ("line", "iso_end", "agency"),
    [
        ("     HALVIK, March 19 (Reuters) - A strong quake struck the port city on Wednesday.", "-03-19", "Reuters"),
        ("\tLIMA, 3 May 2025 (AFP) — Protests grew in the capital on Saturday.", "2025-05-03", "AFP"),
        ("  \u00a0 ŁÓDŹ, Sept. 2, 2025 (PAP) -- Factories closed early on Tuesday.", "2025-09-02", "PAP"),
    ],
)
def test_an_indented_dateline_gives_its_date_and_outlet_alike(
    tmp_path: Path, line: str, iso_end: str, agency: str
) -> None:
    # Acceptance s12: a first body line indented with spaces gave the outlet (read from the block,
    # whose text starts at the place) but no date (read from each line of the text).
    text = f"Quake hits the port\n\n{line}\n\nMore lines follow with the rest of the story.\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    a = Corpus.scan(tmp_path).article("a")
    assert (a.outlet, a.outlet_derived) == (agency, True)
    assert a.date is not None and a.date.endswith(iso_end), a.date
    found = date_in_text(a.text)
    assert found is not None and found.kind == "dateline"
    assert [a.text[w.start : w.end].split(",")[0] for w in dateline.matches(a.text)] == [
        line.split(",", maxsplit=1)[0].strip()
    ]
    at = a.text.index(line.strip())
    d = dateline.match(a.text, a.text.rindex("\n", 0, at) + 1)  # from the line's start, indent and all
    assert d is not None and d.start == at
