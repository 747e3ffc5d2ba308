"""Concerns with their subjects, places, vehicles and phones; disclosures; the audit chain;
and sharing decisions that belong to a concern.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from safeshare.store.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=32), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_record_id"), ["record_id"], unique=False)

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The chain starts from a head of sixty-four zeros: the first event's "previous hash".
    op.bulk_insert(
        sa.table(
            "audit_head",
            sa.column("id", sa.Integer()),
            sa.column("seq", sa.Integer()),
            sa.column("last_hash", sa.String()),
        ),
        [{"id": 1, "seq": 0, "last_hash": "0" * 64}],
    )
    op.create_table(
        "concern",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.String(length=32), nullable=False),
        sa.Column("submitted_by_id", sa.String(length=32), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("observation", sa.Text(), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("age_group", sa.String(length=16), nullable=False),
        sa.Column("reporter_setting", sa.String(length=32), nullable=True),
        sa.Column("immediate_danger", sa.Boolean(), nullable=False),
        sa.Column("triage", sa.JSON(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("source_grade", sa.String(length=1), nullable=False),
        sa.Column("intelligence_grade", sa.String(length=1), nullable=False),
        sa.Column("handling_code", sa.String(length=1), nullable=False),
        sa.Column("handling_conditions", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("retain_until", sa.Date(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("follow_up_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_concern_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["submitted_by_id"],
            ["user_account.id"],
            name=op.f("fk_concern_submitted_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern")),
        sa.UniqueConstraint("follow_up_hash", name=op.f("uq_concern_follow_up_hash")),
        sa.UniqueConstraint("reference", name=op.f("uq_concern_reference")),
    )
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concern_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_fingerprint"), ["fingerprint"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_concern_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_concern_status"), ["status"], unique=False)

    op.create_table(
        "concern_phone",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("concern_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_concern_phone_concern_id_concern")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern_phone")),
    )
    with op.batch_alter_table("concern_phone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concern_phone_concern_id"), ["concern_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_concern_phone_number"), ["number"], unique=False)

    op.create_table(
        "concern_place",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("concern_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_concern_place_concern_id_concern")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern_place")),
    )
    with op.batch_alter_table("concern_place", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concern_place_concern_id"), ["concern_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_concern_place_postcode"), ["postcode"], unique=False)

    op.create_table(
        "concern_subject",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("concern_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_concern_subject_concern_id_concern")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern_subject")),
    )
    with op.batch_alter_table("concern_subject", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concern_subject_concern_id"), ["concern_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_concern_subject_name_key"), ["name_key"], unique=False)

    op.create_table(
        "concern_vehicle",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("concern_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("registration", sa.String(length=8), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_concern_vehicle_concern_id_concern")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern_vehicle")),
    )
    with op.batch_alter_table("concern_vehicle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concern_vehicle_concern_id"), ["concern_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_concern_vehicle_registration"), ["registration"], unique=False
        )

    op.create_table(
        "disclosure",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("concern_id", sa.String(length=32), nullable=False),
        sa.Column("from_organisation_id", sa.String(length=32), nullable=False),
        sa.Column("to_organisation_id", sa.String(length=32), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.String(length=32), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("basis", sa.JSON(), nullable=False),
        sa.Column("gateways", sa.JSON(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("subject_informed", sa.Boolean(), nullable=True),
        sa.Column("created_by_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("acknowledged_by_id", sa.String(length=32), nullable=True),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["acknowledged_by_id"],
            ["user_account.id"],
            name=op.f("fk_disclosure_acknowledged_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_disclosure_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_disclosure_concern_id_concern")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_disclosure_created_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision_record.id"],
            name=op.f("fk_disclosure_decision_id_decision_record"),
        ),
        sa.ForeignKeyConstraint(
            ["from_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_disclosure_from_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["to_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_disclosure_to_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure")),
    )
    with op.batch_alter_table("disclosure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disclosure_concern_id"), ["concern_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_disclosure_to_organisation_id"), ["to_organisation_id"], unique=False
        )

    with op.batch_alter_table("decision_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("concern_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("decided_by_id", sa.String(length=32), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_decision_record_concern_id"), ["concern_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_decision_record_concern_id_concern"), "concern", ["concern_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_decision_record_decided_by_id_user_account"),
            "user_account",
            ["decided_by_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("decision_record", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_decision_record_decided_by_id_user_account"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_decision_record_concern_id_concern"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_decision_record_concern_id"))
        batch_op.drop_column("decided_by_id")
        batch_op.drop_column("concern_id")

    with op.batch_alter_table("disclosure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disclosure_to_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_disclosure_concern_id"))

    op.drop_table("disclosure")
    with op.batch_alter_table("concern_vehicle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_vehicle_registration"))
        batch_op.drop_index(batch_op.f("ix_concern_vehicle_concern_id"))

    op.drop_table("concern_vehicle")
    with op.batch_alter_table("concern_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_subject_name_key"))
        batch_op.drop_index(batch_op.f("ix_concern_subject_concern_id"))

    op.drop_table("concern_subject")
    with op.batch_alter_table("concern_place", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_place_postcode"))
        batch_op.drop_index(batch_op.f("ix_concern_place_concern_id"))

    op.drop_table("concern_place")
    with op.batch_alter_table("concern_phone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_phone_number"))
        batch_op.drop_index(batch_op.f("ix_concern_phone_concern_id"))

    op.drop_table("concern_phone")
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_status"))
        batch_op.drop_index(batch_op.f("ix_concern_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_concern_fingerprint"))
        batch_op.drop_index(batch_op.f("ix_concern_created_at"))

    op.drop_table("concern")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_actor_id"))

    op.drop_table("audit_event")
