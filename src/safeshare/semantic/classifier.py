"""Which kind of harm an observation reads as, and whether it reads as a concern at all:
linear classifiers over sentence vectors.

Closeness asks which single phrase of the knowledge base the observation is most like; a
classifier asks which class's whole way of being described it is most like, weighing every
phrase at once, so it generalises far better to new wording. Both are fitted when the model
loads, on the knowledge folder only: the indicators, their examples, typical situations,
ordinary life, and the worked examples (whole observations as people write them); never on
a held-back evaluation set. An administrator's new indicator or worked example counts at the
next start. Fitting is plain multinomial logistic regression by full-batch gradient descent
from zero, so the same knowledge always gives the same weights; they are cached on disk
under a hash of the inputs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from safeshare.knowledge.tuning import ClassifierSettings

ORDINARY = "ordinary"  # the class for everyday life; never returned as a harm

Matrix = NDArray[np.float32]


class HarmClassifier:
    def __init__(
        self,
        vectors: Matrix,
        labels: list[str],
        settings: ClassifierSettings,
        cache_dir: Path,
        weights: NDArray[np.float64] | None = None,
    ) -> None:
        """``weights``: how much each row counts (all alike by default)."""
        self.classes = sorted(set(labels))
        self.scale = settings.scale
        targets = np.array([self.classes.index(label) for label in labels])
        counts = np.ones(len(labels)) if weights is None else np.asarray(weights, np.float64)
        digest = hashlib.sha256(
            vectors.tobytes()
            + targets.tobytes()
            + counts.tobytes()
            + settings.model_dump_json().encode()
        ).hexdigest()[:16]
        cached = cache_dir / f"classifier-{digest}.npz"
        try:
            with np.load(cached) as stored:
                self.weights, self.bias = stored["weights"], stored["bias"]
        except (OSError, ValueError, KeyError):
            self.weights, self.bias = _fit(
                vectors * self.scale, targets, counts, len(self.classes), settings
            )
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                np.savez(cached, weights=self.weights, bias=self.bias)
            except OSError:
                pass  # a read-only home only costs a slower start

    def probabilities(self, sentence_vectors: Matrix) -> dict[str, float]:
        """For each harm, and for ordinary life, the probability that the observation is of
        that kind rather than another, from its sentences' mean direction."""
        mean = sentence_vectors.mean(axis=0)
        norm = float(np.linalg.norm(mean)) or 1.0
        logits = (mean / norm * self.scale) @ self.weights + self.bias
        chances = np.exp(logits - logits.max())
        chances /= chances.sum()
        return {label: float(chance) for label, chance in zip(self.classes, chances, strict=True)}


def _fit(
    x: Matrix,
    targets: NDArray[np.int64],
    counts: NDArray[np.float64],
    classes: int,
    settings: ClassifierSettings,
) -> tuple[Matrix, Matrix]:
    weights = np.zeros((x.shape[1], classes), dtype=np.float64)
    bias = np.zeros(classes, dtype=np.float64)
    rows = np.arange(len(x))
    total = counts.sum()
    for _ in range(settings.steps):
        logits = x @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        error = np.exp(logits)
        error /= error.sum(axis=1, keepdims=True)
        error[rows, targets] -= 1
        error *= counts[:, None]
        weights -= settings.rate * (x.T @ error / total + settings.l2 * weights)
        bias -= settings.rate * error.sum(axis=0) / total
    return weights.astype(np.float32), bias.astype(np.float32)
