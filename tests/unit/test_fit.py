"""The fit script's logistic regression: it must reach the best weights, not stop short."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import yaml


def _fit_script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "evaluation" / "fit.py"
    spec = importlib.util.spec_from_file_location("fit_script", path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sampled(
    weights: list[float], intercept: float, scales: list[float]
) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(20000, len(weights))) * np.array(scales)
    p = 1 / (1 + np.exp(-(x @ np.array(weights) + intercept)))
    return x, (rng.random(len(p)) < p).astype(float)


def test_a_reading_with_a_small_spread_still_gets_its_full_weight() -> None:
    # The neighbours' margin spreads over a few hundredths: gradient steps stopped short.
    x, y = _sampled([0.8, 25.0], -1.0, [2.0, 0.04])
    weights, intercept = _fit_script()._newton(x, y, np.ones(len(y)))
    assert np.allclose(weights, [0.8, 25.0], rtol=0.1)
    assert abs(intercept + 1.0) < 0.1


def test_a_reading_that_would_count_against_a_concern_is_dropped() -> None:
    x, y = _sampled([1.0, -2.0], 0.0, [1.0, 1.0])
    weights, _ = _fit_script()._newton(x, y, np.ones(len(y)))
    assert weights[1] == 0.0
    assert weights[0] > 0.5


def test_a_set_is_a_worked_example_only_once_it_has_been_scored() -> None:
    # A worked example the engine learns from can no longer test it: a set joins only
    # after its one scoring, which its row in evaluation/README.md records.
    fit = _fit_script()
    rows = (Path(fit.ROOT) / "evaluation" / "README.md").read_text(encoding="utf-8")
    for name in fit.WORKED_SETS:
        row = next(line for line in rows.splitlines() if line.startswith(f"| `{name}`"))
        assert "not yet scored" not in row, name


def test_the_worked_examples_are_the_worked_sets_cases() -> None:
    # The folder is written by `fit.py --worked-only`: a set added to WORKED_SETS without
    # re-running it, or an edited case, would leave the engine learning from stale cases.
    fit = _fit_script()
    path = Path(fit.KNOWLEDGE) / "worked" / "development_sets.yaml"
    written = yaml.safe_load(path.read_text(encoding="utf-8"))["examples"]
    cases = [case for _, case in fit.worked_examples()]
    assert [example["text"] for example in written] == [case["text"] for case in cases]
    assert [example["harms"] for example in written] == [
        case["expected_categories"] for case in cases
    ]
