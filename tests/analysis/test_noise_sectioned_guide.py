"""A saved page's long article written in sections with many short lines of its own between them is
one article (issue #14, unseen32 eweek-1, round s37-a): a buying guide's introduction, its comparison
chart written one cell a line ("Best For", "Key Industries Served", then each product's row), and a
section per product (its paragraphs, then its pros and cons, its pricing and its features, one short
line each). The short lines cost the run of prose as a menu's do, so the main text was one section
of the guide and 65 of its lines were split off as menus, bylines, teasers and "outside-article".
Two kinds: the article's own short lines (its words, shown once or twice) split no run of its prose
(page.span_with_own_lines), and a chart written one cell a line, a title-case header over rows each
opening with a name and holding a cell in lower case, neither ends nor splits it
(tables.flattened_tables). The reported page, and guides of our own in English and German."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Article, Corpus

REPORTED = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen32" / "text" / "eweek-1.txt"

MENU_EN = [
    "Sign in",
    "Outdoor",
    "Camping",
    "Climbing",
    "Cycling",
    "Running",
    "Travel",
    "Deals",
    "Newsletter",
    "Search",
    "Home Outdoor",
]
FOOTER_EN = [
    "Most Popular",
    "Ten Campsites With a View of the Sea",
    "How to Pack a Rucksack for a Week",
    "Our Favourite Running Shoes This Spring",
    "About Trailside",
    "Advertise",
    "Privacy Policy",
    "Terms",
    "Contact",
    "© 2026 Trailside Media. All Rights Reserved",
]


def _boot_section(name: str, best: str, lines: list[str]) -> list[str]:
    return [f"{name}: Best for {best}", *lines]


ENGLISH = [
    "5 Best Hiking Boots of 2026 | Trailside",
    *MENU_EN,
    "5 Best Hiking Boots of 2026",
    "By",
    "Mara Quist",
    "March 3, 2026",
    "Share",
    "Facebook",
    "Twitter",
    "Hiking boots protect your ankles and feet on rough trails, and the best boots keep your feet dry on long "
    "walks in wet weather. We tested boots from five makers on alpine trails over three months.",
    "A good hiking boot balances weight, grip and waterproofing. Heavy leather boots last for years, while light "
    "synthetic boots dry faster and suit fast walks on dry trails.",
    "We compared the boots on grip, weight, waterproofing and comfort, and we walked at least 80 kilometres in each pair.",
    "Comparison chart",
    "Best For",
    "Weight Per Pair",
    "Waterproofing",
    "Trailmaster X2",
    "Long alpine treks",
    "1.4 kg per pair",
    "Leather and membrane",
    "Ridgeline Lite",
    "Fast walks on dry trails",
    "900 g per pair",
    "Synthetic upper",
    "Cloudpeak Mid",
    "Wet weather walking",
    "1.1 kg per pair",
    "Waterproof membrane",
    "Stonefield GTX",
    "Rocky trails and scrambles",
    "1.3 kg per pair",
    "Leather and membrane",
    *_boot_section(
        "Trailmaster X2",
        "Alpine Treks",
        [
            "The Trailmaster X2 is a heavy leather boot built for long alpine treks. Its stiff sole and high "
            "collar support the ankles under a heavy rucksack, and its membrane kept our feet dry in snow.",
            "The boot needs a few walks to soften, but after that it stayed comfortable on days of ten hours and more.",
            "Its heavy leather upper shrugged off sharp rocks and snow, and the stiff sole gave a sure step on steep "
            "alpine trails with a heavy rucksack. It is the boot we would take on a week of alpine treks.",
            "Pros and Cons",
            "Stiff sole for heavy rucksacks",
            "Heavy leather upper",
            "Membrane kept feet dry in snow",
            "Needs walks to soften",
            "Pricing",
            "The Trailmaster X2 costs about 260 euros a pair.",
            "Features",
            "Leather upper.",
            "Stiff alpine sole.",
            "High ankle collar.",
        ],
    ),
    *_boot_section(
        "Ridgeline Lite",
        "Fast Walks",
        [
            "The Ridgeline Lite is the lightest boot we tested. Its synthetic upper dries fast after a river "
            "crossing, and its soft sole suits fast walks on dry trails and gravel paths.",
            "On rocky trails the soft sole gave less support, and the boot let water in after an hour of rain.",
            "It was comfortable from the first walk, with no need to soften it, and its light synthetic upper dries "
            "fast in the sun. For fast walks on dry trails and gravel paths it is the boot we would take.",
            "Pros and Cons",
            "Light synthetic upper dries fast",
            "Soft sole gave less support",
            "Comfortable from the first walk",
            "Lets water in after rain",
            "Pricing",
            "The Ridgeline Lite costs about 140 euros a pair.",
            "Features",
            "Synthetic upper.",
            "Soft trail sole.",
            "Low weight.",
        ],
    ),
    *_boot_section(
        "Cloudpeak Mid",
        "Wet Weather",
        [
            "The Cloudpeak Mid kept our feet dry through three days of rain on the coast trail. Its waterproof "
            "membrane and sealed seams held even in deep mud, and its grip was good on wet rock.",
            "The boot runs a little warm on dry summer days, and its laces loosened on long descents.",
            "Its waterproof membrane held in deep mud and river crossings, and its good grip on wet rock made the "
            "wet coast trail safe. For wet weather walking it is the boot we would take.",
            "Pros and Cons",
            "Waterproof membrane held in deep mud",
            "Runs warm on dry summer days",
            "Good grip on wet rock",
            "Laces loosened on long descents",
            "Pricing",
            "The Cloudpeak Mid costs about 190 euros a pair.",
            "Features",
            "Waterproof membrane.",
            "Sealed seams.",
            "Wet rock grip.",
        ],
    ),
    "How We Tested the Boots",
    "Each pair of boots was walked for at least 80 kilometres on alpine trails, coast trails and gravel paths, in "
    "rain and in dry weather, by three testers with different feet.",
    "We weighed each pair, soaked the boots in a river for ten minutes to test the waterproofing, and checked the grip "
    "on wet rock and in deep mud.",
    "Prices are those of the makers' own shops in March 2026; we bought every pair ourselves, and no maker saw this "
    "guide before it was published.",
    *FOOTER_EN,
]

MENU_DE = ["Anmelden", "Radsport", "Stadt", "Touren", "Technik", "Reisen", "Angebote", "Newsletter", "Suche"]
FOOTER_DE = [
    "Meistgelesen",
    "Zehn Radwege Entlang Der Küste",
    "So Packen Sie Ihre Packtaschen Richtig",
    "Impressum",
    "Datenschutz",
    "Kontakt",
    "© 2026 Radwelt Verlag",
]
GERMAN = [
    "Die besten E-Bikes für die Stadt 2026 | Radwelt",
    *MENU_DE,
    "Die besten E-Bikes für die Stadt 2026",
    "Von",
    "Jonas Feldmann",
    "03.03.2026",
    "Teilen",
    "Ein gutes E-Bike für die Stadt braucht eine starke Bremse, einen leisen Motor und einen Akku mit großer "
    "Reichweite. Wir haben vier Räder drei Monate lang im Alltag getestet, auf dem Weg zur Arbeit und beim Einkauf.",
    "Die Räder unterscheiden sich vor allem beim Motor und beim Akku: ein Mittelmotor fährt sich am Berg besser, ein "
    "Nabenmotor ist leiser und günstiger.",
    "Vergleichstabelle",
    "Einsatz",
    "Reichweite",
    "Motor",
    "Velora City 3",
    "Pendeln in der Stadt",
    "bis 90 Kilometer",
    "Mittelmotor",
    "Stadtfuchs Pro",
    "Einkauf und kurze Wege",
    "bis 60 Kilometer",
    "Nabenmotor",
    "Brückner Urban",
    "Lange Wege zur Arbeit",
    "bis 120 Kilometer",
    "Mittelmotor",
    "Velora City 3: Das beste Rad zum Pendeln",
    "Das Velora City 3 fährt mit seinem Mittelmotor auch am Berg kräftig an, und sein Akku reichte im Test für "
    "fast 90 Kilometer. Die Bremse packt sicher zu, auch bei Regen auf nassem Pflaster.",
    "Der Motor ist beim Anfahren etwas laut, und das Rad wiegt mit Akku gut 24 Kilogramm.",
    "Zum Pendeln in der Stadt ist es unser Favorit: ein kräftiger Mittelmotor mit Drehmomentsensor, eine hydraulische "
    "Bremse und ein Akku mit 625 Wattstunden. Das Velora City 3 kostet etwa 2.900 Euro.",
    "Im Alltag überzeugte uns die sichere Bremse bei Regen, und der kräftige Mittelmotor am Berg zieht auch mit "
    "Kindersitz an. Schwer ist das Rad mit Akku trotzdem, und der Motor ist beim Anfahren laut.",
    "Vorteile und Nachteile",
    "Kräftiger Mittelmotor am Berg",
    "Motor beim Anfahren laut",
    "Sichere Bremse bei Regen",
    "Schweres Rad mit Akku",
    "Preis",
    "Das Velora City 3 kostet etwa 2.900 Euro.",
    "Ausstattung",
    "Mittelmotor mit Drehmomentsensor.",
    "Akku mit 625 Wattstunden.",
    "Hydraulische Bremse.",
    "Stadtfuchs Pro: Das beste Rad zum Einkaufen",
    "Das Stadtfuchs Pro ist leicht und leise: sein Nabenmotor surrt kaum, und mit Korb und Gepäckträger trägt das Rad "
    "den Einkauf für eine Woche. Der kleinere Akku reichte im Test für gut 60 Kilometer.",
    "Am Berg fehlt dem Nabenmotor etwas Kraft, und die Bremse quietschte bei Regen.",
    "Für den Einkauf und kurze Wege ist es unser Favorit: ein leiser Nabenmotor im Hinterrad, Korb und Gepäckträger "
    "und ein Akku mit 400 Wattstunden. Das Stadtfuchs Pro kostet etwa 2.100 Euro.",
    "Im Alltag überzeugte uns der leise Nabenmotor, der kaum surrt, und Korb und Gepäckträger tragen den Einkauf "
    "für eine Woche. Am Berg ist der Nabenmotor schwach, und die Bremse quietschte bei Regen.",
    "Vorteile und Nachteile",
    "Leiser Nabenmotor surrt kaum",
    "Nabenmotor am Berg schwach",
    "Korb und Gepäckträger für den Einkauf",
    "Bremse quietschte bei Regen",
    "Preis",
    "Das Stadtfuchs Pro kostet etwa 2.100 Euro.",
    "Ausstattung",
    "Nabenmotor im Hinterrad.",
    "Akku mit 400 Wattstunden.",
    "Korb und Gepäckträger.",
    "Brückner Urban: Das beste Rad für lange Wege",
    "Das Brückner Urban hat den größten Akku im Test: er reichte für fast 120 Kilometer auf dem Weg zur Arbeit. Der "
    "Mittelmotor fährt kräftig an, und die breiten Reifen dämpfen das Pflaster.",
    "Das Rad ist das teuerste im Test, und sein Akku braucht gut sechs Stunden zum Laden.",
    "Für lange Wege zur Arbeit ist es unser Favorit: ein Akku mit 750 Wattstunden, breite Reifen und ein kräftiger "
    "Mittelmotor mit Drehmomentsensor. Das Brückner Urban kostet etwa 3.400 Euro.",
    "Im Alltag überzeugte uns der größte Akku für lange Wege, und breite Reifen dämpfen das Pflaster. Es ist "
    "aber das teuerste Rad im Test, und der Akku braucht sechs Stunden zum Laden.",
    "Vorteile und Nachteile",
    "Größter Akku für lange Wege",
    "Teuerstes Rad im Test",
    "Breite Reifen dämpfen das Pflaster",
    "Akku braucht sechs Stunden zum Laden",
    "Preis",
    "Das Brückner Urban kostet etwa 3.400 Euro.",
    "Ausstattung",
    "Mittelmotor mit Drehmomentsensor.",
    "Akku mit 750 Wattstunden.",
    "Breite Reifen.",
    "So haben wir getestet",
    "Jedes Rad fuhr im Test mindestens 300 Kilometer im Alltag der Stadt, bei Regen und bei trockenem Wetter, auf dem "
    "Weg zur Arbeit, beim Einkauf und am Berg.",
    "Die Preise sind die der Hersteller im März 2026. Alle Räder haben wir selbst gekauft, und kein Hersteller hat "
    "diesen Test vor dem Erscheinen gesehen.",
    "Unser Fazit: Wer in der Stadt pendelt, fährt mit dem Velora City 3 am besten, wer vor allem einkauft, mit dem "
    "Stadtfuchs Pro, und wer lange Wege zur Arbeit hat, mit dem Brückner Urban und seinem großen Akku.",
    *FOOTER_DE,
]

CASES = {
    "reported-en": (
        None,
        "7 Top Robotics Companies in 2024",
        [
            "Robotics companies specialize in designing",
            "We analyzed the robotics sector",
            "Key Industries Served",
            "Diverse manufacturing applications",
            "Industrial robots, collaborative robots, automation",
            "Defense, security",
            "Gita (cargo robot), mobile carrying platform",
            "ABB Robotics is an industrial robot supplier",
            "Comprehensive and integrated portfolio",
            "Drone detection and tracking.",
            "Anduril Robotics is a U.S.-based defense technology company",
            "Boston Dynamics is known for its bipedal humanoid robot",
            "Advanced mobility capability.",
        ],
        ["Big Data and Analytics", "Forgot your password?", "Advertise with Us", "Social icon"],
    ),
    "boots-en": (
        ENGLISH,
        "5 Best Hiking Boots of 2026",
        [
            "Hiking boots protect your ankles",
            "We compared the boots on grip",
            "Weight Per Pair",
            "Long alpine treks",
            "Rocky trails and scrambles",
            "The Trailmaster X2 is a heavy leather boot",
            "Stiff sole for heavy rucksacks",
            "Stiff alpine sole.",
            "The Ridgeline Lite is the lightest boot",
            "Light synthetic upper dries fast",
            "The Cloudpeak Mid kept our feet dry",
            "Waterproof membrane held in deep mud",
        ],
        ["Camping", "Ten Campsites With a View of the Sea", "About Trailside"],
    ),
    "ebikes-de": (
        GERMAN,
        "Die besten E-Bikes für die Stadt 2026",
        [
            "Ein gutes E-Bike für die Stadt",
            "Die Räder unterscheiden sich",
            "Pendeln in der Stadt",
            "Einkauf und kurze Wege",
            "Lange Wege zur Arbeit",
            "Das Velora City 3 fährt",
            "Kräftiger Mittelmotor am Berg",
            "Das Stadtfuchs Pro ist leicht und leise",
            "Leiser Nabenmotor surrt kaum",
            "Das Brückner Urban hat den größten Akku",
            "Größter Akku für lange Wege",
        ],
        ["Radsport", "Zehn Radwege Entlang Der Küste", "Datenschutz"],
    ),
}


def _split(tmp_path: Path, name: str, lines: list[str] | None) -> tuple[Article, NoiseSplit]:
    if lines is None:
        shutil.copy(REPORTED, tmp_path / f"{name}.txt")
    else:
        (tmp_path / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art, split_noise(art)


@pytest.mark.parametrize("name", list(CASES))
def test_a_guide_in_sections_is_one_article(tmp_path: Path, name: str) -> None:
    lines, headline, kept, _gone = CASES[name]
    art, split = _split(tmp_path, name, lines)
    content = [" ".join(s.text.split()) for s in split.content]
    lost = [want for want in kept if not any(want in c for c in content)]
    assert lost == [], [(s.kind, s.text[:50], s.reason) for s in split.noise if any(w in s.text for w in lost)]
    assert art.title == headline


@pytest.mark.parametrize("name", list(CASES))
def test_the_page_around_the_guide_is_still_noise(tmp_path: Path, name: str) -> None:
    lines, _headline, _kept, gone = CASES[name]
    _art, split = _split(tmp_path, name, lines)
    content = {" ".join(s.text.split()) for s in split.content}
    assert [g for g in gone if g in content] == []


def _chart(lines: list[str], first: str, last: str) -> list[str]:
    return lines[lines.index(first) : len(lines) - lines[::-1].index(last)]


CHARTS = {
    "reported-en": (
        REPORTED.read_text(encoding="utf-8").splitlines(),
        "Best For",
        "Gita (cargo robot), mobile carrying platform",
    ),
    "boots-en": (ENGLISH, "Best For", "Leather and membrane"),
    "ebikes-de": (GERMAN, "Einsatz", "Mittelmotor"),
}


@pytest.mark.parametrize("name", list(CHARTS))
def test_a_chart_written_one_cell_a_line_is_a_table(name: str) -> None:
    from waic_reader.index.analysis.noise.features import block_features
    from waic_reader.index.analysis.noise.tables import flattened_tables
    from waic_reader.index.corpus.blocks import Block

    lines, first, last = CHARTS[name]
    chart = _chart(lines, first, last)
    # The chart between a prose line above and a section heading under it, as on the page.
    page = ["We compared them on what matters most to buyers, as the chart below shows.", *chart, "How We Chose"]
    feats = [block_features(Block(0, len(t), "paragraph", t)) for t in page]
    found = flattened_tables(feats, [None] * len(feats))
    assert sorted(found) == list(range(1, len(chart) + 1))


@pytest.mark.parametrize(
    "lines",
    [
        MENU_EN + ["Cycling", "Running"],  # a menu: title case throughout
        ["Most Popular", *FOOTER_EN[1:4], "Latest", "Boots Tested in the Snow", "A Week on the Coast Trail"],
        ["Tags", "Hiking", "Boots", "Gear", "Alpine", "Reviews", "Rain", "Mud", "Trails"],
    ],
)
def test_menus_tags_and_headline_lists_are_no_chart(lines: list[str]) -> None:
    from waic_reader.index.analysis.noise.features import block_features
    from waic_reader.index.analysis.noise.tables import flattened_tables
    from waic_reader.index.corpus.blocks import Block

    feats = [block_features(Block(0, len(t), "paragraph", t)) for t in lines]
    assert flattened_tables(feats, [None] * len(feats)) == set()
