"""Database tables. Personal text is stored only where a person asked for it to be kept."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC on every database, returned as aware UTC, so SQLite and
    PostgreSQL compare times the same way."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("times must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class TriageSubmission(Base):
    """An observation submitted through "Should I tell someone?" and the answer given."""

    __tablename__ = "triage_submission"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text)
    age: Mapped[int | None]
    age_group: Mapped[str] = mapped_column(String(16))
    reporter_setting: Mapped[str | None] = mapped_column(String(32))
    immediate_danger: Mapped[bool | None]
    locality: Mapped[str] = mapped_column(String(64))
    concern: Mapped[bool]
    urgency: Mapped[str] = mapped_column(String(16))
    top_category: Mapped[str | None] = mapped_column(String(64))
    result: Mapped[dict[str, Any]]


class DecisionRecord(Base):
    """A recorded sharing decision: who decided, on what answers, what and why. On the
    platform it belongs to a concern and to the signed-in person who made it."""

    __tablename__ = "decision_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(32))
    record: Mapped[dict[str, Any]]
    concern_id: Mapped[str | None] = mapped_column(ForeignKey("concern.id"), index=True)
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))

    def audit_key(self) -> tuple[str, str] | None:
        return ("concern", self.concern_id) if self.concern_id else None


class Journey(Base):
    """An unfinished journey's answers, kept on the server so none of it sits in a cookie."""

    __tablename__ = "journey"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    answers: Mapped[dict[str, Any]]
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


def new_id() -> str:
    return secrets.token_hex(16)


def _now() -> datetime:
    return datetime.now(UTC)


class Organisation(Base):
    """A partner in the Community Safety Partnership."""

    __tablename__ = "organisation"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    sector: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)

    def audit_key(self) -> tuple[str, str]:
        return ("organisation", self.id)


class UserAccount(Base):
    """A person who signs in; roles say what they may do, their organisation what they see."""

    __tablename__ = "user_account"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    roles: Mapped[list[Any]]
    password_hash: Mapped[str | None] = mapped_column(String(200))
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)

    organisation: Mapped[Organisation] = relationship(lazy="joined")

    def audit_key(self) -> tuple[str, str]:
        return ("account", self.id)


class ApiToken(Base):
    """A bearer token for a partner system; only its hash is kept."""

    __tablename__ = "api_token"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    def audit_key(self) -> tuple[str, str]:
        return ("account", self.user_id)


class Agreement(Base):
    """An information sharing agreement between two or more partners."""

    __tablename__ = "agreement"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    purposes: Mapped[list[Any]]
    categories: Mapped[list[Any]]
    parts: Mapped[list[Any]]
    gateways: Mapped[list[Any]]
    starts_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)

    parties: Mapped[list[AgreementParty]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AgreementParty.organisation_id"
    )

    def audit_key(self) -> tuple[str, str]:
        return ("agreement", self.id)


class AgreementParty(Base):
    __tablename__ = "agreement_party"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    signed_off_by_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    def audit_key(self) -> tuple[str, str]:
        return ("agreement", self.agreement_id)


class Concern(Base):
    """A concern or piece of intelligence, with what triage made of it and how it is graded."""

    __tablename__ = "concern"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    submitted_by_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    channel: Mapped[str] = mapped_column(String(16))
    observation: Mapped[str] = mapped_column(Text)
    age: Mapped[int | None]
    age_group: Mapped[str] = mapped_column(String(16))
    reporter_setting: Mapped[str | None] = mapped_column(String(32))
    immediate_danger: Mapped[bool]
    triage: Mapped[dict[str, Any]]
    categories: Mapped[list[Any]]
    urgency: Mapped[str] = mapped_column(String(16))
    source_grade: Mapped[str] = mapped_column(String(1))
    intelligence_grade: Mapped[str] = mapped_column(String(1))
    handling_code: Mapped[str] = mapped_column(String(1))
    handling_conditions: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    retain_until: Mapped[date] = mapped_column(Date)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    follow_up_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)

    subjects: Mapped[list[ConcernSubject]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ConcernSubject.position"
    )
    places: Mapped[list[ConcernPlace]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ConcernPlace.position"
    )
    vehicles: Mapped[list[ConcernVehicle]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ConcernVehicle.position"
    )
    phones: Mapped[list[ConcernPhone]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ConcernPhone.position"
    )

    def audit_key(self) -> tuple[str, str]:
        return ("concern", self.id)


class _ConcernPart:
    """A row that belongs to one concern: its changes are the concern's changes."""

    concern_id: str

    def audit_key(self) -> tuple[str, str]:
        return ("concern", self.concern_id)


class ConcernSubject(_ConcernPart, Base):
    __tablename__ = "concern_subject"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concern.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)


class ConcernPlace(_ConcernPart, Base):
    __tablename__ = "concern_place"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concern.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(10), index=True)


class ConcernVehicle(_ConcernPart, Base):
    __tablename__ = "concern_vehicle"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concern.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    registration: Mapped[str] = mapped_column(String(8), index=True)
    description: Mapped[str | None] = mapped_column(String(200))


class ConcernPhone(_ConcernPart, Base):
    __tablename__ = "concern_phone"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concern.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), index=True)


class Disclosure(Base):
    """A concern shared with a partner: on what basis, what travelled, and its receipt."""

    __tablename__ = "disclosure"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concern.id"), index=True)
    from_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    to_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision_record.id"))
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"))
    purpose: Mapped[str] = mapped_column(Text)
    basis: Mapped[list[Any]]
    gateways: Mapped[list[Any]]
    parts: Mapped[list[Any]]
    justification: Mapped[str | None] = mapped_column(Text)
    subject_informed: Mapped[bool | None]
    created_by_id: Mapped[str] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    acknowledged_by_id: Mapped[str | None] = mapped_column(ForeignKey("user_account.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    def audit_key(self) -> tuple[str, str]:
        return ("concern", self.concern_id)


class AuditEvent(Base):
    """One link of the audit chain: who did what to which record, when and from where."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[str | None] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(32), index=True)
    address: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]]
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's last link, one row, locked while an event is appended so that two
    requests never both append after the same event."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
