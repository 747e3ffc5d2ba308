"""The smallest FastAPI app, served beside safeshare in the load benchmark as a baseline."""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
def ping() -> dict[str, str]:
    return {"status": "ok"}
