"""Disjoint sets (union-find): stories, events and folded findings are their groups."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Groups joined pair by pair. A group's root is its least member in sort order, so
    that the groups and their roots do not depend on the order of the joins."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {x: x for x in items}

    def find(self, x: T) -> T:
        parent = self._parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = (ra, rb) if _less(ra, rb) else (rb, ra)
            self._parent[high] = low

    def groups(self, items: Iterable[T]) -> dict[T, list[T]]:
        """Each root with its members among `items`, in the order of `items`."""
        out: dict[T, list[T]] = {}
        for x in items:
            out.setdefault(self.find(x), []).append(x)
        return out


def _less(a: Any, b: Any) -> bool:
    return bool(a < b)
