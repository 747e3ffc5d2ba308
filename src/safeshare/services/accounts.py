"""Organisations, people and how they prove who they are: local passwords (argon2) with
lock-out after repeated failures, and bearer tokens for partner systems, kept as hashes."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeshare.domain.policy import ROLES
from safeshare.knowledge.partners import ORGANISATION_KINDS, SECTORS
from safeshare.services.work import work
from safeshare.store.audit import Actor, record
from safeshare.store.db import Database
from safeshare.store.models import ApiToken, Organisation, UserAccount, new_id

MAX_FAILURES = 5
LOCK_OUT = timedelta(minutes=15)
MIN_PASSWORD = 12
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()
# Checked against when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
COMMAND_LINE = Actor("command line")


class AccountError(ValueError):
    """An account or organisation that cannot be created or changed as asked."""


class SignInError(Exception):
    """Sign-in refused; the message never says whether the email exists."""


@dataclass(frozen=True)
class Person:
    """A signed-in person: who they are, where they work, what they may do."""

    id: str
    email: str
    name: str
    organisation_id: str
    organisation: str
    kind: str
    sector: str
    roles: tuple[str, ...]

    def actor(self, address: str | None = None, via: str = "") -> Actor:
        label = f"{self.name} <{self.email}>{via}"
        return Actor(label, self.id, self.organisation_id, address)


@dataclass(frozen=True)
class OrganisationView:
    id: str
    name: str
    kind: str
    sector: str


def _person(user: UserAccount) -> Person:
    org = user.organisation
    return Person(
        user.id, user.email, user.name, org.id, org.name, org.kind, org.sector, tuple(user.roles)
    )


def _normal_email(email: str) -> str:
    value = email.strip().lower()
    if not _EMAIL.match(value) or len(value) > 254:
        raise AccountError(f"{email!r} is not an email address")
    return value


def create_organisation(db: Database, actor: Actor, name: str, kind: str, sector: str) -> str:
    if not name.strip() or len(name) > 200:
        raise AccountError("an organisation needs a name of up to 200 characters")
    if kind not in ORGANISATION_KINDS:
        raise AccountError(f"kind must be one of {', '.join(ORGANISATION_KINDS)}")
    if sector not in SECTORS:
        raise AccountError(f"sector must be one of {', '.join(SECTORS)}")
    org = Organisation(id=new_id(), name=name.strip(), kind=kind, sector=sector)
    try:
        with work(db, actor, "organisation.create") as session:
            session.add(org)
            session.flush()
    except IntegrityError as error:
        raise AccountError(f"there is already an organisation called {name!r}") from error
    return org.id


def organisations(db: Database) -> list[OrganisationView]:
    with db.transaction() as session:
        rows = session.scalars(select(Organisation).order_by(Organisation.name)).all()
        return [OrganisationView(o.id, o.name, o.kind, o.sector) for o in rows]


def find_organisation(session: Session, name_or_id: str) -> Organisation:
    found = session.get(Organisation, name_or_id) or session.scalar(
        select(Organisation).where(func.lower(Organisation.name) == name_or_id.strip().lower())
    )
    if found is None:
        raise AccountError(f"no organisation called {name_or_id!r}")
    return found


def create_user(
    db: Database,
    actor: Actor,
    email: str,
    name: str,
    organisation: str,
    roles: list[str],
    password: str | None = None,
) -> Person:
    address = _normal_email(email)
    unknown = [role for role in roles if role not in ROLES]
    if not roles or unknown:
        raise AccountError(f"roles must be some of {', '.join(ROLES)}")
    if not name.strip() or len(name) > 200:
        raise AccountError("a person needs a name of up to 200 characters")
    secret = _password_hash(password) if password is not None else None
    try:
        with work(db, actor, "account.create") as session:
            org = find_organisation(session, organisation)
            user = UserAccount(
                id=new_id(),
                email=address,
                name=name.strip(),
                organisation_id=org.id,
                roles=sorted(set(roles)),
                password_hash=secret,
                failed_sign_ins=0,
                active=True,
            )
            session.add(user)
            session.flush()
            session.refresh(user)
            return _person(user)
    except IntegrityError as error:
        raise AccountError(f"there is already an account for {address}") from error


def _password_hash(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def set_password(db: Database, actor: Actor, email: str, password: str) -> None:
    secret = _password_hash(password)
    with work(db, actor, "account.password") as session:
        user = _user(session, email)
        user.password_hash, user.failed_sign_ins, user.locked_until = secret, 0, None


def _user(session: Session, email: str) -> UserAccount:
    user = session.scalar(select(UserAccount).where(UserAccount.email == _normal_email(email)))
    if user is None:
        raise AccountError(f"no account for {email}")
    return user


def sign_in(db: Database, email: str, password: str, address: str | None, now: datetime) -> Person:
    """The person, or SignInError. Five wrong passwords in a row lock the account for 15
    minutes; every attempt on a known account is in the audit trail."""
    refused = SignInError("Enter a correct email address and password")
    try:
        normal = _normal_email(email)
    except AccountError as error:
        raise refused from error
    attempt = Actor(f"sign-in attempt as {normal}", None, None, address)
    with work(db, attempt, "account.sign_in") as session:
        user = session.scalar(select(UserAccount).where(UserAccount.email == normal))
        if user is None or not user.active or user.password_hash is None:
            _verify(_DUMMY_HASH, password)
            raise refused
        if user.locked_until and user.locked_until > now:
            record(session, "account.locked_out", "account", user.id)
            raise SignInError("This account is locked after too many attempts: try again later")
        if not _verify(user.password_hash, password):
            session.info["action"] = "account.sign_in_failed"
            user.failed_sign_ins += 1
            if user.failed_sign_ins >= MAX_FAILURES:
                user.locked_until, user.failed_sign_ins = now + LOCK_OUT, 0
            session.flush()
            session.commit()  # the count must survive the refusal below
            raise refused
        if user.failed_sign_ins or user.locked_until:
            user.failed_sign_ins, user.locked_until = 0, None
        else:
            record(session, "account.sign_in", "account", user.id)
        return _person(user)


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def person(db: Database, user_id: str) -> Person | None:
    with db.transaction() as session:
        user = session.get(UserAccount, user_id)
        return _person(user) if user is not None and user.active else None


def issue_token(db: Database, actor: Actor, email: str) -> str:
    """A new bearer token for the account: shown once, kept only as its SHA-256."""
    token = "ss_" + secrets.token_urlsafe(32)
    with work(db, actor, "account.token") as session:
        user = _user(session, email)
        session.add(ApiToken(id=new_id(), user_id=user.id, token_hash=_token_hash(token)))
    return token


def person_for_token(db: Database, token: str) -> Person | None:
    with db.transaction() as session:
        row = session.scalar(
            select(ApiToken).where(
                ApiToken.token_hash == _token_hash(token), ApiToken.revoked_at.is_(None)
            )
        )
        user = session.get(UserAccount, row.user_id) if row else None
        return _person(user) if user is not None and user.active else None


def revoke_tokens(db: Database, actor: Actor, email: str, now: datetime | None = None) -> int:
    with work(db, actor, "account.revoke_tokens") as session:
        user = _user(session, email)
        rows = session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        ).all()
        for row in rows:
            row.revoked_at = now or datetime.now(UTC)
        return len(rows)


def _token_hash(token: str) -> str:
    # Tokens are 256 random bits, so a fast hash is enough: nothing to guess from it.
    return hashlib.sha256(token.encode()).hexdigest()


def person_by_email(db: Database, email: str) -> Person:
    with db.transaction() as session:
        return _person(_user(session, email))


def people(db: Database) -> list[Person]:
    with db.transaction() as session:
        rows = session.scalars(select(UserAccount).order_by(UserAccount.email)).all()
        return [_person(user) for user in rows]
