"""The fact sheet: figures each article reports, grouped by what they count and measure.

Figures come from the one figure recogniser (``figures.py``). Each figure gets a *measure*: what
it counts or measures, read from the words around it in its own clause.

* Casualty and event counts by their verbs and nouns, whatever noun is counted: "killed",
  "dead", "died", "death toll" → *death toll*; "injured", "hurt", "wounded", "treated for injuries",
  "suffered minor injuries", "received treatment", "needed hospital treatment" → *people injured*;
  "missing" → *people missing*; "taken to hospital", "rushed to hospital", "treated in hospital",
  "hospitalised" → *people taken to hospital* (those who "remain in hospital" are another count,
  with no measure); "evacuated", "fled their homes", "forced from their homes",
  "a night away from home" → *people evacuated*; "displaced", "homeless", "lost their homes" →
  *people displaced* (a fact apart: the evacuated go back, the displaced lost their homes);
  "rescued", "arrested", "stranded"; "destroyed", "damaged" with the counted noun (*homes
  destroyed*). Any other verb of the count's own clause ("12 schools were closed", "had been
  cancelled") labels it with its noun (*schools closed*). A casualty
  count of things other than people is labelled by its own noun ("120 homes had been
  evacuated" → *homes evacuated*, "3 children killed" → *children killed*) and is a fact of
  its own, never one with the people counted so. A count followed by a verb of its own is that
  verb's subject, and a cue of a clause before it is another count's ("Four people died and
  2,100 fled their homes": the 2,100 are evacuated, not dead).
* A firm's staff, one measure however worded: "employs around 650 people", "About 650 people
  work there", "1,200 employees are employed", what a place has, "The mine has 1,800 workers",
  "The hospital has 900 nurses" → *staff* (owned, as jobs cut are).
* A casualty count its clause scopes to a whole country, sector or industry, or to a period ("in
  the country in 2024", "nationwide … so far this year": scope.py), is a statistic, a measure of
  its own (*death toll (in the country in 2024)*), never a value of the story's.
* Other counts by the counted noun and its modifiers ("40 large language models").
* Measurements by their role and dimension: *magnitude* (an aftershock's apart), *depth*
  ("deep", "depth", "below", "underground"), *distance* with what it is measured from or to
  ("300 km north of Oresund City"; a thing's whole noun phrase, "2 km from the main shaft" → *distance
  to the main shaft*), or alone ("heard up to 15 km away"); how far a tool or a work in progress has
  got, a fact of its own ("The drill is at 120 metres", "had reached a depth of 310 metres" → *depth
  reached by the drill*, never the story's *depth*; lengths.progress); *radius* ("a 5 km exclusion
  zone"; *evacuation radius*: "evacuated from homes within a 3 km radius"), height, length, rainfall; an area or a length with a verb of
  its own clause by the verb ("3,000 hectares had burned" → *area burned*); otherwise the
  dimension alone.
  Values in different units are compared in SI ("25 miles" agrees with "40 km").
* Money by its role ("pledged", "damage", "raised", "profit", "revenue", ...) and currency. A
  cost is the damage only where its clause names the damage ("the damage will cost"); any other
  cost, bill or price is measured by what it is of, one fact whatever its word ("The repair bill
  came to $4.2 million", "Repairs will cost $4.5 million" → *repair cost*; "the work would cost
  40 million" → *work cost*, never a value of the flood's damage); a cost whose clause names no
  thing ("It will cost") is labelled *cost* and grouped as a figure without a named measure.
  An amount of a named role that a year of its own clause dates ("fined £2.3m in 2023") is that
  year's value of its measure (*fine in 2023*), whatever the article's date; the year is no fact.
* Percentages (a share in words too: "a third of the homes", "One in three homes", 33%),
  durations and years by the words before them and shared context. A date counts no thing and is
  no fact (the timeline has the story's dates); a year whose clause names no thing ("It was built in
  1987") joins only a row of a thing its sentence or the one before names.

Grouping is conservative, because a false "disagreement" misleads a reader more than a missed
match:

* Figures with a named measure (death toll, depth, money pledged...) form one fact per measure:
  outlets' different values there are a real disagreement. A measure a named subject owns (jobs
  cut, staff, investment, money raised, revenue, profit, loss) is a fact per owner, the name its clause gives
  ("Rába Works will cut 300 jobs", "Dunaferr said it would cut 120 jobs": two facts, labelled by
  their owners), and a measurement a list gives a place ("Rainfall totals: Pécs 64 mm, Mohács 51
  mm") a fact per place. A value an earlier report gave ("The toll, earlier put at two, rose to
  four") is no value of its measure.
* Figures without one (a count of "companies", a percentage) group only with the same value in a
  shared context (the content words around both, each pair of mentions judged on its own words
  alone, whatever other articles the corpus holds) or both said to be on board ("was carrying 212
  passengers", "212 passengers had boarded": :data:`ABOARD`) or quantities of one stuff ("500,000
  litres of diesel", "around half a million litres of diesel": ``FactValue.material``), or, as
  a disagreement, with identical modifiers and a strongly shared context. Quantities of different
  stuff ("litres of water", "litres of diesel") never group.
* A figure that restates the value of two such groups makes them one fact: three articles'
  "€40 million" contract, two of them linked only through the third, is one fact, not a fact of two
  and a row of one. The articles are grouped in one order (doc ids in natural order) whatever order
  they come in, so one set of articles always gives the same facts and rows.
* A value qualified "over 800" or "nearly 900" is a range, and so is one a comparison bounds
  ("hotter than 1,200C", "above 40C", "below -20C": figures.LOWER_BOUNDS, UPPER_BOUNDS); ranges
  that meet agree, noted in the grounds. A share in words meets a percentage within 2.5 points
  (figures.SHARE_MARGIN), a bound on it too ("More than a third" meets "33%"). A distance from no
  named place ("heard 12 miles away") or a share of a whole named before ("half of them") is never
  compared. An approximator ("about", "some", "roughly") stretches a value two units of its last
  digit as written, at most a tenth ("about 290" meets "300", "some 65 per cent" is no value of
  "70 per cent": ``grouping._approximation``); a row that meets only so, the other value no rounding
  of the approximate one ("about 320", a round figure of tens, and "312"), is "near", never "agree"
  (``grouping.near_only``).
* Rows of one kind without a named measure that two of their members link (the same value, or a
  different value of one thing, each row of several articles) are one fact whatever order the
  articles came in; a count's row without a measure joins the one named measure's row holding
  its value of its noun (``grouping._merge_linked``, ``grouping._join_measured_counts``). One article's values of one number that differ only by their qualifier ("12 dead",
  "At least 12 people died") are one value, the narrowest; across articles they agree, and a row
  lists them as one entry, never as a change.
* An article's value said again of the same thing (the same number, unit and counted noun, a word
  of what it is of shared; any bare year) is never a source or a row of its own: "a 2023 report"
  twice, a live blog's count in its summary and its entry, a money figure said again without its
  purpose join the row holding that article's value (``grouping._fold_repeats``).

A fact's values are ordered by their articles' dates when known (a toll that changed reads as a
timeline), then by article; a row whose values agree is no timeline and draws no arrow: each amount
once with its sources (:func:`timeline`). A lower bound and a larger figure ("at least 7", "9")
agree: the grounds say the bounds are compatible; a ceiling ("a fine of up to €40 million") and an
amount under it ("€14 million") neither agree nor conflict, the row "within ceiling"
(:func:`.cover_limits.within_ceiling`). Figures reported by a single outlet are kept as single-source facts
(``agree`` true, ``sources`` 1), so the sheet is a complete inventory. Each fact states its
grounds in words a reader knows (never stems).

Cost: linear in the number of figures. Each figure is compared with at most ``CANDIDATES``
groups of its measure, never with every other figure.

The package, one part per module: :mod:`.model` (the records), :mod:`.measures` (what a figure
counts or measures: its measure and label; a count's there, a measurement's in :mod:`.quantities`,
money's role in :mod:`.money_roles` and its purpose in :mod:`.money_purpose`, people counted in
:mod:`.people_counts`; which values compare in :mod:`.dimensions`), read with :mod:`.words` (cue
words, clauses, verbs),
:mod:`.places` (places, lists of places, parts of a group), :mod:`.roles` (what a verb does to a
count: jobs cut, power lost, homes left, hospital, aboard, costs), :mod:`.owners` (whose figure:
owners, donors) and :mod:`.percent` (what a percentage is of); :mod:`.earlier` (what an article
said first: earlier reports and superseded values), :mod:`.extract` (an article's figures),
:mod:`.grouping` (figures into facts) and :mod:`.display` (the sheet's words and timelines).
"""

from waic_reader.index.analysis.facts.display import (
    Named,
    amount_text,
    first_said,
    sheet_year,
    source_names,
    timeline,
    value_text,
    when,
)
from waic_reader.index.analysis.facts.extract import (
    article_language,
    context_words,
    extract_figures,
    measure_label,
    sheet_figures,
)
from waic_reader.index.analysis.facts.grouping import fact_sheet, group_figures
from waic_reader.index.analysis.facts.model import Cancelled, Fact, FactSource, FactValue, facts_to_json
from waic_reader.index.analysis.facts.roles import ABOARD

__all__ = [
    "ABOARD",
    "Cancelled",
    "Fact",
    "FactSource",
    "FactValue",
    "Named",
    "amount_text",
    "article_language",
    "context_words",
    "extract_figures",
    "fact_sheet",
    "facts_to_json",
    "first_said",
    "group_figures",
    "measure_label",
    "sheet_figures",
    "sheet_year",
    "source_names",
    "timeline",
    "value_text",
    "when",
]
