"""Triage latency: p50/p99 for one observation (warm) and the time for a 1,000-case batch.

Run: .venv/bin/python benchmarks/triage_latency.py
"""

from __future__ import annotations

import statistics
import time

from safeshare.domain.observation import Observation
from safeshare.domain.triage import triage, triage_many
from safeshare.knowledge import load_knowledge
from safeshare.semantic.loader import load_matcher

TEXTS = [
    "As a dinner lady I notice a child becoming quieter, often wearing ripped clothing.",
    "The same car stops on my road every week; the driver goes into an alleyway and returns with a package.",
    "My colleague covers her arms, jumps when her phone rings and her husband checks her messages.",
    "An elderly resident says he has no money despite his pension; his nephew takes his bank card.",
    "The children in my class were excited about the school trip today.",
]


def measure(label: str, run: object) -> None:
    observations = [Observation(TEXTS[i % len(TEXTS)]) for i in range(1000)]
    for observation in observations[:20]:
        run(observation)  # type: ignore[operator]
    timings = []
    for observation in observations[:300]:
        tick = time.perf_counter()
        run(observation)  # type: ignore[operator]
        timings.append((time.perf_counter() - tick) * 1000)
    tick = time.perf_counter()
    for observation in observations:
        run(observation)  # type: ignore[operator]
    batch_seconds = time.perf_counter() - tick
    quantiles = statistics.quantiles(timings, n=100)
    print(
        f"{label}: p50 {quantiles[49]:.2f} ms, p99 {quantiles[98]:.2f} ms per observation; "
        f"1,000-observation batch {batch_seconds:.2f} s"
    )


def main() -> None:
    started = time.perf_counter()
    base = load_knowledge()
    print(f"knowledge load: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    matcher = load_matcher(base)
    print(f"sentence model and signs' vectors load: {time.perf_counter() - started:.2f} s")
    measure("cues only", lambda o: triage(o, base))
    if matcher is not None:
        measure("cues and sentence model", lambda o: triage(o, base, matcher))
        observations = [Observation(TEXTS[i % len(TEXTS)]) for i in range(1000)]
        tick = time.perf_counter()
        triage_many(observations, base, matcher)
        print(
            f"cues and sentence model, 1,000 observations as --batch runs them: {time.perf_counter() - tick:.2f} s"
        )


if __name__ == "__main__":
    main()
