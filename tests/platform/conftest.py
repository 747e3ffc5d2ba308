"""A small partnership for platform tests: a police force, a housing association and a
school, everyone in every role, and an agreement between the police and the housing
association. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from safeshare.domain.concerns import ConcernDetails, Place, Subject, Submission, Vehicle
from safeshare.domain.grading import Grading
from safeshare.domain.policy import ROLES
from safeshare.knowledge import KnowledgeBase
from safeshare.semantic.loader import load_matcher
from safeshare.services import accounts, agreements
from safeshare.services.accounts import COMMAND_LINE, Person
from safeshare.services.agreements import AgreementDraft
from safeshare.services.concerns import Intake
from safeshare.services.storage import Database, open_database

PASSWORD = "correct horse battery staple"  # noqa: S105
# The flowchart's answers that lead to a decision to share.
SHARE = {
    "legitimate_purpose": "yes",
    "identifiable": "yes",
    "confidential": "yes",
    "consent": "no",
    "other_lawful_basis": "yes",
}
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
ORGS = {
    "police": ("Testshire Police", "responsible_authority", "police"),
    "housing": ("Test Homes", "isa_partner", "housing"),
    "school": ("Test Academy", "isa_partner", "education"),
}


@dataclass
class Partnership:
    db: Database
    base: KnowledgeBase
    people: dict[tuple[str, str], Person]  # (organisation key, role) -> person
    org_ids: dict[str, str]

    @property
    def intake(self) -> Intake:
        return Intake(self.base, load_matcher(self.base), 6)

    def person(self, org: str, role: str) -> Person:
        return self.people[(org, role)]


def sample_submission(text: str | None = None, name: str = "Alex Sample") -> Submission:
    return Submission(
        text
        or "Young men come and go all night from the flat of a tenant with learning "
        "difficulties; he says his new friends have his key and he seems scared of them.",
        Grading("2", "C", "C", "Protect the neighbours who told us."),
        ConcernDetails(
            subjects=(Subject(name, date(1980, 5, 17), "Flat 3, Brook House"),),
            places=(Place("Flat 3, Brook House", "LU5 4AB"),),
            vehicles=(Vehicle("ab12 cde", "grey hatchback"),),
            phones=("07700 900123",),
        ),
        age_group="adult",
        reporter_setting="police",
    )


@pytest.fixture
def partnership(database_url: str, base: KnowledgeBase) -> Iterator[Partnership]:
    db = open_database(database_url)
    people: dict[tuple[str, str], Person] = {}
    org_ids: dict[str, str] = {}
    for key, (name, kind, sector) in ORGS.items():
        org_ids[key] = accounts.create_organisation(db, COMMAND_LINE, name, kind, sector)
        for role in ROLES:
            people[(key, role)] = accounts.create_user(
                db, COMMAND_LINE, f"{role}@{key}.test.example", f"{key} {role}", name, [role]
            )
    agreement_id = agreements.create(
        db,
        base,
        COMMAND_LINE,
        AgreementDraft(
            title="Tenancy safety",
            parties=[ORGS["police"][0], ORGS["housing"][0]],
            purposes=["Protect tenants from exploitation"],
            categories=["cuckooing", "drug_dealing"],
            parts=["summary", "observation", "subjects", "places"],
            gateways=["cda1998-s115"],
            starts_on=NOW.date() - timedelta(days=30),
            review_on=NOW.date() + timedelta(days=300),
            expires_on=NOW.date() + timedelta(days=600),
        ),
    )
    for key in ("police", "housing"):
        agreements.sign_off(db, people[(key, "liaison_officer")], agreement_id, NOW)
    yield Partnership(db, base, people, org_ids)
    db.dispose()
