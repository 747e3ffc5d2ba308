"""Every labelled case set is well formed: a typo in a label would silently score a case
as wrong (or right) for ever. Nothing here runs triage, so an unscored set stays unscored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeshare.knowledge import KnowledgeBase
from safeshare.knowledge.schema import HARM_SLUGS, ROUTE_SLUGS, SETTING_SLUGS

SETS = sorted((Path(__file__).resolve().parents[2] / "evaluation").glob("*.jsonl"))
FIELDS = {"id", "text", "age", "age_group", "reporter_setting", "immediate_danger"}


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.stem)
def test_every_case_uses_known_labels(base: KnowledgeBase, path: Path) -> None:
    ids: set[str] = set()
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        case = json.loads(line)
        where = f"{path.name} line {number}"
        assert case.keys() >= FIELDS, where
        assert case["id"] not in ids, f"{where}: id {case['id']} repeated"
        ids.add(case["id"])
        assert case["text"].strip(), where
        assert set(case["expected_categories"]) <= set(HARM_SLUGS), where
        assert case["expected_routes"] or not case["expected_categories"], where
        assert set(case["expected_routes"]) <= set(ROUTE_SLUGS), where
        assert case["reporter_setting"] in (*SETTING_SLUGS, None), where
        assert case["age_group"] in ("child", "adult", "unknown", None), where
        assert case.get("source") in base.sources, f"{where}: unknown source"
