"""The union-find that stories, events and folded findings are built with."""

from __future__ import annotations

import random

from factdiff.disjoint import DisjointSets


def test_groups_and_roots_do_not_depend_on_the_order_of_joins():
    pairs = [("d", "b"), ("b", "a"), ("e", "f"), ("c", "c")]
    items = list("abcdefg")
    seen = set()
    for seed in range(5):
        random.Random(seed).shuffle(pairs)
        sets = DisjointSets(items)
        for a, b in pairs:
            sets.union(a, b)
        seen.add(tuple(sorted((root, tuple(m)) for root, m in sets.groups(items).items())))
    assert seen == {(("a", ("a", "b", "d")), ("c", ("c",)), ("e", ("e", "f")), ("g", ("g",)))}


def test_an_item_never_seen_is_its_own_group():
    sets: DisjointSets[int] = DisjointSets()
    sets.union(3, 1)
    assert sets.find(7) == 7 and sets.find(3) == 1
