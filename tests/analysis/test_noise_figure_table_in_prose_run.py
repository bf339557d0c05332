"""A saved page's article whose example opens with a data table set one cell a line (a header
row, then rows of a label and its figures): the table's cells split no run of the article's
prose, so its introduction above the table stays the article's (issue #14, unseen37's
muhasebetr-1: the introduction, the table's header and the lines over the worked example were
dropped as text before the article). The reported page's lines, shortened, and two invented
pages (English, German)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

MENU = "\n".join(
    ["Ana Sayfa", "Haberler", "Vergi", "Bordro", "SGK", "Mevzuat", "Yazarlar", "İletişim", "Giriş Yap", "Abone Ol"]
)

CASES = [
    {  # reported (unseen37 muhasebetr-1)
        "menu": MENU,
        "title": "Pillar 2 | Muhasebe TR",
        "intro": [
            "16 Temmuz 2024'te TBMM'ye sunulan ve 2 Ağustos 2024'te yürürlüğe giren yasa tasarısı, OECD'nin "
            "Pillar 2 kurallarını Türk vergi mevzuatına taşıyarak çok uluslu şirketler için yüzde on beşlik "
            "küresel asgari kurumlar vergisini getirmiştir ve ilk beyannameler 2026 yılında verilecektir.",
            'OECD\'nin Pillar 2 (Küresel Asgari Vergi) kapsamında, çok uluslu bir şirketin "Top-Up Tax" '
            "hesaplamasını basit bir örnekle açıklamaya çalışacağım ve her adımı ayrı ayrı göstereceğim.",
        ],
        "lead": "X Şirketi, üç ülkede faaliyet gösteriyor:",
        "header": ["Ülke", "Vergiye Tabi Kâr (€)", "Ödenen Vergi (€)", "ETR (Ödenen Vergi / Kâr)"],
        "rows": [
            ["A", "10.000.000", "1.000.000", "%10"],
            ["B", "5.000.000", "1.000.000", "%20"],
            ["C", "3.000.000", "300.000", "%10"],
        ],
        "step": "Adım 1: ETR ve Top-Up Tax Hesaplama",
        "sums": [
            "ETR = %10 < %15 → Top-Up Tax = (15% - 10%) × 10.000.000 = 500.000 €",
            "ETR = %10 < %15 → Top-Up Tax = (15% - 10%) × 3.000.000 = 150.000 €",
        ],
        "after": [
            "Pillar 2, X Şirketi'nin A ve C ülkelerinde ödediği vergiyi yüzde on beşe tamamlamıştır ve şirketin "
            "toplam vergi yükü bu nedenle 650.000 € artmıştır, bu da grubun yıllık sonuçlarına yansıyacaktır.",
            "Gerçek hesaplamalarda GloBE kuralları, örneğin maddi varlık istisnası ve zarar mahsubu, hesabı "
            "önemli ölçüde karmaşıklaştırır ve şirketlerin ayrıntılı veri toplamasını gerektirir.",
            "Sadece yıllık 750 milyon € ve üzeri küresel cirosu olan şirketler Pillar 2'ye tabidir; daha küçük "
            "gruplar için mevcut kurumlar vergisi kuralları aynen uygulanmaya devam etmektedir.",
        ],
    },
    {
        "menu": "\n".join(
            ["Home", "News", "Tax", "Payroll", "Pensions", "Opinion", "Events", "Contact", "Log in", "Subscribe"]
        ),
        "title": "How the minimum tax works | Ledger Weekly",
        "intro": [
            "The global minimum tax came into force in most of Europe on 1 January 2024, and it requires large "
            "groups to pay at least fifteen per cent on their profits in every country where they operate, "
            "whatever the local rate happens to be.",
            "The easiest way to understand the top-up tax is to follow one group through a simple example, "
            "step by step, with made-up but realistic figures for each of its subsidiaries.",
        ],
        "lead": "Our example group has subsidiaries in five countries:",
        "header": ["Country", "Profit (€)", "Tax paid (€)", "Effective rate"],
        "rows": [
            ["Alpha", "8,000,000", "640,000", "8%"],
            ["Beta", "4,000,000", "800,000", "20%"],
            ["Gamma", "2,000,000", "240,000", "12%"],
            ["Delta", "5,000,000", "1,250,000", "25%"],
            ["Epsilon", "3,000,000", "300,000", "10%"],
        ],
        "step": "Step 1: the rate in each country",
        "sums": ["Alpha: 15% - 8% = 7% × 8,000,000 = 560,000 €", "Gamma: 15% - 12% = 3% × 2,000,000 = 60,000 €"],
        "after": [
            "The group therefore owes 620,000 euros of top-up tax in total, which its parent company pays in "
            "its home country under the income inclusion rule unless the subsidiaries' countries collect it.",
            "In practice the calculation is far more complicated, because the rules exclude part of the return "
            "on tangible assets and payroll and allow losses to be carried forward.",
            "Only groups with a turnover of at least 750 million euros are covered, so most family firms and "
            "small exporters will see no change in what they pay.",
        ],
    },
    {
        "menu": "\n".join(
            [
                "Startseite",
                "Nachrichten",
                "Steuern",
                "Lohn",
                "Rente",
                "Meinung",
                "Termine",
                "Kontakt",
                "Anmelden",
                "Abo",
            ]
        ),
        "title": "So funktioniert die Mindeststeuer | Steuerblatt",
        "intro": [
            "Die globale Mindeststeuer gilt in Deutschland seit dem 1. Januar 2024 und verpflichtet große "
            "Konzerne, in jedem Land, in dem sie tätig sind, mindestens fünfzehn Prozent Steuern auf ihre "
            "Gewinne zu zahlen, unabhängig vom örtlichen Steuersatz.",
            "Am einfachsten versteht man die Ergänzungssteuer an einem Beispiel, bei dem wir einen Konzern "
            "Schritt für Schritt durch die Berechnung begleiten und jede Zahl erklären.",
        ],
        "lead": "Der Beispielkonzern hat Töchter in drei Ländern:",
        "header": ["Land", "Gewinn (€)", "Gezahlte Steuer (€)", "Effektiver Satz"],
        "rows": [
            ["Nord", "6.000.000", "540.000", "9%"],
            ["Süd", "9.000.000", "2.250.000", "25%"],
            ["West", "1.000.000", "110.000", "11%"],
        ],
        "step": "Schritt 1: der Satz in jedem Land",
        "sums": ["Nord: 15% - 9% = 6% × 6.000.000 = 360.000 €", "West: 15% - 11% = 4% × 1.000.000 = 40.000 €"],
        "after": [
            "Der Konzern schuldet also insgesamt 400.000 Euro Ergänzungssteuer, die seine Muttergesellschaft "
            "nach der Primärergänzungssteuerregel im Inland zahlt, sofern die anderen Länder sie nicht erheben.",
            "In der Praxis ist die Rechnung deutlich komplizierter, weil ein Teil der Rendite auf Sachanlagen "
            "und Lohnkosten ausgenommen wird und Verluste vorgetragen werden dürfen.",
            "Erfasst sind nur Konzerne mit mindestens 750 Millionen Euro Umsatz, sodass sich für die meisten "
            "Familienunternehmen und kleinen Exporteure nichts ändert.",
        ],
    },
]


@pytest.mark.parametrize("case", CASES, ids=["reported", "english", "german"])
def test_table_of_figures_splits_no_run_of_prose(tmp_path: Path, case: dict[str, Any]) -> None:
    table = [*case["header"], *(cell for row in case["rows"] for cell in row)]
    lines = [
        case["menu"],
        case["title"],
        *case["intro"],
        case["lead"],
        *table,
        case["step"],
        *case["sums"],
        *case["after"],
    ]
    (tmp_path / "page.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    content = " ".join(seg.text for seg in split_noise(art).content)
    kept = [*case["intro"], case["lead"], *case["header"], *case["after"]]
    assert [line for line in kept if line not in content] == []
