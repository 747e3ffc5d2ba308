"""The knowledge base's signs as vectors, and how close an observation comes to each.

Each indicator is represented by its own words and its example phrases. Vectors are cached
on disk under a hash of the texts, so a restart does not re-encode an unchanged knowledge base.
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

import numpy as np
from numpy.typing import NDArray

from safeshare.knowledge import KnowledgeBase
from safeshare.knowledge.spelling import as_read
from safeshare.semantic.classifier import ORDINARY, HarmClassifier
from safeshare.semantic.neighbours import WorkedNeighbours
from safeshare.semantic.sentences import sentences

Matrix = NDArray[np.float32]


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
    concern: float  # how likely the whole observation is to be a concern rather than ordinary
    # How much closer it comes to worked examples where someone was in immediate danger than
    # to the rest, and the closest of those.
    danger: float = 0.0
    danger_like: str | None = None
    # The concern reading of the sentence that reads most as a concern on its own: the whole
    # observation's mean is pulled towards ordinary life by the chat around a worry.
    peak: float = 0.0


class Closeness(NamedTuple):
    """How close the observation came to one indicator. A named tuple, not a dataclass:
    every reading makes one for each of the knowledge base's 500-odd indicators and
    situations, and a tuple is made several times faster."""

    indicator: int
    similarity: float


class SignIndex:
    def __init__(
        self, base: KnowledgeBase, encoder: Encoder, cache_dir: Path | None = None
    ) -> None:
        self.encoder = encoder
        self._rules = base.inference
        rows: list[tuple[str, int, str]] = []
        for slug, harm in base.harms.items():
            for number, indicator in enumerate(harm.indicators):
                rows += [(slug, number, text) for text in [indicator.text, *indicator.examples]]
            # A harm's typical situations follow its indicators' numbers.
            rows += [
                (slug, len(harm.indicators) + k, text) for k, text in enumerate(harm.situations)
            ]
        self.harms = [row[0] for row in rows]
        self.indicators = np.array([row[1] for row in rows])
        cache_dir = cache_dir or default_cache_dir()
        self.vectors = self._vectors([row[2] for row in rows], cache_dir)
        ordinary = self._vectors(base.ordinary.situations, cache_dir)
        # Worked examples are read as observations are: short forms spelled out.
        examples = self._observation_vectors(
            [as_read(e.text, base.inference) for e in base.worked], cache_dir
        )
        primary = [e.harms[0] if e.harms else ORDINARY for e in base.worked]
        self.classifier = HarmClassifier(
            np.concatenate([self.vectors, ordinary, examples]),
            self.harms + [ORDINARY] * len(ordinary) + primary,
            base.settings.classifier,
            cache_dir,
        )
        self.concern = _concern_classifier(
            base, self.vectors, ordinary, examples, [bool(e.harms) for e in base.worked], cache_dir
        )
        settings = base.settings.classifier
        self.neighbours = WorkedNeighbours(
            examples,
            [e.harms[0] if e.harms else None for e in base.worked],
            settings.neighbours,
            settings.neighbour_sharpness,
            [e.danger for e in base.worked],
        )
        self._worked_texts = [e.text for e in base.worked]
        self.stack = base.model.concern_reading
        self.slugs = sorted(set(self.harms))
        # One slot per (harm, indicator or situation): the closeness of a slot is the best of its rows.
        keys = sorted(set(zip(self.harms, self.indicators.tolist(), strict=True)))
        slot_of = {key: number for number, key in enumerate(keys)}
        slots = np.array(
            [slot_of[key] for key in zip(self.harms, self.indicators.tolist(), strict=True)]
        )
        # Rows in slot order, and where each slot's rows begin, so that one reduction gives
        # every slot's best closeness.
        self._rows_by_slot = np.argsort(slots, kind="stable")
        self._slot_starts = np.flatnonzero(np.diff(slots[self._rows_by_slot], prepend=-1))
        self._slot_indicator = np.array([key[1] for key in keys])
        harm_of_slot = np.array([self.slugs.index(key[0]) for key in keys])
        self._slot_harm = harm_of_slot.astype(np.float64)
        # The slots are sorted by harm: each harm's slots are one run.
        bounds = np.searchsorted(harm_of_slot, np.arange(len(self.slugs) + 1))
        self._harm_runs = list(
            zip(self.slugs, bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        )

    def _observation_vectors(self, texts: list[str], cache_dir: Path) -> Matrix:
        """One vector per whole observation, as ``read`` makes it: the unit mean of its
        sentences' vectors."""
        split = [sentences(text) or [text] for text in texts]
        flat = self._vectors([s for parts in split for s in parts], cache_dir)
        means, at = [], 0
        for parts in split:
            mean = flat[at : at + len(parts)].mean(axis=0)
            means.append(mean / (float(np.linalg.norm(mean)) or 1.0))
            at += len(parts)
        return np.array(means, dtype=np.float32).reshape(len(texts), self.vectors.shape[1])

    def _vectors(self, texts: list[str], cache_dir: Path) -> Matrix:
        if not texts:  # no worked examples yet (the signs themselves never run out)
            return np.zeros((0, self.vectors.shape[1]), dtype=np.float32)
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
        how likely the observation is to be that kind of harm, and to be a concern at all."""
        if not sentences:
            nothing = np.full(self.vectors.shape[0], -1.0, dtype=np.float32)
            return Reading(self._ranked(nothing), dict.fromkeys(self.slugs, 0.0), 0.0)
        encoded = self.encode(sentences)
        best: Matrix = (encoded @ self.vectors.T).max(axis=0)
        nearby = self._nearby(encoded)
        danger, closest = self.neighbours.danger(nearby)
        concern = self._concern(encoded, nearby)
        return Reading(
            self._ranked(best),
            self._kinds(encoded, nearby),
            concern,
            danger,
            None if closest is None else self._worked_texts[closest],
            self._peak(encoded, concern),
        )

    def encode(self, sentences: list[str]) -> Matrix:
        """The sentences' vectors, each read as the cues read it: short forms spelled out
        ("SF gets rough w/ M" -> "stepfather gets rough with M"), as the worked examples are."""
        return self.encoder.encode([as_read(sentence, self._rules) for sentence in sentences])

    def _peak(self, encoded: Matrix, whole: float) -> float:
        """The concern reading of the sentence that reads most as a concern on its own (the
        whole observation's, for one sentence)."""
        if len(encoded) < 2:
            return whole
        alone = (encoded[i : i + 1] for i in range(len(encoded)))
        return max(self._concern(one, self._nearby(one)) for one in alone)

    def _kinds(self, encoded: Matrix, nearby: Matrix) -> dict[str, float]:
        """The classifier's probability of each harm averaged with the closest worked
        examples' shares of what it leaves to harm; a harm with no worked examples keeps the
        classifier's alone. Ordinary life is a class, never a harm."""
        kinds = self.classifier.probabilities(encoded)
        harm = 1 - kinds.pop(ORDINARY)
        shares = self.neighbours.kinds(nearby)
        return {
            slug: (chance + harm * shares[slug]) / 2 if slug in shares else chance
            for slug, chance in kinds.items()
        }

    def _nearby(self, encoded: Matrix) -> Matrix:
        """How close the observation (the unit mean of its sentences) comes to each worked
        example."""
        mean = encoded.mean(axis=0)
        mean /= float(np.linalg.norm(mean)) or 1.0
        return self.neighbours.closeness(mean)

    def concern_evidence(
        self, encoded: Matrix, nearby: Matrix | None = None
    ) -> tuple[float, float]:
        """The two things the concern reading combines: the concern classifier's log-odds and
        the closest worked examples' margin (evaluation/fit.py fits how)."""
        nearby = self._nearby(encoded) if nearby is None else nearby
        chance = min(max(self.concern.probabilities(encoded)[CONCERN], 1e-6), 1 - 1e-6)
        return math.log(chance / (1 - chance)), self.neighbours.margin(nearby)

    def _concern(self, encoded: Matrix, nearby: Matrix) -> float:
        """The concern classifier and the closest worked examples, combined as fitted."""
        log_odds, margin = self.concern_evidence(encoded, nearby)
        logit = (
            self.stack.classifier * log_odds + self.stack.neighbours * margin + self.stack.intercept
        )
        return 1 / (1 + math.exp(-logit))

    def _ranked(self, best: Matrix) -> dict[str, list[Closeness]]:
        per_slot = np.maximum.reduceat(best[self._rows_by_slot], self._slot_starts)
        # Closeness lies in [-1, 1]: adding 4 x the harm sorts by harm, then closest first.
        order = np.argsort(self._slot_harm * 4 - per_slot, kind="stable")
        indicators = self._slot_indicator[order].tolist()
        similarities = per_slot[order].tolist()
        return {
            slug: list(
                map(
                    Closeness._make,
                    zip(indicators[start:end], similarities[start:end], strict=True),
                )
            )
            for slug, start, end in self._harm_runs
        }


CONCERN = "concern"


def _concern_classifier(
    base: KnowledgeBase,
    harm_phrases: Matrix,
    ordinary: Matrix,
    examples: Matrix,
    example_is_concern: list[bool],
    cache_dir: Path,
) -> HarmClassifier:
    """Concern or ordinary life, for a whole observation. The harm phrases outnumber the
    ordinary ones, so each side's phrases count the same in total; a no-concern worked
    example counts more than a concern, since a false alarm in ten is the limit and a missed
    concern in fifty."""
    settings = base.settings.classifier
    balance = len(ordinary) / max(len(harm_phrases), 1)
    weights = np.concatenate(
        [
            np.full(len(harm_phrases), settings.phrase_weight * balance),
            np.full(len(ordinary), settings.phrase_weight),
            [
                1.0 if concern else settings.ordinary_example_weight
                for concern in example_is_concern
            ],
        ]
    )
    labels = [CONCERN] * len(harm_phrases) + [ORDINARY] * len(ordinary)
    labels += [CONCERN if concern else ORDINARY for concern in example_is_concern]
    return HarmClassifier(
        np.concatenate([harm_phrases, ordinary, examples]), labels, settings, cache_dir, weights
    )
