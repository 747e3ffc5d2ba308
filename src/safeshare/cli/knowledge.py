"""`safeshare knowledge validate|show` and `safeshare localities`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Annotated

import typer

from safeshare.cli.common import fail, knowledge_or_exit
from safeshare.knowledge.loader import KNOWLEDGE_DIR

app = typer.Typer(help="Check and read the knowledge base.", no_args_is_help=True)


@app.command("validate")
def validate_command(
    folder: Annotated[
        Path | None, typer.Argument(help="A knowledge folder; default: the shipped one.")
    ] = None,
) -> None:
    """Check every knowledge file; list every problem with its file, key and line."""
    base = knowledge_or_exit(folder)
    indicators = sum(len(harm.indicators) for harm in base.harms.values())
    typer.echo(
        f"Knowledge base is valid: {len(base.harms)} harms with {indicators} indicators, "
        f"{len(base.routes)} routes, {len(base.localities)} localities, "
        f"{len(base.gateways)} gateways, {len(base.sources)} sources."
    )


@app.command("export")
def export_command(
    folder: Annotated[Path, typer.Argument(help="A new folder to copy the knowledge files into.")],
) -> None:
    """Copy the shipped knowledge files to a folder to edit; point SAFESHARE_KNOWLEDGE_DIR at it."""
    if folder.exists():
        raise fail(f"{folder} already exists: choose a new folder so nothing is overwritten")
    shutil.copytree(KNOWLEDGE_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    typer.echo(
        f"Copied the knowledge base to {folder}. Edit it, check it with "
        f"`safeshare knowledge validate {folder}`, then set SAFESHARE_KNOWLEDGE_DIR={folder}."
    )


@app.command("show")
def show_command(
    what: Annotated[
        str, typer.Argument(help="harms, routes, gateways, flowchart, law, or a harm slug")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show part of the knowledge base, with sources."""
    base = knowledge_or_exit()
    parts = {
        "harms": [h.model_dump() for h in base.harms.values()],
        "routes": [r.model_dump() for r in base.routes],
        "gateways": [g.model_dump(mode="json") for g in base.gateways],
        "flowchart": base.flowchart.model_dump(),
        "law": base.law.model_dump(),
        **{slug: harm.model_dump() for slug, harm in base.harms.items()},
    }
    if what not in parts:
        raise fail(
            f"unknown part {what!r}; choose harms, routes, gateways, flowchart, law or a harm slug"
        )
    if as_json:
        typer.echo(json.dumps(parts[what], indent=2))
        return
    if what in base.harms:
        harm = base.harms[what]
        typer.echo(f"{harm.name}: {harm.summary}\nSource: {base.cited(harm.source).title}")
        for group in harm.signs:
            typer.echo(
                f"\nSigns (source: {base.cited(group.source).title}"
                f"{'' if group.verified else ', not yet checked'}):"
            )
            typer.echo("\n".join(f"  - {indicator.text}" for indicator in group.indicators))
        return
    typer.echo(json.dumps(parts[what], indent=2))


def localities_command() -> None:
    """List the localities and the local numbers each has confirmed."""
    base = knowledge_or_exit()
    for locality in base.localities.values():
        typer.echo(f"{locality.slug}: {locality.name} - {locality.description}")
        for route, service in locality.services.items():
            phone = service.phone or "no confirmed number"
            typer.echo(f"    {route}: {service.name}, {phone}")
