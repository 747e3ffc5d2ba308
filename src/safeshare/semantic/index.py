"""The knowledge base's signs as vectors, and how close an observation comes to each.

Each indicator is represented by its own words and its example phrases. Vectors are cached
on disk under a hash of the texts, so a restart does not re-encode an unchanged knowledge base.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from safeshare.knowledge import KnowledgeBase

Matrix = NDArray[np.float32]


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> Matrix: ...


def default_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "safeshare"


@dataclass(frozen=True)
class Closeness:
    """How close the observation came to one indicator, and in which sentence."""

    indicator: int
    similarity: float


class SignIndex:
    def __init__(
        self, base: KnowledgeBase, encoder: Encoder, cache_dir: Path | None = None
    ) -> None:
        self.encoder = encoder
        rows: list[tuple[str, int, str]] = []
        for slug, harm in base.harms.items():
            for number, indicator in enumerate(harm.indicators):
                rows += [(slug, number, text) for text in [indicator.text, *indicator.examples]]
            # A harm's typical situations follow its indicators' numbers.
            situations = harm.scenarios.situations if harm.scenarios else []
            rows += [(slug, len(harm.indicators) + k, text) for k, text in enumerate(situations)]
        self.harms = [row[0] for row in rows]
        self.indicators = np.array([row[1] for row in rows])
        self.vectors = self._vectors([row[2] for row in rows], cache_dir or default_cache_dir())
        self.slugs = sorted(set(self.harms))
        self._rows = {
            slug: np.array([i for i, h in enumerate(self.harms) if h == slug])
            for slug in self.slugs
        }

    def _vectors(self, texts: list[str], cache_dir: Path) -> Matrix:
        digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
        cached = cache_dir / f"signs-{digest}.npy"
        try:
            vectors: Matrix = np.load(cached)
            if vectors.shape[0] == len(texts):
                return vectors
        except (OSError, ValueError):
            pass
        vectors = np.concatenate(
            [self.encoder.encode(texts[i : i + 64]) for i in range(0, len(texts), 64)]
        )
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            np.save(cached, vectors)
        except OSError:
            pass  # a read-only home only costs a slower start
        return vectors

    def closeness(self, sentences: list[str]) -> dict[str, list[Closeness]]:
        """For each harm, its indicators from closest to furthest from any of the sentences."""
        if not sentences:
            return {slug: [] for slug in self.slugs}
        best = (self.encoder.encode(sentences) @ self.vectors.T).max(axis=0)
        result: dict[str, list[Closeness]] = {}
        for slug, rows in self._rows.items():
            per_indicator: dict[int, float] = {}
            for row in rows:
                number = int(self.indicators[row])
                per_indicator[number] = max(per_indicator.get(number, -1.0), float(best[row]))
            ordered = sorted(per_indicator.items(), key=lambda item: -item[1])
            result[slug] = [Closeness(number, similarity) for number, similarity in ordered]
        return result
