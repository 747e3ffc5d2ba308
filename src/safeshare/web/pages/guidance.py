"""Guidance pages built from the knowledge base, every statement with its source."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from safeshare.web.pages.common import knowledge
from safeshare.web.templating import render

router = APIRouter(prefix="/guidance", include_in_schema=False)

# slug: (title, summary, law sections shown, whether the legal gateways are listed)
SECTIONS: dict[str, tuple[str, str, list[str], bool]] = {
    "why-share": (
        "Why share information",
        "What sharing information helps a partnership do.",
        ["purposes", "principles"],
        False,
    ),
    "the-law": (
        "The law on sharing information",
        "Data protection law today, and the laws that allow or require sharing.",
        ["data_protection"],
        True,
    ),
    "who-must-share": (
        "Who must share, and who shares by agreement",
        "The responsible authorities with a duty to share, and partners who share through agreements.",
        ["responsible_authorities", "isa_partners"],
        False,
    ),
    "sharing-without-consent": (
        "Sharing without consent",
        "When you should not ask for consent, and what the 2024 advice says.",
        ["without_consent", "golden_rules_2024"],
        False,
    ),
    "confidentiality": (
        "Confidential information",
        "The common law duty of confidentiality and the public interest.",
        ["common_law_factors", "public_interest"],
        False,
    ),
    "principles": (
        "The golden rules",
        "The seven golden rules of information sharing, 2018 and 2024.",
        ["golden_rules_2018", "golden_rules_2024", "principles"],
        False,
    ),
}


@router.get("", name="guidance")
def index(request: Request) -> HTMLResponse:
    return render(request, "guidance/index.html", {"sections": SECTIONS, "section": "guidance"})


@router.get("/signs", name="guidance_signs")
def signs(request: Request) -> HTMLResponse:
    harms = sorted(knowledge(request).harms.values(), key=lambda harm: harm.name)
    return render(request, "guidance/signs.html", {"harms": harms, "section": "guidance"})


@router.get("/signs/{slug}", name="guidance_sign")
def sign(request: Request, slug: str) -> HTMLResponse:
    base = knowledge(request)
    harm = base.harms.get(slug)
    if harm is None:
        raise HTTPException(404)
    groups = [(base.cited(group.source), group) for group in harm.signs]
    return render(
        request,
        "guidance/sign.html",
        {"harm": harm, "groups": groups, "section": "guidance", "source": base.cited(harm.source)},
    )


@router.get("/contacts", name="guidance_contacts")
def contacts(request: Request) -> HTMLResponse:
    base = knowledge(request)
    return render(
        request,
        "guidance/contacts.html",
        {"routes": base.routes, "sources": base.sources, "section": "guidance"},
    )


@router.get("/{slug}", name="guidance_section")
def section(request: Request, slug: str) -> HTMLResponse:
    if slug not in SECTIONS:
        raise HTTPException(404)
    base = knowledge(request)
    title, summary, keys, with_gateways = SECTIONS[slug]
    parts = [base.law.sections[key] for key in keys]
    gateways = base.gateways if with_gateways else []
    return render(
        request,
        "guidance/section.html",
        {
            "title": title,
            "summary": summary,
            "parts": parts,
            "gateways": gateways,
            "sources": base.sources,
            "section": "guidance",
        },
    )
