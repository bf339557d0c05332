"""An article's worked example between its paragraphs: section headings, lines introducing what
follows with a colon, and worked sums ("Top-up tax = (15% - 10%) × 10,000,000 = 500,000 €") are the
article's, and its main run of prose goes on across them. Issue #14, unseen37 muhasebetr-1: a tax
example's steps split the run, and the paragraphs on one side of them (62 lines) were dropped as
lying outside the article. The reported shape (Turkish) and two variants of our own (a French
loan calculation, a German energy bill); and the guard: a site's menu after the article is still no
part of it. Every page is written for the test.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

_TR_BEFORE = [
    "Temmuz ayında meclise sunulan ve ağustos ayında yürürlüğe giren yasa, çok uluslu şirketlerin ödediği"
    " verginin belirli bir oranın altında kalmamasını sağlamak için yeni bir ek vergi getiriyor.",
    "Bu yazıda ek verginin nasıl hesaplandığını kısa bir örnek üzerinden adım adım açıklamaya çalışacağım.",
]
_TR_STEPS = [
    "Adım 1: Ek Vergi Hesaplama",
    "Efektif oranı yüzde on beşin altında kalan ülkeler için ek vergi hesaplanır:",
    "A Ülkesi:",
    "Oran = %10 < %15 → Ek Vergi = (%15 - %10) × 10.000.000 = 500.000 €",
    "C Ülkesi:",
    "Oran = %10 < %15 → Ek Vergi = (%15 - %10) × 3.000.000 = 150.000 €",
    "Adım 2: Toplam Vergi",
    "Toplam Vergi Yükü:",
    "1.500.000 € (A) + 1.000.000 € (B) + 450.000 € (C) = 2.950.000 €",
    "Sonuç",
]
_TR_AFTER = [
    "Yeni kurallar nedeniyle şirketin A ve C ülkelerinde ödediği vergi yüzde on beşe tamamlanmış olur ve"
    " şirket toplamda altı yüz elli bin avro ek vergi öder.",
    "Gerçek hesaplamalarda maddi varlık istisnası ve zarar mahsubu gibi kurallar işi daha da karmaşık hale"
    " getirir, bu yüzden şirketlerin planlamayı erken yapması gerekir.",
]

_FR_BEFORE = [
    "Beaucoup de lecteurs nous ont demandé combien coûte vraiment un crédit immobilier avec les nouveaux"
    " taux, alors nous avons refait le calcul d'un prêt typique du premier au dernier mois.",
    "L'exemple suppose un taux fixe sur toute la durée et aucun remboursement anticipé, ce qui permet de"
    " suivre les calculs avec un simple crayon.",
]
_FR_STEPS = [
    "Étape 1 : la mensualité",
    "La banque applique chaque mois le taux sur le capital restant :",
    "Taux mensuel = 4,8 % / 12 = 0,4 %",
    "Mensualité = 250 000 × 0,004 / (1 - 1,004^-300) = 1 432 €",
    "Étape 2 : le coût total",
    "Sur toute la durée :",
    "Total remboursé = 1 432 × 300 = 429 600 €",
    "Intérêts = 429 600 - 250 000 = 179 600 €",
    "Résultat",
]
_FR_AFTER = [
    "Avec les nouvelles règles, le même prêt coûterait environ onze mille euros de moins sur sa durée, car"
    " le taux baisse d'un quart de point dès qu'un cinquième du prix est remboursé.",
    "Les acheteurs qui comptent revendre dans les cinq ans y gagnent beaucoup moins, puisque l'essentiel"
    " de l'économie arrive dans les dernières années du prêt.",
]

_DE_BEFORE = [
    "Viele Haushalte fragen sich, wie viel sie nach der Senkung der Stromsteuer im kommenden Jahr wirklich"
    " sparen, deshalb haben wir eine typische Jahresrechnung Schritt für Schritt nachgerechnet.",
    "Wir gehen von einer Familie mit vier Personen aus, die im Jahr etwa viertausend Kilowattstunden Strom"
    " verbraucht und einen festen Tarif hat.",
]
_DE_STEPS = [
    "Schritt 1: Der Arbeitspreis",
    "Der Versorger berechnet jede Kilowattstunde so:",
    "Arbeitspreis = 32 Cent - 2 Cent Steuer = 30 Cent",
    "Jahreskosten = 4.000 × 0,30 € = 1.200 €",
    "Schritt 2: Die Grundgebühr",
    "Dazu kommt der feste Anteil:",
    "Grundgebühr = 12 × 11 € = 132 €",
    "Ergebnis",
]
_DE_AFTER = [
    "Die Familie zahlt damit im nächsten Jahr rund achtzig Euro weniger als bisher, wenn der Versorger die"
    " Senkung der Steuer vollständig an seine Kunden weitergibt.",
    "Verbraucherschützer raten trotzdem dazu, die Tarife zu vergleichen, weil viele Anbieter ihre Preise"
    " zum Jahreswechsel ohnehin neu festlegen.",
]


@pytest.mark.parametrize(
    ("before", "steps", "after"),
    [(_TR_BEFORE, _TR_STEPS, _TR_AFTER), (_FR_BEFORE, _FR_STEPS, _FR_AFTER), (_DE_BEFORE, _DE_STEPS, _DE_AFTER)],
    ids=["tr", "fr", "de"],
)
def test_a_worked_example_between_paragraphs_keeps_the_run_whole(
    before: list[str], steps: list[str], after: list[str]
) -> None:
    lines = [*MENU, "A worked example", *before, *steps, *after, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    article = [*before, *after, *(s for s in steps if any(ch.isdigit() for ch in s))]
    assert [got[line] for line in article] == ["content"] * len(article), got
    assert got["Privacy policy"] != "content", got
