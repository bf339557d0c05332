"""A press release's issuer line over its headline is no title (issue #14; tester t13ak N11: the
library, the picker and the timeline titled "FOR IMMEDIATE RELEASE / Norvale Department of Health /
Department of Health confirms measures …" by "Norvale Department of Health"). The issuer is a line
of capitalised words the release's prose names word for word; a headline in title case over a
standfirst is not named so by its story and stays the title. The reported release and two of our
own, with guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

REPORTED = (
    "FOR IMMEDIATE RELEASE\n\nNorvale Department of Health\n\n"
    "Department of Health confirms measures to contain measles outbreak in Kestrow\n\n"
    "ALDMERE, 14 March 2026 - The Norvale Department of Health today confirmed 214 cases of measles in the city "
    "of Kestrow and announced emergency measures to contain the outbreak.\n\n"
    "Two deaths have been recorded, the department said in a statement on Saturday.\n"
)
WATER = (
    "Marsh Valley Water Authority\n\nAuthority lifts boil-water notice for 12,000 homes\n\n"
    "The Marsh Valley Water Authority said on Tuesday that tap water in the valley was safe to drink again "
    "after three days of tests.\n\nCrews flushed 40 kilometres of mains over the weekend, officials said.\n"
)
MAYOR = (
    "MEDIA RELEASE\n\nOffice of the Mayor of Ostrava\n\n"
    "Mayor opens two night shelters as temperatures fall\n\n"
    "The Office of the Mayor of Ostrava announced on Monday that two night shelters would open at once, "
    "with 180 beds between them.\n\nThe shelters will stay open until March, the office said.\n"
)
# guard: a title-case headline over a standfirst stays the title
HEADLINE = (
    "Ferry Sinks Off Valdmark Coast\n\nAll 212 passengers were rescued by lifeboats and fishing boats\n\n"
    "A ferry carrying 212 passengers sank off the Valdmark coast on Friday after striking rocks in heavy fog, "
    "the coastguard said.\n\nEveryone on board was rescued.\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (REPORTED, "Department of Health confirms measures to contain measles outbreak in Kestrow"),
        (WATER, "Authority lifts boil-water notice for 12,000 homes"),
        (MAYOR, "Mayor opens two night shelters as temperatures fall"),
        (HEADLINE, "Ferry Sinks Off Valdmark Coast"),
    ],
)
def test_the_issuer_line_is_not_the_title(tmp_path: Path, text: str, title: str) -> None:
    (tmp_path / "release.txt").write_text(text, "utf-8")
    assert Corpus.scan(tmp_path).article("release").title == title
