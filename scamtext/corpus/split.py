"""Held-out splits that do not leak templates or near-duplicates into the test side.

Rows are grouped before they are split: a generated row's group is its template
(``gen:<module>:<template>``), any other row's group is its near-duplicate cluster
(see :func:`scamtext.corpus.check.near_duplicate_clusters`), and a generated row that is
a near-duplicate of another row joins that row's group too. Each group goes wholly to
train or to test, decided by a hash of the group key and the seed, so the split is the
same on every machine.

A near-duplicate cluster is keyed by its content (the smallest member text), not by its
position in the input, so adding, removing or reordering unrelated rows leaves every other
row on the side it was on: a corpus change moves only the rows it touches, and figures
measured before and after it are on the same held-out rows.
"""

from __future__ import annotations

import hashlib

import numpy as np

from .check import near_duplicate_clusters

__all__ = ["group_keys", "group_split"]


def group_keys(texts: list[str], sources: list[str] | None = None) -> list[str]:
    """One group key per row (see module docs)."""
    clusters = near_duplicate_clusters(texts)
    # union-find over "same template" and "same near-duplicate cluster"
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # a cluster's key is its smallest member text: independent of row order and of rows
    # outside the cluster (a positional id would reshuffle the split on every corpus change)
    smallest: dict[int, str] = {}
    for cluster, text in zip(clusters, texts):
        if cluster not in smallest or text < smallest[cluster]:
            smallest[cluster] = text
    cluster_key = {cluster: "near:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]
                   for cluster, text in smallest.items()}
    keys = []
    for i, cluster in enumerate(clusters):
        near = cluster_key[cluster]
        source = sources[i] if sources is not None else None
        if source and source.startswith("gen:"):
            a, b = find(source), find(near)
            if a != b:  # the smaller key becomes the root, so the root does not depend on row order
                parent[max(a, b)] = min(a, b)
            keys.append(source)
        else:
            keys.append(near)
    return [find(k) for k in keys]


def _fraction(key: str, seed: int) -> float:
    digest = hashlib.sha256(f"{seed}:{key}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def group_split(texts: list[str], sources: list[str] | None = None, *, test_size: float = 0.2,
                seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Indices ``(train, test)``; no group (template / near-duplicate cluster) is on both sides."""
    if not 0.0 <= test_size < 1.0:
        raise ValueError(f"test_size must be in [0, 1), got {test_size}")
    keys = group_keys(texts, sources)
    in_test = np.array([_fraction(k, seed) < test_size for k in keys], dtype=bool)
    idx = np.arange(len(texts))
    return idx[~in_test], idx[in_test]
