"""Database tables. Personal text is stored only where a person asked for it to be kept."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Dialect, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
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
    """A recorded sharing decision: who decided, on what answers, what and why."""

    __tablename__ = "decision_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(32))
    record: Mapped[dict[str, Any]]


class Journey(Base):
    """An unfinished journey's answers, kept on the server so none of it sits in a cookie."""

    __tablename__ = "journey"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    answers: Mapped[dict[str, Any]]
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
