"""An example partnership to try the platform with: six partners, three agreements (one in
force, one awaiting a sign-off, one expired), a person in every role in every partner, and
a few concerns. The organisations other than the council and police are made up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from safeshare.domain.concerns import ConcernDetails, Place, Subject, Submission, Vehicle
from safeshare.domain.grading import Grading
from safeshare.domain.policy import ROLES
from safeshare.knowledge import KnowledgeBase
from safeshare.services import accounts, agreements, concerns, disclosures
from safeshare.services.accounts import COMMAND_LINE, Person
from safeshare.services.agreements import AgreementDraft
from safeshare.store.db import Database

# Printed for trying the service out; refused in production (see cli demo-data).
DEMO_PASSWORD = "demo-password-not-for-real-use"  # noqa: S105
PARTNERS = [
    # name, short name for emails, kind, sector
    ("Central Bedfordshire Council", "council", "responsible_authority", "council"),
    ("Bedfordshire Police", "police", "responsible_authority", "police"),
    ("Oakfield Academy", "school", "isa_partner", "education"),
    ("Ivel Valley NHS Trust", "nhs", "relevant_authority", "health"),
    ("Greensand Housing Association", "housing", "isa_partner", "housing"),
    ("Meadowview Care", "care", "isa_partner", "care_provider"),
]
ROLE_EMAIL = {
    "practitioner": "practitioner",
    "liaison_officer": "liaison",
    "analyst": "analyst",
    "admin": "admin",
}


@dataclass(frozen=True)
class DemoPerson:
    email: str
    organisation: str
    role: str


def email(short: str, role: str) -> str:
    return f"{ROLE_EMAIL[role]}@{short}.demo.example"


def load(db: Database, intake: concerns.Intake, today: date | None = None) -> list[DemoPerson]:
    """Load the example partnership into an empty database; returns the people made."""
    if accounts.organisations(db):
        raise accounts.AccountError("the database already has organisations: demo data not loaded")
    today = today or date.today()
    people: list[DemoPerson] = []
    for name, short, kind, sector in PARTNERS:
        accounts.create_organisation(db, COMMAND_LINE, name, kind, sector)
        for role in ROLES:
            address = email(short, role)
            role_name = role.replace("_", " ")
            accounts.create_user(
                db, COMMAND_LINE, address, f"{name} {role_name}", name, [role], DEMO_PASSWORD
            )
            people.append(DemoPerson(address, name, role))
    _agreements(db, intake.base, today)
    _concerns(db, intake)
    return people


def _agreements(db: Database, base: KnowledgeBase, today: date) -> None:
    council, police, school, nhs, housing, care = (p[0] for p in PARTNERS)
    plans = [
        (
            AgreementDraft(
                title="Community safety information sharing agreement",
                parties=[council, police, housing],
                purposes=[
                    "Reduce crime, disorder and anti-social behaviour (Crime and Disorder Act 1998)",
                    "Protect tenants at risk of exploitation",
                ],
                categories=[
                    "anti_social_behaviour",
                    "drug_dealing",
                    "cuckooing",
                    "hate_crime",
                    "burglary_risk",
                    "domestic_abuse",
                    "child_criminal_exploitation",
                    "modern_slavery",
                ],
                parts=[
                    "summary",
                    "observation",
                    "subjects",
                    "places",
                    "vehicles",
                    "phones",
                    "grading",
                ],
                gateways=["cda1998-s115"],
                starts_on=today - timedelta(days=300),
                review_on=today + timedelta(days=20),
                expires_on=today + timedelta(days=700),
            ),
            [council, police, housing],
        ),
        (
            AgreementDraft(
                title="Safeguarding children information sharing agreement",
                parties=[council, police, school, nhs],
                purposes=["Safeguard and promote the welfare of children (Children Act 2004, s11)"],
                categories=[
                    "neglect",
                    "physical_abuse",
                    "sexual_abuse",
                    "emotional_abuse",
                    "child_sexual_exploitation",
                    "child_criminal_exploitation",
                    "fgm",
                    "forced_marriage",
                    "online_abuse",
                ],
                parts=[
                    "summary",
                    "observation",
                    "subjects",
                    "places",
                    "vehicles",
                    "phones",
                    "grading",
                    "source",
                ],
                gateways=["children-act-2004-s11", "children-act-1989-s47"],
                starts_on=today - timedelta(days=100),
                review_on=today + timedelta(days=265),
                expires_on=today + timedelta(days=1000),
            ),
            [council, police, nhs],  # the school has not signed it off yet
        ),
        (
            AgreementDraft(
                title="Adult safeguarding information sharing agreement",
                parties=[council, nhs, care, housing],
                purposes=["Protect adults with care and support needs (Care Act 2014, s42)"],
                categories=["financial_abuse", "neglect", "physical_abuse", "self_neglect"],
                parts=["summary", "observation", "subjects", "places"],
                gateways=["care-act-2014-s42"],
                starts_on=today - timedelta(days=1100),
                review_on=today - timedelta(days=400),
                expires_on=today - timedelta(days=25),
            ),
            [council, nhs, care, housing],
        ),
    ]
    for draft, signers in plans:
        agreement_id = agreements.create(db, base, COMMAND_LINE, draft)
        for name in signers:
            short = next(p[1] for p in PARTNERS if p[0] == name)
            officer = accounts.sign_in(
                db, email(short, "liaison_officer"), DEMO_PASSWORD, None, datetime.now(UTC)
            )
            agreements.sign_off(db, officer, agreement_id, datetime.now(UTC))


def _concerns(db: Database, intake: concerns.Intake) -> None:
    base = intake.base
    now = datetime.now(UTC)

    def someone(short: str, role: str) -> Person:
        return accounts.sign_in(db, email(short, role), DEMO_PASSWORD, None, now)

    school = someone("school", "practitioner")
    concerns.submit(
        db,
        intake,
        school,
        Submission(
            "Jamie in Year 3 has come to school hungry every day this week, in the same dirty "
            "uniform, and said there was no food at home at the weekend.",
            Grading("1", "A", "P"),
            ConcernDetails(
                subjects=(Subject("Jamie Example", date(2018, 4, 2), "12 Mill Lane, Exampleton"),)
            ),
            age=8,
            age_group="child",
            reporter_setting="school",
        ),
        now - timedelta(days=2),
    )
    police = someone("police", "practitioner")
    cuckooed = concerns.submit(
        db,
        intake,
        police,
        Submission(
            "Neighbours report young men coming and going at all hours from the flat of a "
            "vulnerable tenant who has learning difficulties; he says his new friends have his key.",
            Grading("2", "C", "C", "Do not disclose the neighbours' identities."),
            ConcernDetails(
                subjects=(
                    Subject("Alex Sample", date(1979, 9, 14), "Flat 3, Brook House, Exampleton"),
                ),
                places=(Place("Flat 3, Brook House", "LU5 4AB"),),
                vehicles=(Vehicle("AB12 CDE", "grey hatchback"),),
                phones=("07700 900123",),
            ),
            age_group="adult",
            reporter_setting="police",
        ),
        now - timedelta(days=1),
    )
    officer = someone("police", "liaison_officer")
    answers = {
        "legitimate_purpose": "yes",
        "identifiable": "yes",
        "confidential": "yes",
        "consent": "no",
        "other_lawful_basis": "yes",
    }
    decision = disclosures.record_sharing_decision(db, base, officer, cuckooed.id, answers, now)
    disclosures.disclose(
        db,
        base,
        officer,
        cuckooed.id,
        "Greensand Housing Association",
        "The tenant's home may have been taken over; the landlord can visit and support him.",
        now,
        decision_id=decision["id"],
    )
    care = someone("care", "practitioner")
    concerns.submit(
        db,
        intake,
        care,
        Submission(
            "A resident's son collects her pension every week and she now cannot pay for her "
            "hairdresser or toiletries; she seems frightened when he visits.",
            Grading("1", "B", "C", "Share only with adult safeguarding and the police."),
            ConcernDetails(subjects=(Subject("Pat Placeholder", date(1938, 1, 20)),)),
            age=88,
            age_group="adult",
            reporter_setting="care_home",
        ),
        now,
    )


def load_if_empty(db: Database, intake: concerns.Intake) -> bool:
    """Load the example partnership unless the database already has organisations."""
    if accounts.organisations(db):
        return False
    load(db, intake)
    return True
