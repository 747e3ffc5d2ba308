"""The `safeshare` command: a thin layer over the domain and services."""

from __future__ import annotations

import typer

from safeshare.cli import decide, knowledge, platform, serve, triage

app = typer.Typer(
    help="safeshare: should I tell someone, and can I share?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("triage")(triage.triage_command)
app.command("evaluate")(triage.evaluate_command)
app.command("decide")(decide.decide_command)
app.command("localities")(knowledge.localities_command)
app.add_typer(knowledge.app, name="knowledge")
app.command("serve")(serve.serve_command)
app.add_typer(serve.db_app, name="db")
app.add_typer(platform.organisations_app, name="organisations")
app.add_typer(platform.users_app, name="users")
app.add_typer(platform.audit_app, name="audit")
app.command("demo-data")(platform.demo_data_command)


def main() -> None:
    app()
