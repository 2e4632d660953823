"""The day each article's lead tells its story's happening on (`compare.dates`): a news
report opens on what happened and when, so two leads a day apart disagree however
differently they word it. Sentences from no labelled set."""

from __future__ import annotations

from factdiff.pipeline import Settings, run
from helpers_articles import write_article

_FRENCH_LEAD = (
    "Un car de tourisme transportant 38 retraités belges a quitté la route mardi soir dans "
    "les gorges du Verdon, faisant douze blessés, selon les pompiers des Alpes-de-Haute-Provence. "
    "Le conducteur, âgé de 61 ans, a été hospitalisé."
)


def _day_findings(tmp_path, french: str, english: str, published_en: str = "2025-10-08"):
    paths = [
        str(write_article(tmp_path, "a.md", french, "2025-10-08", "fr")),
        str(write_article(tmp_path, "b.md", english, published_en, "en")),
    ]
    report = run(paths, Settings(nli=False, cache=False))
    return [f for f in report.findings if f.kind == "date" and f.severity != "info"]


def test_two_leads_a_day_apart_disagree_however_worded(tmp_path):
    # The leads share the gorge and little else: no sentence pairing reads them as one fact.
    english = (
        "Investigators are examining the brakes of a Belgian coach after it careered into a "
        "ravine in the Verdon on Monday evening, the third such accident there this year. "
        "Twelve of its 38 passengers were hurt, two of them seriously. The tour operator, "
        "Horizon Travel, said its drivers follow strict rest rules. The road was reopened to "
        "traffic the next morning."
    )
    found = _day_findings(tmp_path, _FRENCH_LEAD, english)
    assert found, "the two leads' days were not compared"
    texts = " ".join(e.text for f in found for e in f.evidence)
    assert "mardi soir" in texts and "on Monday evening" in texts


def test_a_later_report_may_lead_with_a_later_development(tmp_path):
    # Published two days later, the English lead opens on what followed the crash.
    english = (
        "A Belgian tour operator suspended all its coach trips to France on Thursday, after "
        "twelve of its pensioners were hurt in a crash in the Verdon gorge. Its shares fell 4%."
    )
    assert not _day_findings(tmp_path, _FRENCH_LEAD, english, published_en="2025-10-10")


def test_a_lead_that_opens_on_a_statement_names_no_day_of_the_happening(tmp_path):
    english = (
        "Prosecutors said on Wednesday that the brakes of a Belgian tour bus had failed before "
        "it plunged off a mountain road in the Verdon gorge. The bus left the road on Monday."
    )
    found = _day_findings(tmp_path, _FRENCH_LEAD, english)
    assert not any("on Monday" in e.text for f in found for e in f.evidence)
