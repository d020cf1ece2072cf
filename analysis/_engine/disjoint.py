"""Disjoint sets (union-find), used to cluster duplicate articles and echoed statements."""

from __future__ import annotations


class DisjointSets:
    """Union-find over the integers ``0 … n-1`` with path halving."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The representative of ``i``'s set."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, child: int, root: int) -> None:
        """Merge ``child``'s set into ``root``'s set."""
        self.parent[self.find(child)] = self.find(root)

    def labels(self) -> list[int]:
        """The representative of every element."""
        return [self.find(i) for i in range(len(self.parent))]
