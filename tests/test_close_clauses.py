"""Two days of one happening told in clauses that say nearly the same thing (two or more
words of what happened in common, at least half of all), or of one named person's death,
are set against each other however little else their sentences share
(factdiff.compare.base.CompareContext.close_clauses). The articles are written for these
tests."""

from __future__ import annotations

from helpers_articles import run_two


def _date_summaries(report) -> list[str]:
    return [
        f.summary
        for f in report.findings
        if f.kind == "date" and f.severity in ("error", "warning")
    ]


_TRANSFER_A = (
    "La mutinerie a éclaté lundi après-midi au centre pénitentiaire de Borgo. Selon "
    "nos informations, près de soixante détenus ont refusé de regagner leurs "
    "cellules. Vingt détenus ont été transférés dès mardi vers le continent, à Lyon "
    "et à Grenoble, pour désengorger l'établissement. Le syndicat des surveillants a "
    "tenu une conférence de presse vendredi."
)
_TRANSFER_B = (
    "L'enquête a identifié huit meneurs, a indiqué le parquet de Bastia. La plupart "
    "figuraient parmi les détenus transférés vers le continent le 11 mars, une "
    "décision saluée par les syndicats. Les dégâts sont estimés à deux millions "
    "d'euros."
)

_TRANSFER_GUARD_A = (
    "La mutinerie a éclaté lundi après-midi au centre pénitentiaire de Borgo. Selon "
    "nos informations, près de soixante détenus ont refusé de regagner leurs "
    "cellules. Vingt détenus ont été transférés dès mardi vers le continent, à Lyon "
    "et à Grenoble, pour désengorger l'établissement. Le syndicat des surveillants a "
    "tenu une conférence de presse vendredi."
)
_TRANSFER_GUARD_B = (
    "L'enquête a identifié huit meneurs, a indiqué le parquet de Bastia. Plusieurs "
    "surveillants ont été entendus le 11 mars par les enquêteurs, selon une source "
    "proche du dossier. Les dégâts sont estimés à deux millions d'euros."
)

_DEATH_A = (
    "Jonas Pike, the climber hurt in Saturday's rockfall on the east ridge, died in "
    "Dunedin Hospital on Sunday, police have confirmed. He was 41. Two other climbers "
    "were flown out by helicopter on Saturday evening. The mountain club will hold a "
    "memorial on Friday."
)
_DEATH_B = (
    "The climbing club named the dead man as Jonas Pike, a guide from Wanaka. The "
    "facts are now clearer. Pike died on 7 March, within hours of being lowered from "
    "the ridge by his companions. The ridge had been closed twice in February after "
    "smaller falls. The coroner has opened an inquiry."
)

_DEATH_GUARD_A = (
    "Jonas Pike, the climber hurt in Saturday's rockfall on the east ridge, died in "
    "Dunedin Hospital on Sunday, police have confirmed. He was 41. Two other climbers "
    "were flown out by helicopter on Saturday evening. The mountain club will hold a "
    "memorial on Friday."
)
_DEATH_GUARD_B = (
    "The climbing club named the second victim as Ann Rewi, a guide from Wanaka. The "
    "facts are now clearer. Rewi died on 7 March, within hours of being lowered from "
    "the ridge by her companions. The ridge had been closed twice in February after "
    "smaller falls. The coroner has opened an inquiry."
)


def test_a_transfer_told_in_two_clauses_alike(tmp_path):
    report = run_two(tmp_path, _TRANSFER_A, _TRANSFER_B, published="2026-03-14", lang_b="fr")
    assert any("dès mardi" in s and "11 mars" in s for s in _date_summaries(report))


def test_one_word_in_common_is_no_happening_of_its_own(tmp_path):
    # the guards heard on 11 March: no word of the transfer in common
    report = run_two(
        tmp_path, _TRANSFER_GUARD_A, _TRANSFER_GUARD_B, published="2026-03-14", lang_b="fr"
    )
    assert not any("dès mardi" in s for s in _date_summaries(report))


def test_one_persons_death_on_two_days(tmp_path):
    report = run_two(tmp_path, _DEATH_A, _DEATH_B, published="2026-03-12", lang_a="en")
    assert any("on Sunday" in s and "7 March" in s for s in _date_summaries(report))


def test_two_peoples_deaths_are_two_happenings(tmp_path):
    report = run_two(tmp_path, _DEATH_GUARD_A, _DEATH_GUARD_B, published="2026-03-12", lang_a="en")
    assert _date_summaries(report) == []
