"""Counts for analysts: how many concerns of each kind, by month and status, across the
partnership. Counts, never cases; small numbers are hidden so nobody can be picked out."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from safeshare.services.access import require
from safeshare.services.accounts import Person
from safeshare.store.db import Database
from safeshare.store.models import Concern

SMALLEST_SHOWN = 5


def _shown(count: int) -> int | str:
    return count if count >= SMALLEST_SHOWN else f"fewer than {SMALLEST_SHOWN}"


def aggregates(db: Database, person: Person) -> dict[str, Any]:
    require(person, "view_aggregates")
    by_category: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    total = 0
    with db.transaction() as session:
        rows = session.execute(select(Concern.categories, Concern.created_at, Concern.status))
        for categories, created_at, status in rows:
            total += 1
            by_category.update(categories or ["no sign found"])
            by_month[created_at.strftime("%Y-%m")] += 1
            by_status[status] += 1
    return {
        "total": _shown(total),
        "by_category": [(k, _shown(v)) for k, v in by_category.most_common()],
        "by_month": [(k, _shown(v)) for k, v in sorted(by_month.items())],
        "by_status": [(k, _shown(v)) for k, v in by_status.most_common()],
        "smallest_shown": SMALLEST_SHOWN,
    }
