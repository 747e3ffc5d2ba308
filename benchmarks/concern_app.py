"""safeshare with one extra endpoint for the concerns benchmark: a bare insert of one row
into a table of its own, with no validation, triage or audit, as the baseline that shows
what those cost. Only the benchmark serves it."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import Column, Integer, MetaData, Table, Text, insert

from safeshare.web.app import create_app

BENCH = Table(
    "bench_row",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("body", Text, nullable=False),
)


def create() -> FastAPI:
    app = create_app()
    engine = app.state.db.engine
    BENCH.create(engine, checkfirst=True)

    @app.post("/bench/insert")
    async def bare_insert(request: Request) -> dict[str, Any]:
        body = (await request.body()).decode()
        with engine.begin() as connection:
            connection.execute(insert(BENCH).values(body=body))
        return {"stored": True}

    return app
