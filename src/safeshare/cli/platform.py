"""`safeshare organisations`, `users`, `demo-data` and `audit`: running the partnership."""

from __future__ import annotations

import getpass
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from safeshare.cli.common import fail, knowledge_or_exit
from safeshare.domain.agreements import AgreementError
from safeshare.domain.policy import ROLES
from safeshare.knowledge.partners import ORGANISATION_KINDS, SECTORS
from safeshare.settings import SettingsError, get_settings

if TYPE_CHECKING:
    from safeshare.services.storage import Database

# The store and its services load only for the commands that use them, so that
# `safeshare triage` starts without the database layer (about three seconds less).

organisations_app = typer.Typer(help="The partner organisations.", no_args_is_help=True)
users_app = typer.Typer(help="People's accounts and API tokens.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit trail.", no_args_is_help=True)


def _database() -> Database:
    from safeshare.services.storage import StoreError, open_database

    try:
        return open_database(get_settings().database)
    except (SettingsError, StoreError) as error:
        raise fail(str(error)) from error


@organisations_app.command("add")
def add_organisation(
    name: Annotated[str, typer.Argument(help="The organisation's name.")],
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(ORGANISATION_KINDS)}.")],
    sector: Annotated[str, typer.Option(help=f"One of: {', '.join(SECTORS)}.")],
) -> None:
    """Add a partner organisation."""
    from safeshare.services import accounts

    try:
        accounts.create_organisation(_database(), accounts.COMMAND_LINE, name, kind, sector)
    except accounts.AccountError as error:
        raise fail(str(error)) from error
    typer.echo(f"Added {name}.")


@organisations_app.command("list")
def list_organisations() -> None:
    """List the partner organisations."""
    from safeshare.services import accounts

    for org in accounts.organisations(_database()):
        typer.echo(f"{org.name}  ({ORGANISATION_KINDS[org.kind]}; {SECTORS[org.sector]})")


@users_app.command("add")
def add_user(
    email: Annotated[str, typer.Argument(help="Their email address: how they sign in.")],
    name: Annotated[str, typer.Option(help="Their full name.")],
    organisation: Annotated[str, typer.Option(help="Their organisation's name.")],
    role: Annotated[list[str], typer.Option(help=f"One or more of: {', '.join(ROLES)}.")],
    set_password: Annotated[
        bool, typer.Option("--password/--no-password", help="Ask for a password now.")
    ] = True,
) -> None:
    """Add a person; they sign in with their email and the password set here."""
    from safeshare.services import accounts

    password = _new_password() if set_password else None
    try:
        accounts.create_user(
            _database(), accounts.COMMAND_LINE, email, name, organisation, role, password
        )
    except accounts.AccountError as error:
        raise fail(str(error)) from error
    typer.echo(f"Added {email}.")


def _new_password() -> str:
    first = getpass.getpass("Password (at least 12 characters): ")
    if getpass.getpass("Again: ") != first:
        raise fail("the passwords do not match")
    return first


@users_app.command("password")
def password(email: Annotated[str, typer.Argument(help="The account's email address.")]) -> None:
    """Set a new password (and clear a lock-out)."""
    from safeshare.services import accounts

    try:
        accounts.set_password(_database(), accounts.COMMAND_LINE, email, _new_password())
    except accounts.AccountError as error:
        raise fail(str(error)) from error
    typer.echo("Password set.")


@users_app.command("token")
def token(email: Annotated[str, typer.Argument(help="The account the token acts as.")]) -> None:
    """Print a new API bearer token for a partner system. It is shown once: only its hash is kept."""
    from safeshare.services import accounts

    try:
        value = accounts.issue_token(_database(), accounts.COMMAND_LINE, email)
    except accounts.AccountError as error:
        raise fail(str(error)) from error
    typer.echo(value)


@users_app.command("revoke-tokens")
def revoke(
    email: Annotated[str, typer.Argument(help="The account whose tokens stop working.")],
) -> None:
    """Stop every API token of an account from working."""
    from safeshare.services import accounts

    try:
        count = accounts.revoke_tokens(_database(), accounts.COMMAND_LINE, email)
    except accounts.AccountError as error:
        raise fail(str(error)) from error
    typer.echo(f"Revoked {count} token(s).")


@users_app.command("list")
def list_users() -> None:
    """List the accounts, with their organisation and roles."""
    from safeshare.services import accounts

    for person in accounts.people(_database()):
        typer.echo(f"{person.email}  {person.organisation}  {', '.join(person.roles)}")


def demo_data_command(
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Do nothing if organisations already exist.")
    ] = False,
) -> None:
    """Load an example partnership: partners, agreements, a person in every role, concerns."""
    from safeshare.services import accounts

    settings = get_settings()
    if settings.environment == "production":
        raise fail("demo data is never loaded in production")
    db = _database()
    if if_empty and accounts.organisations(db):
        typer.echo("The partnership is already set up: demo data not loaded.")
        return
    from safeshare.semantic.loader import load_matcher
    from safeshare.services import demo
    from safeshare.services.concerns import Intake

    try:
        base = knowledge_or_exit()
        matcher = load_matcher(base) if settings.semantic else None
        people = demo.load(db, Intake(base, matcher, settings.retention_years))
    except (accounts.AccountError, AgreementError) as error:
        raise fail(str(error)) from error
    typer.echo(f"Loaded the example partnership. Every password is: {demo.DEMO_PASSWORD}")
    for person in people:
        typer.echo(f"  {person.email:42} {person.role:16} {person.organisation}")


@audit_app.command("verify")
def verify() -> None:
    """Check every audit event in order; exit 1 naming the first one altered, removed or moved."""
    from safeshare.services import audit_trail

    db = _database()
    verdict = audit_trail.check_chain(db)
    if not verdict.ok:
        typer.echo(f"The audit trail has been tampered with: {verdict.problem}.", err=True)
        typer.echo(f"First bad event: {verdict.first_bad}", err=True)
        raise typer.Exit(1)
    _, last = audit_trail.head(db)
    typer.echo(f"The audit trail is intact: {verdict.checked} events, last hash {last}.")


@audit_app.command("subject")
def subject_access(
    name: Annotated[str, typer.Argument(help="The subject's name.")],
    officer: Annotated[str, typer.Option(help="The liaison officer's email making the request.")],
    born: Annotated[str | None, typer.Option(help="Date of birth, YYYY-MM-DD.")] = None,
    out: Annotated[Path | None, typer.Option(help="Write the export here (JSON).")] = None,
) -> None:
    """Export one subject's records for a subject access request, as a liaison officer."""
    from safeshare.services import accounts, subject_records
    from safeshare.services.access import NotAllowedError

    db = _database()
    try:
        dob = date.fromisoformat(born) if born else None
    except ValueError as error:
        raise fail(f"{born!r} is not a date: use YYYY-MM-DD") from error
    try:
        person = accounts.person_by_email(db, officer)
    except accounts.AccountError as error:
        raise fail(str(error)) from error
    try:
        export = subject_records.subject_records(db, person, name, dob, "command line")
    except NotAllowedError as error:
        raise fail(str(error)) from error
    text = json.dumps(export, indent=2)
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"Wrote {len(export['concerns'])} concern(s) to {out}.")
    else:
        typer.echo(text)
