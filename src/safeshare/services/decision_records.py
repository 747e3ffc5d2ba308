"""Recording a sharing decision as a JSON document in a folder."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safeshare.domain.decision import Decision
from safeshare.domain.records import Decider, decision_record
from safeshare.services.references import new_reference


def record_decision(
    decision: Decision, decider: Decider, folder: Path, shared: str = "", recipient: str = ""
) -> tuple[Path, dict[str, Any]]:
    now = datetime.now(UTC)
    record = decision_record(decision, decider, now, new_reference("SD", now), shared, recipient)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{record['reference']}.json"
    # "x" mode: never overwrite an existing record, even on a reference collision.
    with path.open("x", encoding="utf-8") as handle:
        json.dump(record, handle, indent=2)
    return path, record
