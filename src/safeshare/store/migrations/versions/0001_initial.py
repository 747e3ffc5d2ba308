"""Triage submissions, decision records and unfinished journeys.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from safeshare.store.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "triage_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("age_group", sa.String(16), nullable=False),
        sa.Column("reporter_setting", sa.String(32), nullable=True),
        sa.Column("immediate_danger", sa.Boolean(), nullable=True),
        sa.Column("locality", sa.String(64), nullable=False),
        sa.Column("concern", sa.Boolean(), nullable=False),
        sa.Column("urgency", sa.String(16), nullable=False),
        sa.Column("top_category", sa.String(64), nullable=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage_submission")),
        sa.UniqueConstraint("reference", name=op.f("uq_triage_submission_reference")),
    )
    op.create_table(
        "decision_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_record")),
        sa.UniqueConstraint("reference", name=op.f("uq_decision_record_reference")),
    )
    op.create_table(
        "journey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey")),
        sa.UniqueConstraint("token", name=op.f("uq_journey_token")),
    )
    op.create_index(op.f("ix_journey_expires_at"), "journey", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_journey_expires_at"), table_name="journey")
    op.drop_table("journey")
    op.drop_table("decision_record")
    op.drop_table("triage_submission")
