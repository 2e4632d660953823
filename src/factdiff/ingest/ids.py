"""Source ids: short, stable, unique names for the articles of one run.

An article's id is its file name (``a.md``); a .json/.jsonl record's id is its
own `id` field, else ``FILE#N`` (N: the record number, for .jsonl the line
number). When ids collide (``x/a.md`` and ``y/a.md``), every colliding article
is qualified with its parent folders, one at a time, until the ids differ:
``x/a.md`` and ``y/a.md``; a colliding record `id` is qualified with its file
name first (``data.jsonl:7``, then ``x/data.jsonl:7``). The last resort is the
whole path, plus ``#N`` for records, which is unique.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import PurePath

from factdiff.ingest.meta import Draft

__all__ = ["assign_ids", "id_candidates"]


def id_candidates(draft: Draft) -> list[str]:
    """The ids `draft` may take, from the shortest to one that is unique."""
    parts = PurePath(draft.path).parts
    name = parts[-1] if parts else draft.path
    folders = [p.rstrip("/\\") for p in parts[:-1]]
    prefixes = ["/".join(folders[len(folders) - k :]) for k in range(1, len(folders) + 1)]
    if draft.record is None:
        names = [name]
    elif draft.record_id is None:
        names = [f"{name}#{draft.record}"]
    else:
        names = [draft.record_id, f"{name}:{draft.record_id}"]
    out = names + [f"{prefix}/{names[-1]}" for prefix in prefixes if prefix]
    last = draft.path if draft.record is None else f"{draft.path}#{draft.record}"
    if draft.record_id is not None:
        last = f"{draft.path}:{draft.record_id}#{draft.record}"
    out.append(last)
    return out


def assign_ids(drafts: Sequence[Draft]) -> list[str]:
    """One unique id per draft (same order), deterministic for the same inputs."""
    candidates = [id_candidates(d) for d in drafts]
    level = [0] * len(drafts)
    while True:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, cands in enumerate(candidates):
            groups[cands[level[i]]].append(i)
        clashes = [idx for idx in groups.values() if len(idx) > 1]
        if not clashes:
            return [cands[level[i]] for i, cands in enumerate(candidates)]
        moved = False
        for idx in clashes:
            for i in idx:
                if level[i] < len(candidates[i]) - 1:
                    level[i] += 1
                    moved = True
        if not moved:  # identical last resorts: only for duplicate drafts
            seen: dict[str, int] = defaultdict(int)
            out = []
            for i, cands in enumerate(candidates):
                base = cands[level[i]]
                seen[base] += 1
                out.append(base if seen[base] == 1 else f"{base}~{seen[base]}")
            return out
