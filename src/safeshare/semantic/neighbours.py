"""What the worked examples most like an observation say about it.

The linear classifiers read one global direction for each class; the closest worked
examples read the neighbourhood. They err on different observations: in the leave-one-set-out
check over the development sets, at one false alarm in ten the concern classifier alone
missed 12% of concerns, the closest examples alone 10%, and the two together 4%
(docs/decisions/0012). Both use the same observation vector: the unit mean of its sentences'
vectors.

The closeness to every example is computed once per observation, with ``einsum`` rather than
a BLAS product: BLAS splits a product of this size across threads, and beside ONNX Runtime's
own threads and a two-thread batch that oversubscribes two cores (a 1,000-case batch took
14 s instead of 9).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]


class _Groups:
    """The mean of the ``count`` closest examples in each of a fixed set of groups, for all
    groups at once: one sort by group and then by closeness, instead of a pass per group
    (a per-group pass over 23 harms cost a third of a millisecond an observation)."""

    def __init__(self, group_of: NDArray[np.int64], count: int) -> None:
        sizes = np.bincount(group_of)
        take = np.minimum(sizes, count)
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        self._group_of = group_of.astype(np.float64)
        self._take = take[take > 0]
        self._positions = np.concatenate(
            [start + np.arange(n) for start, n in zip(starts, take, strict=True) if n]
        )
        self._offsets = np.concatenate([[0], np.cumsum(self._take)[:-1]])

    def closest(self, closeness: Matrix) -> NDArray[np.float64]:
        """Each group's closest examples' mean closeness, in group order."""
        # Closeness lies in [-1, 1]: adding 4 x the group sorts by group, then closest first.
        order = np.argsort(self._group_of * 4 - closeness)
        ranked = closeness[order][self._positions].astype(np.float64)
        means: NDArray[np.float64] = np.add.reduceat(ranked, self._offsets) / self._take
        return means


class WorkedNeighbours:
    def __init__(
        self,
        vectors: Matrix,
        harms: list[str | None],
        count: int,
        sharpness: float,
        danger: list[bool] | None = None,
    ):
        """``harms``: each example's primary harm, or None for ordinary life; ``danger``:
        whether someone was in immediate danger in it. ``count``: how many of the closest
        examples of each class are averaged; ``sharpness``: how far a difference in closeness
        separates the harms' shares."""
        self.vectors = vectors
        self.count = count
        self.sharpness = sharpness
        self._harm_names = sorted({h for h in harms if h is not None})
        concern = np.array([harm is not None for harm in harms], dtype=bool)
        in_danger = np.array(danger if danger is not None else [False] * len(harms), dtype=bool)
        self._rows_in_danger = np.flatnonzero(in_danger)
        # Each grouping exists only when both of its sides have examples.
        self._concern = _Groups(concern.astype(np.int64), count) if _split(concern) else None
        self._danger = _Groups(in_danger.astype(np.int64), count) if _split(in_danger) else None
        index: dict[str | None, int] = {h: n for n, h in enumerate(self._harm_names)}
        # Ordinary examples form one more group, after the harms, which ``kinds`` leaves out.
        group_of = np.array([index.get(harm, len(index)) for harm in harms], dtype=np.int64)
        self._harms = _Groups(group_of, count) if self._harm_names else None

    def closeness(self, mean: Matrix) -> Matrix:
        """How close the observation comes to each worked example."""
        closeness: Matrix = np.einsum("ij,j->i", self.vectors, mean)
        return closeness

    def margin(self, closeness: Matrix) -> float:
        """How much closer the observation comes to the concerns among the worked examples
        than to the ordinary ones (0 when either side has none)."""
        if self._concern is None:
            return 0.0
        ordinary, concern = self._concern.closest(closeness)
        return float(concern - ordinary)

    def danger(self, closeness: Matrix) -> tuple[float, int | None]:
        """How much closer the observation comes to the examples where someone was in
        immediate danger than to the rest, and the closest of those (by its row)."""
        if self._danger is None:
            return 0.0, None
        rest, danger = self._danger.closest(closeness)
        rows = self._rows_in_danger
        return float(danger - rest), int(rows[np.argmax(closeness[rows])])

    def kinds(self, closeness: Matrix) -> dict[str, float]:
        """Each harm that has worked examples, by how close its closest examples come: shares
        that sum to one."""
        if self._harms is None:
            return {}
        scores = self._harms.closest(closeness)[: len(self._harm_names)]
        shares = np.exp((scores - scores.max()) * self.sharpness)
        shares /= shares.sum()
        return {harm: float(share) for harm, share in zip(self._harm_names, shares, strict=True)}


def _split(side: NDArray[np.bool_]) -> bool:
    return bool(side.any() and not side.all())
