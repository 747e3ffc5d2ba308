"""Routing rules that depend on the situation rather than on the most likely sign alone."""

from __future__ import annotations

from safeshare.domain.observation import Observation, infer
from safeshare.domain.results import Sign, TriageResult
from safeshare.domain.routing import plan_routes
from safeshare.domain.triage import triage
from safeshare.knowledge import KnowledgeBase


def routes(result: TriageResult) -> list[str]:
    return [route.route for route in result.routes]


def test_a_child_missing_now_goes_to_the_police_first_even_when_exploitation_leads(
    base: KnowledgeBase,
) -> None:
    text = (
        "My friend's 15 year old son hasn't come home for two nights and his friends say he "
        "was groomed by older men who give him cash and drugs to sell."
    )
    result = triage(Observation(text, age=15, reporter_setting="other"), base)
    assert "missing_person" in [sign.category for sign in result.signs]
    assert routes(result)[0] == "police_101"
    assert result.routes[0].rule == "missing-now-police"


def test_a_child_who_keeps_going_missing_is_not_treated_as_missing_now(
    base: KnowledgeBase,
) -> None:
    text = "A 14 year old keeps going missing overnight and comes back with new clothes."
    result = triage(Observation(text, age=14, reporter_setting="social_care"), base)
    assert all(route.rule != "missing-now-police" for route in result.routes)


def test_a_missing_person_with_dementia_puts_999_first_without_danger_words(
    base: KnowledgeBase,
) -> None:
    text = "A resident with dementia has walked out of the care home and cannot be found."
    result = triage(Observation(text, reporter_setting="care_home"), base)
    assert routes(result)[:2] == ["emergency_999", "line_manager"]
    assert result.urgency == "emergency"


def test_school_staff_still_tell_their_lead_before_the_police(base: KnowledgeBase) -> None:
    text = "A pupil did not come home last night and nobody knows where she is."
    result = triage(Observation(text, age=13, reporter_setting="school"), base)
    assert routes(result)[:2] == ["designated_safeguarding_lead", "police_101"]


def test_a_crime_against_a_faith_building_goes_to_the_police_not_the_lead(
    base: KnowledgeBase,
) -> None:
    text = "Somebody has sprayed anti-Muslim slogans on the mosque wall and smashed the windows."
    result = triage(Observation(text, reporter_setting="faith"), base)
    assert "hate_crime" in [sign.category for sign in result.signs]
    assert routes(result)[0] == "police_101"


def test_harm_to_a_child_told_to_a_faith_volunteer_goes_to_their_lead(
    base: KnowledgeBase,
) -> None:
    text = "At Sunday school a boy had welts on his legs and said his dad beats him with a cable."
    result = triage(Observation(text, reporter_setting="faith"), base)
    assert routes(result)[0] == "designated_safeguarding_lead"


def test_a_bogus_caller_is_reported_to_the_police_first(base: KnowledgeBase) -> None:
    text = (
        "A man claiming to be from the water board tried to get into my elderly neighbour's "
        "house and was looking through the windows of the houses on our street."
    )
    result = triage(Observation(text, reporter_setting="neighbour_public"), base)
    assert "burglary_risk" in [sign.category for sign in result.signs]
    assert routes(result)[0] == "police_101"


def test_a_faint_further_sign_is_shown_but_does_not_decide_who_to_contact_first(
    base: KnowledgeBase,
) -> None:
    """FGM named for an adult puts the police first (rule fgm-adult-police); a further sign
    too faint to decide the routes leaves the first sign's own routes first."""
    text = "A 40 year old woman told the practice nurse she has been cutting her thighs again."
    inferred = infer(Observation(text, age=40, reporter_setting="health"), base.inference)
    locality = base.locality(None)
    strong = Sign("self_harm", "Self-harm", 0.82, [])
    alone = plan_routes(base, inferred, [strong], [], locality)
    faint = Sign("fgm", "FGM", base.settings.sign_threshold - 0.01, [])
    with_faint = plan_routes(base, inferred, [strong, faint], [], locality)
    assert [r.route for r in with_faint][: len(alone)] == [r.route for r in alone]
    deciding = Sign("fgm", "FGM", 0.82 * base.settings.secondary_ratio + 0.01, [])
    with_deciding = plan_routes(base, inferred, [strong, deciding], [], locality)
    assert with_deciding[0].rule == "fgm-adult-police"
    assert all(route.rule != "fgm-adult-police" for route in with_faint)


def test_a_threat_to_kill_from_an_ex_sends_the_first_call_to_the_police(
    base: KnowledgeBase,
) -> None:
    text = (
        "Her ex keeps turning up at night and sent her a message saying 'if I can't have you, "
        "no one can'."
    )
    result = triage(Observation(text, age_group="adult", reporter_setting="housing"), base)
    assert result.signs[0].category == "domestic_abuse"
    assert routes(result)[0] == "police_101"
    assert result.routes[0].rule == "domestic-abuse-high-risk"


def test_high_risk_domestic_abuse_puts_the_police_before_adult_safeguarding(
    base: KnowledgeBase,
) -> None:
    """A social care reporter implies care and support needs; a threat to kill still sends
    the first call to the police, with the council's enquiry next."""
    text = "A woman in our refuge says her ex has threatened to kill her if she doesn't go back."
    observation = Observation(
        text, age_group="adult", reporter_setting="social_care", immediate_danger=False
    )
    result = triage(observation, base)
    assert result.signs[0].category == "domestic_abuse"
    assert routes(result)[:2] == ["police_101", "adult_safeguarding"]
    assert result.routes[0].rule == "domestic-abuse-high-risk"


def test_domestic_abuse_without_high_risk_signs_starts_with_a_private_conversation(
    base: KnowledgeBase,
) -> None:
    text = "Her husband controls all the money and she has to ask permission to go out."
    result = triage(Observation(text, age_group="adult", reporter_setting="housing"), base)
    assert result.signs[0].category == "domestic_abuse"
    assert routes(result)[0] == "talk_to_person"
