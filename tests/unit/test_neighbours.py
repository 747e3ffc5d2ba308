from __future__ import annotations

import numpy as np

from safeshare.semantic.neighbours import WorkedNeighbours


def _unit(*rows: list[float]) -> np.ndarray:
    matrix = np.array(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


EXAMPLES = _unit([1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.9, 0.1], [0, 0, 1], [0.1, 0, 0.9])
HARMS: list[str | None] = ["neglect", "neglect", "sexual_abuse", "sexual_abuse", None, None]


def _margin(neighbours: WorkedNeighbours, observation: np.ndarray) -> float:
    return neighbours.margin(neighbours.closeness(observation))


def test_closeness_is_the_cosine_with_each_example() -> None:
    neighbours = WorkedNeighbours(EXAMPLES, HARMS, count=2, sharpness=20)
    observation = _unit([1, 1, 0])[0]
    assert np.allclose(neighbours.closeness(observation), EXAMPLES @ observation, atol=1e-6)


def test_the_margin_says_which_side_the_closest_examples_are_on() -> None:
    neighbours = WorkedNeighbours(EXAMPLES, HARMS, count=2, sharpness=20)
    assert _margin(neighbours, _unit([1, 0.05, 0])[0]) > 0.5  # near a concern
    assert _margin(neighbours, _unit([0, 0.05, 1])[0]) < -0.5  # near ordinary life


def test_the_harms_shares_sum_to_one_and_favour_the_closest() -> None:
    observation = _unit([0.1, 1, 0])[0]
    neighbours = WorkedNeighbours(EXAMPLES, HARMS, count=2, sharpness=20)
    shares = neighbours.kinds(neighbours.closeness(observation))
    assert set(shares) == {"neglect", "sexual_abuse"}  # ordinary life is never a harm
    assert abs(sum(shares.values()) - 1) < 1e-6
    assert shares["sexual_abuse"] > 0.9
    blunt = WorkedNeighbours(EXAMPLES, HARMS, count=2, sharpness=2)
    blunter = blunt.kinds(blunt.closeness(observation))
    assert shares["sexual_abuse"] > blunter["sexual_abuse"] > 0.5


def test_with_one_side_missing_the_examples_say_nothing() -> None:
    only_concerns = WorkedNeighbours(EXAMPLES[:4], HARMS[:4], count=5, sharpness=20)
    assert _margin(only_concerns, EXAMPLES[0]) == 0.0
    only_ordinary = WorkedNeighbours(EXAMPLES[4:], HARMS[4:], count=5, sharpness=20)
    assert only_ordinary.kinds(only_ordinary.closeness(EXAMPLES[0])) == {}
    everyone = WorkedNeighbours(EXAMPLES, HARMS, count=10, sharpness=20)  # more than there are
    assert _margin(everyone, EXAMPLES[0]) > 0


def test_the_danger_margin_names_the_closest_example_of_danger() -> None:
    danger = [False, True, False, False, False, False]
    neighbours = WorkedNeighbours(EXAMPLES, HARMS, count=1, sharpness=20, danger=danger)
    margin, closest = neighbours.danger(neighbours.closeness(_unit([0.9, 0.12, 0])[0]))
    assert closest == 1
    assert margin > 0
    far, _ = neighbours.danger(neighbours.closeness(_unit([0, 0, 1])[0]))
    assert far < 0
    without = WorkedNeighbours(EXAMPLES, HARMS, count=1, sharpness=20)
    assert without.danger(without.closeness(EXAMPLES[0])) == (0.0, None)


def test_each_harms_closest_examples_are_averaged_as_a_plain_pass_would() -> None:
    """The one-sort grouping gives each harm the mean of its ``count`` closest examples."""
    rng = np.random.default_rng(7)
    vectors = _unit(*rng.normal(size=(60, 8)).tolist())
    names = ["neglect", "sexual_abuse", "fgm", None]
    harms: list[str | None] = [names[i % 4] for i in range(60)]
    harms[-1] = "self_harm"  # a harm with one example: its mean is that one
    neighbours = WorkedNeighbours(vectors, harms, count=3, sharpness=1)
    observation = _unit(rng.normal(size=8).tolist())[0]
    closeness = neighbours.closeness(observation)
    plain = {}
    for harm in {h for h in harms if h is not None}:
        mine = np.sort(closeness[[h == harm for h in harms]])[::-1]
        plain[harm] = float(mine[:3].mean())
    top = max(plain.values())
    weights = {harm: np.exp(score - top) for harm, score in plain.items()}
    total = sum(weights.values())
    shares = neighbours.kinds(closeness)
    assert shares.keys() == plain.keys()
    for harm, weight in weights.items():
        assert abs(shares[harm] - weight / total) < 1e-6
    concern = np.sort(closeness[[h is not None for h in harms]])[::-1][:3].mean()
    ordinary = np.sort(closeness[[h is None for h in harms]])[::-1][:3].mean()
    assert abs(neighbours.margin(closeness) - (concern - ordinary)) < 1e-6
