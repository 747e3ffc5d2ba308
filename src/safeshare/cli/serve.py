"""`safeshare serve` and `safeshare db upgrade`."""

from __future__ import annotations

from typing import Annotated

import typer

from safeshare.cli.common import fail
from safeshare.settings import SettingsError, get_settings

db_app = typer.Typer(help="Manage the database.", no_args_is_help=True)


def serve_command(
    host: Annotated[
        str | None, typer.Option(help="Address to listen on (default 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Start the web service; the database is created or upgraded first."""
    import uvicorn  # only the serve command needs the server

    try:
        settings = get_settings()
    except SettingsError as error:
        raise fail(str(error)) from error
    bind_host, bind_port = host or settings.host, port or settings.port
    typer.echo(f"safeshare is running at http://{bind_host}:{bind_port} (press Ctrl+C to stop)")
    uvicorn.run(
        "safeshare.web.app:create_app",
        factory=True,
        host=bind_host,
        port=bind_port,
        workers=workers,
        log_level="info",
        access_log=False,
        proxy_headers=True,
    )


@db_app.command("upgrade")
def upgrade_command() -> None:
    """Create the database or bring it up to the latest schema."""
    from safeshare.services.storage import StoreError, open_database

    settings = get_settings()
    try:
        open_database(settings.database).dispose()
    except StoreError as error:
        raise fail(str(error)) from error
    typer.echo("The database is up to date.")
