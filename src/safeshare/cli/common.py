"""Shared helpers for commands: loading the knowledge base with a readable failure."""

from __future__ import annotations

from pathlib import Path

import typer

from safeshare.knowledge import KnowledgeBase, KnowledgeError, load_knowledge, load_knowledge_from
from safeshare.settings import get_settings


def knowledge_or_exit(folder: Path | None = None) -> KnowledgeBase:
    """The knowledge base from ``folder``, else SAFESHARE_KNOWLEDGE_DIR, else the shipped one."""
    folder = folder or get_settings().knowledge_dir
    try:
        return load_knowledge_from(folder) if folder else load_knowledge()
    except KnowledgeError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from error


def default_locality(chosen: str | None) -> str | None:
    return chosen or get_settings().default_locality


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)
