"""Shared helpers for commands: loading the knowledge base with a readable failure."""

from __future__ import annotations

from pathlib import Path

import typer

from safeshare.knowledge import KnowledgeBase, KnowledgeError, load_knowledge, load_knowledge_from


def knowledge_or_exit(folder: Path | None = None) -> KnowledgeBase:
    try:
        return load_knowledge_from(folder) if folder else load_knowledge()
    except KnowledgeError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from error


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)
