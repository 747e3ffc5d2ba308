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
        labels = np.array([harm or "" for harm in harms])
        self._concern = labels != ""
        self._danger = np.array(danger if danger is not None else [False] * len(harms))
        self._harms = {harm: labels == harm for harm in sorted({h for h in harms if h is not None})}

    def closeness(self, mean: Matrix) -> Matrix:
        """How close the observation comes to each worked example."""
        closeness: Matrix = np.einsum("ij,j->i", self.vectors, mean)
        return closeness

    def margin(self, closeness: Matrix) -> float:
        """How much closer the observation comes to the concerns among the worked examples
        than to the ordinary ones (0 when either side has none)."""
        if self._concern.all() or not self._concern.any():
            return 0.0
        return self._closest(closeness[self._concern]) - self._closest(closeness[~self._concern])

    def danger(self, closeness: Matrix) -> tuple[float, int | None]:
        """How much closer the observation comes to the examples where someone was in
        immediate danger than to the rest, and the closest of those (by its row)."""
        if self._danger.all() or not self._danger.any():
            return 0.0, None
        rows = np.flatnonzero(self._danger)
        margin = self._closest(closeness[rows]) - self._closest(closeness[~self._danger])
        return margin, int(rows[np.argmax(closeness[rows])])

    def kinds(self, closeness: Matrix) -> dict[str, float]:
        """Each harm that has worked examples, by how close its closest examples come: shares
        that sum to one."""
        if not self._harms:
            return {}
        scores = np.array([self._closest(closeness[rows]) for rows in self._harms.values()])
        shares = np.exp((scores - scores.max()) * self.sharpness)
        shares /= shares.sum()
        return {harm: float(share) for harm, share in zip(self._harms, shares, strict=True)}

    def _closest(self, closeness: Matrix) -> float:
        top = min(self.count, len(closeness))
        return float(np.partition(closeness, len(closeness) - top)[-top:].mean())
