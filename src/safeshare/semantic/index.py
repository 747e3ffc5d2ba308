"""The knowledge base's signs as vectors, and how close an observation comes to each.

Each indicator is represented by its own words and its example phrases. Vectors are cached
on disk under a hash of the texts, so a restart does not re-encode an unchanged knowledge base.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from safeshare.knowledge import KnowledgeBase
from safeshare.knowledge.tuning import ConcernReading
from safeshare.semantic.classifier import ORDINARY, HarmClassifier

Matrix = NDArray[np.float32]

log = logging.getLogger("safeshare.semantic")


class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> Matrix: ...


def default_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "safeshare"


@dataclass(frozen=True)
class Reading:
    """What the sentence model makes of an observation."""

    closeness: dict[str, list[Closeness]]  # per harm, its indicators from closest
    kinds: dict[str, float]  # per harm, the classifier's probability that it is that kind
    ordinary: float  # the classifier's probability that it is ordinary life
    concern: float  # how likely the whole observation is to be a concern rather than ordinary


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
        cache_dir = cache_dir or default_cache_dir()
        self.vectors = self._vectors([row[2] for row in rows], cache_dir)
        ordinary = base.ordinary.situations
        self.classifier = HarmClassifier(
            np.concatenate([self.vectors, self._vectors(ordinary, cache_dir)]),
            self.harms + [ORDINARY] * len(ordinary),
            base.settings.classifier,
            cache_dir,
        )
        self.slugs = sorted(set(self.harms))
        self.concern_reading = usable_concern_reading(
            base.model.concern_reading, encoder, self.vectors.shape[1]
        )
        # One slot per (harm, indicator or situation): the closeness of a slot is the best of its rows.
        keys = sorted(set(zip(self.harms, self.indicators.tolist(), strict=True)))
        slot_of = {key: number for number, key in enumerate(keys)}
        self._slots = np.array(
            [slot_of[key] for key in zip(self.harms, self.indicators.tolist(), strict=True)]
        )
        self._slot_keys = keys
        self._harm_slots = {
            slug: [n for n, key in enumerate(keys) if key[0] == slug] for slug in self.slugs
        }

    def _vectors(self, texts: list[str], cache_dir: Path) -> Matrix:
        digest = hashlib.sha256("\n".join([self.encoder.name, *texts]).encode()).hexdigest()[:16]
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

    def read(self, sentences: list[str]) -> Reading:
        """For each harm, its indicators from closest to furthest from any of the sentences,
        and how likely the observation is to be that kind of harm."""
        if not sentences:
            nothing = np.full(self.vectors.shape[0], -1.0, dtype=np.float32)
            return Reading(self._ranked(nothing), dict.fromkeys(self.slugs, 0.0), 1.0, 0.0)
        encoded = self.encoder.encode(sentences)
        best: Matrix = (encoded @ self.vectors.T).max(axis=0)
        kinds = self.classifier.probabilities(encoded)
        ordinary = kinds.pop(ORDINARY)
        return Reading(self._ranked(best), kinds, ordinary, self._concern(encoded, ordinary))

    def _concern(self, encoded: Matrix, ordinary: float) -> float:
        """The fitted concern reading of the whole observation; without one (weights fitted
        for another sentence model), how far the classifier reads it unlike ordinary life."""
        if self.concern_reading is None:
            return 1.0 - ordinary
        weights, bias, scale = self.concern_reading
        mean = encoded.mean(axis=0)
        logit = float(mean / (float(np.linalg.norm(mean)) or 1.0) @ weights) * scale + bias
        return 1 / (1 + math.exp(-logit))

    def _ranked(self, best: Matrix) -> dict[str, list[Closeness]]:
        per_slot = np.full(len(self._slot_keys), -1.0, dtype=np.float32)
        np.maximum.at(per_slot, self._slots, best)
        result: dict[str, list[Closeness]] = {}
        for slug, slots in self._harm_slots.items():
            ordered = sorted(slots, key=lambda slot: -per_slot[slot])
            result[slug] = [
                Closeness(self._slot_keys[slot][1], float(per_slot[slot])) for slot in ordered
            ]
        return result


def usable_concern_reading(
    reading: ConcernReading | None, encoder: Encoder, width: int
) -> tuple[Matrix, float, float] | None:
    """The concern reading's weights, if they were fitted for vectors like this encoder's.
    The int8 and NumPy builds of one model give near-identical vectors, so the family counts."""
    if reading is None:
        return None
    family = encoder.name.split("-")[0]
    if len(reading.weights) != width or not reading.encoder.startswith(family):
        log.warning("the concern reading was fitted for %s: not used", reading.encoder)
        return None
    return np.array(reading.weights, dtype=np.float32), reading.bias, reading.scale
