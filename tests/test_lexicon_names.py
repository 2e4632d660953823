"""The written month and weekday names agree with the matching tables of each lexicon."""

from __future__ import annotations

import pytest

from factdiff.lexicon import en, fr
from factdiff.text import fold


@pytest.mark.parametrize("lexicon", [fr, en], ids=["fr", "en"])
def test_written_names_fold_to_the_matching_tables(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert [lexicon.MONTHS[fold(m)] for m in lexicon.MONTH_NAMES] == list(range(1, 13))
    assert [lexicon.WEEKDAYS[fold(d)] for d in lexicon.WEEKDAY_NAMES] == list(range(7))
