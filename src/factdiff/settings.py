"""What a run can be told (`Settings`), and the names it answers to.

Keyword arguments of `factdiff.check`, the `[tool.factdiff]` table of a config
file and a server request's settings all become `Settings` through
`Settings.from_mapping`. A name it does not know is an error naming the key,
where it came from and the nearest known key (`unknown setting 'no_nil' (did
you mean 'no_nli'?)`), never a setting silently ignored.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from factdiff.compare.base import Thresholds
from factdiff.errors import UsageError
from factdiff.ingest import DEFAULT_MAX_BYTES
from factdiff.records import CLAIM_KINDS


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; CLI flags and config files fill it."""

    fail_on: str = "error"
    format: str | None = None
    nli: bool = True
    model: str | None = None
    kinds: tuple[str, ...] = CLAIM_KINDS
    languages: tuple[str, ...] = ("fr", "en")
    max_bytes: int = DEFAULT_MAX_BYTES
    max_sentences: int = 2000
    # "auto": articles are grouped into stories when there are more than
    # STORY_MODE_MIN_ARTICLES of them (a day of wire copy); "on" always; "off" never
    # (every article is about the same news, as when an editor gives one cluster).
    stories: str = "auto"
    thresholds: Thresholds = field(default_factory=Thresholds)
    # The on-disk NLI cache (factdiff.cache): None = on for the model the run loads
    # itself, off for a scorer handed to run(); True/False = on/off for both.
    cache: bool | None = None
    cache_dir: str | None = None  # None: $FACTDIFF_HOME
    # The engine of the per-story stage (factdiff.engines): "local", stories one after
    # the other in this process; "ray", as Ray tasks (factdiff[ray]), on a local Ray or
    # the cluster at `ray_address`.
    engine: str = "local"
    ray_address: str | None = None
    # Sentence embeddings (multilingual e5, factdiff.embed) as a pairing signal; off,
    # the same-fact model without them (`semantic = false`).
    semantic: bool = True
    # Each article checked against itself too, its lead against its body
    # (factdiff.within): findings of scope "within" (`within = false`: across only).
    within: bool = True
    # Aligned sentence pairs no rule flagged that the NLI model reads per story, best
    # aligned first (`nli-max-pairs`; None: NLIPolicy's default).
    nli_max_pairs: int | None = None

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any], source: str | None = None) -> Settings:
        """Settings from keyword arguments or a config table (dashes or underscores).

        `source` says where `values` came from (`factdiff.check()`, a file name), for
        the message of the `UnknownSettingError` an unknown key (or threshold) raises.
        """
        check_keys(values, SETTING_NAMES, source)
        clean: dict[str, Any] = {}
        threshold_values: dict[str, float] = {}
        for raw_key, value in values.items():
            key = raw_key.replace("-", "_")
            if key == "no_nli":
                clean["nli"] = not value
            elif key == "thresholds" and isinstance(value, Mapping):
                check_keys(
                    value, THRESHOLD_NAMES, f"{source} thresholds" if source else "thresholds"
                )
                threshold_values.update({k.replace("-", "_"): float(v) for k, v in value.items()})
            elif key in ("kinds", "languages") and value is not None:
                clean[key] = tuple(value)
            else:
                clean[key] = value
        settings = cls(**clean)
        if threshold_values or "kinds" in clean:
            thresholds = replace(settings.thresholds, **threshold_values, enabled=settings.kinds)
            settings = replace(settings, thresholds=thresholds)
        return settings


#: The keys `Settings.from_mapping` reads (underscored): every field, and `no_nli`.
SETTING_NAMES = tuple(sorted({f.name for f in fields(Settings)} | {"no_nli"}))
#: The keys of a `thresholds` table (`enabled` follows `kinds`, it is not set there).
THRESHOLD_NAMES = tuple(f.name for f in fields(Thresholds) if f.name != "enabled")


class UnknownSettingError(UsageError, ValueError):
    """A setting name that factdiff does not know (exit status 2 at the command line)."""

    def __init__(
        self, key: str, source: str | None, suggestion: str | None, known: Iterable[str]
    ) -> None:
        hint = f"did you mean {suggestion!r}?" if suggestion else f"known: {', '.join(known)}"
        where = f"{source}: " if source else ""
        super().__init__(f"{where}unknown setting {key!r} ({hint})")
        self.key = key
        self.source = source
        self.suggestion = suggestion


def check_keys(
    values: Mapping[str, Any], known: Iterable[str], source: str | None, dashes: bool = False
) -> None:
    """Raise `UnknownSettingError` for the first key of `values` not in `known`
    (underscored names; a key may spell them with dashes).

    The error suggests the nearest known name spelt as the key is (with dashes when the
    key has them, or when `dashes` says that is the file's style and the key has no
    underscore), and lists the known names when none is near.
    """
    known = tuple(known)
    for raw_key in values:
        key = str(raw_key).replace("-", "_")
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1)
        suggestion = close[0] if close else None
        dashed = "-" in str(raw_key) or (dashes and "_" not in str(raw_key))
        if suggestion and dashed:
            suggestion = suggestion.replace("_", "-")
        shown = [k.replace("_", "-") for k in known] if dashed else list(known)
        raise UnknownSettingError(str(raw_key), source, suggestion, shown)
