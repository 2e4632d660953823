"""Two clock times whose clauses share a word of what happened that no other clock time
of either source has in its own are two answers to when that thing happened, however
little else their sentences share (factdiff.compare.base.CompareContext
.share_a_telling_word). The articles are written for these tests."""

from __future__ import annotations

import pytest

from factdiff.compare import base
from factdiff.compare.base import tense_frame
from factdiff.compare.dates import _clock_time
from helpers_articles import run_two

_HEIST_EN = (
    "Thieves broke into the Musée des Arts Décoratifs in Trois-Rivières overnight. "
    "The alarm sounded at 3:12 a.m., but by the time a patrol car reached the street the "
    "intruders had vanished with six pieces of antique silver. "
    "Police held a press conference at 11 a.m. on Monday."
)
_HEIST_FR = (
    "Le musée des Arts décoratifs de Trois-Rivières a été cambriolé dans la nuit. "
    "Selon l'enquête, l'alarme s'est déclenchée à 2 h 50 et les malfaiteurs sont entrés "
    "par une fenêtre après avoir neutralisé un détecteur. "
    "Le directeur du musée s'est exprimé lundi à 14 heures devant les journalistes."
)
_SECOND_ALARM = "Une seconde alarme, dans la réserve, s'est déclenchée à 3 h 40."


@pytest.fixture
def contexts(monkeypatch):
    """The comparison contexts the pipeline builds, caught as it builds them."""
    caught: list[base.CompareContext] = []
    built = base.CompareContext.__init__

    def catch(self, *args, **kwargs):
        built(self, *args, **kwargs)
        caught.append(self)

    monkeypatch.setattr(base.CompareContext, "__init__", catch)
    return caught


def _told_once(contexts: list[base.CompareContext], fr_time: str, en_time: str) -> bool:
    (ctx,) = [c for c in contexts if c.scope == "across"]
    (a,) = [c for c in ctx.claims if c.surface == fr_time]
    (b,) = [c for c in ctx.claims if c.surface == en_time]
    return ctx.share_a_telling_word(a, b, like=lambda c: _clock_time(c, tense_frame(a)))


def test_one_alarm_timed_once_by_each_source(tmp_path, contexts):
    run_two(tmp_path, _HEIST_FR, _HEIST_EN, published="2026-11-02")
    assert _told_once(contexts, "2 h 50", "3:12 a.m.")
    # the press conference and the director's words share no word with the alarm
    assert not _told_once(contexts, "14 heures", "3:12 a.m.")


def test_a_source_timing_two_alarms_times_no_one_alarm(tmp_path, contexts):
    two_alarms = _HEIST_FR.replace(
        "Le directeur du musée s'est exprimé lundi à 14 heures devant les journalistes.",
        _SECOND_ALARM,
    )
    run_two(tmp_path, two_alarms, _HEIST_EN, published="2026-11-02")
    assert not _told_once(contexts, "2 h 50", "3:12 a.m.")
