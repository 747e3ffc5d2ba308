from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from safeshare.domain.naming import more_specific_first
from safeshare.domain.observation import Inferred, Observation, ObservationError, infer
from safeshare.domain.results import Sign, in_sentence
from safeshare.domain.triage import _explain, triage
from safeshare.knowledge import KnowledgeBase

SCENARIOS = Path(__file__).resolve().parents[3] / "shared" / "data" / "leaflet_scenarios.jsonl"


def ask(base: KnowledgeBase, text: str, **fields: object) -> object:
    return triage(Observation(text=text, **fields), base)  # type: ignore[arg-type]


def leaflet_cases() -> list[dict[str, object]]:
    if not SCENARIOS.exists():
        return []
    return [json.loads(line) for line in SCENARIOS.read_text().splitlines() if line.strip()]


@pytest.mark.skipif(not SCENARIOS.exists(), reason="shared leaflet scenarios not present")
@pytest.mark.parametrize("case", leaflet_cases(), ids=lambda case: str(case["id"]))
def test_leaflet_scenarios(base: KnowledgeBase, case: dict[str, object]) -> None:
    result = triage(
        Observation(
            text=str(case["text"]),
            age=case["age"],  # type: ignore[arg-type]
            age_group=case["age_group"],  # type: ignore[arg-type]
            reporter_setting=case["reporter_setting"],  # type: ignore[arg-type]
            immediate_danger=case["immediate_danger"],
        ),
        base,
    )  # type: ignore[arg-type]
    assert result.signs[0].category in case["expected_categories"]  # type: ignore[operator]
    assert result.routes[0].route in case["expected_routes"]  # type: ignore[operator]


def test_indicators_that_matched_are_explained(base: KnowledgeBase) -> None:
    result = triage(
        Observation(
            "The child is always hungry and steals food from other children.", age_group="child"
        ),
        base,
    )
    assert result.signs[0].category == "neglect"
    assert "often hungry, stealing or hoarding food" in result.signs[0].indicators
    assert "neglect" in result.explanation


def test_negation_removes_a_sign(base: KnowledgeBase) -> None:
    plain = triage(Observation("He has unexplained bruises on his neck.", age=8), base)
    negated = triage(Observation("He has no bruises or marks on his neck.", age=8), base)
    assert plain.signs
    assert plain.signs[0].category == "physical_abuse"
    assert not any(sign.category == "physical_abuse" for sign in negated.signs)


@pytest.mark.parametrize(
    ("text", "age", "group"),
    [
        ("A 14-year-old girl told me she was scared.", 14, "child"),
        ("A boy in year 9 has new friends.", 13, "child"),
        ("She is aged 82 and lives alone.", 82, "adult"),
        ("A man in his 70s was shouting.", 70, "adult"),
        ("Someone online says he is 13 and a man wants to meet him.", 13, "child"),
        ("My friend's daughter, who's 15, has an older boyfriend.", 15, "child"),
        ("A dentist saw a 7 month old's torn frenulum.", 0, "child"),
        ("A 20-month-old who has just started walking.", 1, "child"),
        ("The 6 week old baby was crying.", 0, "child"),
    ],
)
def test_age_is_read_from_the_text(base: KnowledgeBase, text: str, age: int, group: str) -> None:
    inferred = infer(Observation(text), base.inference)
    assert (inferred.age, inferred.age_group) == (age, group)


@pytest.mark.parametrize(
    "text", ["He is 5 minutes late most days.", "She was 2 hours late.", "She is 2.5 miles away."]
)
def test_a_number_with_a_unit_is_not_an_age(base: KnowledgeBase, text: str) -> None:
    assert infer(Observation(text), base.inference).age is None


def test_under_an_age_means_a_child(base: KnowledgeBase) -> None:
    assert (
        infer(Observation("girls under the age of 16 visit"), base.inference).age_group == "child"
    )


def test_danger_words_put_999_first(base: KnowledgeBase) -> None:
    result = triage(
        Observation("Her partner is threatening to kill her and has a knife.", age_group="adult"),
        base,
    )
    assert result.urgency == "emergency"
    assert result.routes[0].route == "emergency_999"


def test_danger_flag_puts_999_first_even_without_signs(base: KnowledgeBase) -> None:
    result = triage(Observation("Something is wrong next door.", immediate_danger=True), base)
    assert result.concern
    assert result.routes[0].route == "emergency_999"


def test_a_threat_to_jump_now_puts_999_first_even_after_a_no(base: KnowledgeBase) -> None:
    text = "A teenager on the platform said he is about to jump in front of the next train."
    assert (
        triage(Observation(text, immediate_danger=False), base).routes[0].route == "emergency_999"
    )


def test_words_of_danger_put_999_first_even_after_a_no(base: KnowledgeBase) -> None:
    text = "A boy has just been stabbed in the alley and the lads are still there with a knife."
    result = triage(Observation(text, immediate_danger=False), base)
    assert result.routes[0].route == "emergency_999"
    assert any("although you said no" in note for note in result.notes)


def test_a_carried_knife_overrides_no_answer_but_not_a_no(base: KnowledgeBase) -> None:
    text = "He hangs around with older lads who carry knives."
    assert triage(Observation(text), base).routes[0].route == "emergency_999"
    assert triage(Observation(text, immediate_danger=False), base).routes[0].route != (
        "emergency_999"
    )
    waving = "An older lad is outside the school waving a knife at the younger ones."
    assert triage(Observation(waving, immediate_danger=False), base).routes[0].route == (
        "emergency_999"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Child F, 16, attended A&E after a paracetamol overdose, her third presentation in a year.",
        "The tenant, 58, had twice been admitted after overdoses.",
        "Staff recorded fourteen seizures in a month without seeking medical advice.",
    ],
)
def test_a_history_of_overdoses_or_seizures_is_not_danger_now(
    base: KnowledgeBase, text: str
) -> None:
    # a summary names what happened before: it overrides neither a "no" nor a silence
    for answer in (False, None):
        result = triage(Observation(text, immediate_danger=answer), base)
        assert result.routes[0].route != "emergency_999"


@pytest.mark.parametrize(
    "text",
    [
        "She has just taken an overdose and is barely responsive.",
        "He is having a seizure and won't stop fitting.",
        "She has overdosed on her mum's tablets.",
    ],
)
def test_an_overdose_or_a_seizure_now_puts_999_first_even_after_a_no(
    base: KnowledgeBase, text: str
) -> None:
    result = triage(Observation(text, immediate_danger=False), base)
    assert result.routes[0].route == "emergency_999"


@pytest.mark.parametrize(
    "text",
    [
        "My son fell off his bike at the park and grazed his knee; we cleaned it up.",
        "The children in my class were excited about the school trip today.",
        "My neighbour's teenage son plays loud music on Saturday afternoons sometimes.",
        "A colleague was quiet today because she has a cold.",
    ],
)
def test_ordinary_life_is_not_a_concern(base: KnowledgeBase, text: str) -> None:
    result = triage(Observation(text), base)
    assert not result.concern
    assert result.urgency == "none"
    assert result.routes[0].route == "talk_to_person"
    assert "If in doubt, always ask" in result.explanation


def test_setting_is_inferred_from_the_reporters_words(base: KnowledgeBase) -> None:
    result = triage(
        Observation("As a teacher I see a pupil who is always hungry and steals food."), base
    )
    assert result.routes[0].route == "designated_safeguarding_lead"
    assert result.routes[0].name == "Head Teacher or designated safeguarding lead"


@pytest.mark.parametrize(
    ("age", "first"), [(14, "childrens_services_front_door"), (19, "police_101")]
)
def test_fgm_routes_differ_either_side_of_18(base: KnowledgeBase, age: int, first: str) -> None:
    text = (
        "Her friends say she is going to be taken abroad for a special ceremony to become a woman."
    )
    result = triage(Observation(text, age=age, reporter_setting="other"), base)
    assert result.signs[0].category in ("fgm", "forced_marriage")
    assert result.routes[0].route == first


def test_known_fgm_told_to_a_teacher_goes_to_the_police(base: KnowledgeBase) -> None:
    text = "A 12-year-old girl told me she was cut during the summer holiday and has had FGM."
    result = triage(Observation(text, reporter_setting="school"), base)
    routes = [route.route for route in result.routes]
    assert routes[:2] == ["designated_safeguarding_lead", "police_101"]


def test_care_staff_tell_their_manager_first(base: KnowledgeBase) -> None:
    text = "A resident's son takes his bank card and the resident never has any money despite his pension."
    result = triage(Observation(text, age_group="adult", reporter_setting="care_home"), base)
    assert [r.route for r in result.routes][:2] == ["line_manager", "adult_safeguarding"]


def test_locality_changes_the_numbers(base: KnowledgeBase) -> None:
    text = "An elderly man's nephew takes his pension and he never has any money."
    central = triage(Observation(text, age_group="adult"), base)
    bedford = triage(Observation(text, age_group="adult", locality="bedford-borough"), base)

    def number(result: object) -> str | None:
        return next(r.contact for r in result.routes if r.route == "adult_safeguarding")  # type: ignore[attr-defined]

    assert number(central) == "0300 300 8122"
    assert number(bedford) == "01234 276222"


def test_unconfirmed_numbers_are_never_invented(base: KnowledgeBase) -> None:
    text = "The child is always hungry, dirty and left alone all night."
    result = triage(Observation(text, age=6, locality="bedford-borough"), base)
    front = next(r for r in result.routes if r.route == "childrens_services_front_door")
    assert front.contact is None
    assert front.note
    assert "No confirmed number" in front.note


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "  "}, "empty"),
        ({"text": "x", "age": 300}, "age must be"),
        ({"text": "x", "reporter_setting": "moon"}, "unknown reporter setting"),
    ],
)
def test_bad_observations_are_refused_clearly(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ObservationError, match=message):
        Observation(**fields)  # type: ignore[arg-type]


def test_confidence_grows_with_more_signs(base: KnowledgeBase) -> None:
    one = triage(Observation("The child is always hungry.", age=7), base)
    two = triage(
        Observation("The child is always hungry and wears dirty torn clothes.", age=7), base
    )
    assert two.signs[0].confidence > one.signs[0].confidence


@pytest.mark.parametrize(
    "text",
    [
        "He is waving a knife at her.",
        "She said she is going to kill herself tonight.",
        "My neighbour collapsed and is not breathing.",
        "He is being held in the cellar against his will.",
        "A man is punching a woman in the street right now.",
        "The baby has been left alone in the flat.",
        "She has swallowed a handful of tablets and is very drowsy.",
        "He was caught with a knife last year and now he is outside with a knife.",
        "He strangled her last night and he is still in the house.",
        "There's a lad on the footbridge with his legs over the side.",
        "She is in a car with men she doesn't know and they won't let her out.",
        "She took a whole packet of paracetamol an hour ago.",
        "He is lying in the road, unresponsive.",
        "She is begging me to help her now.",
        "He has gone missing and left a note saying goodbye.",
        "I found a 4 year old alone in the flat and nobody is answering.",
        "A man with dementia is wandering along the motorway.",
        "There is a toddler crying on the pavement with no adult in sight.",
        "He sent a text saying he is sorry for everything and his phone is off.",
        "My dad fell down the stairs and won't wake up.",
        "A girl in the back of the car is banging on the window.",
        "She has taken all her insulin and is sweating.",
        "He posted 'goodbye everyone' on Snapchat an hour ago.",
        "I can hear the girl next door screaming 'Daddy, stop, you're hurting her'.",
        "A man has got a woman by the throat outside the shop.",
        "A toddler is climbing on a chair by the balcony railing.",
        "A man has just driven off drunk, swerving across the road.",
        "She whispered that the man with her has her passport and she isn't allowed to leave.",
        "A man at the gate is shouting that he's taking his son.",
        "She is terrified because he said he'd kill her tonight.",
        "A young lad has been stabbed outside the chip shop.",
        "Two older men are trying to get a drunk girl into their car.",
        "The flat downstairs is filling with smoke.",
        "A woman has just run into the shop with blood on her face.",
        "There's an empty packet of paracetamol by his bed.",
        "I can see the carer slapping the old man across the face.",
        "Two men are running after her down the road.",
        "The older man with her won't let her get off at her stop.",
        "My stepmum won't let me call an ambulance for Dad.",
        "A girl in the toilets says she drank bleach ten minutes ago.",
        "My elderly neighbour is lying on her kitchen floor.",
        "He has fallen in the bathroom and can't get up.",
        "Through the door I can hear a woman begging him to put her down.",
        "A man is holding a boy's head under the water at the pool.",
        "He is sitting in the garage with the engine running.",
        "An old man came in barefoot and shivering; it's minus two outside.",
        "A girl at the door said 'please help my mum, he won't stop'.",
        "She is barely conscious and the men with her won't let the medics in.",
        "A woman has climbed over the rail onto the ledge of the ferry.",
        "A man is standing on the edge of the pier.",
        "Three men are laying into a lad by the turnstiles.",
        "He's on the ground and has stopped trying to get up.",
        "Three lads are holding a boy down on the floor.",
        "One of them is holding a lighter to his hand.",
        "A woman upstairs is gasping that she can't breathe.",
        "He has a hosepipe from his exhaust into the car.",
        "A girl was swept past the rocks.",
        "The hall is full of smoke and he isn't answering.",
        "She is on the floor, blue and barely talking.",
        "He has been on the floor since yesterday.",
        "His lips are cracked and he's very cold.",
        "There's froth round his mouth and he's slumped.",
        "She is being bundled into the back of a van by two men.",
        "A man is slumped over the wheel of his car.",
        "She's sweating, confused and slurring her words.",
        "An old man is lying at the bottom of his stairs.",
        "He has her pinned against the gate by the throat.",
        "A lad is on the wrong side of the dam wall, holding on with one hand.",
        "Another worker is stamping on his head.",
        "A patient is pressing a pillow over the old man's face.",
        "A man has his girlfriend against his car with a screwdriver at her neck.",
        "She is barely responsive.",
        "A drunk man is threatening staff with a broken bottle.",
        "The gas rings are on unlit and he is slurring.",
        "She said she's drunk bleach and her lips are burnt.",
        "Two kids are out on the frozen lake in the park.",
        "the ice is crackin n theres no adults",
        "Now he's dragging her out to his car by one arm.",
        "He's hitting her round the head at the till.",
        "She took all her antidepressants an hour ago and now she's really sleepy.",
        "my mate just messaged saying he's in the boot of a car and they're taking him somewhere",
        "A man is holding a woman under the water by the lock.",
    ],
)
def test_danger_words_are_recognised(base: KnowledgeBase, text: str) -> None:
    assert infer(Observation(text), base.inference).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "He has no knife and nobody threatened anyone.",
        "The children were shouting happily in the playground.",
        "She left her bag in the kitchen.",
        "He was excluded last year for carrying a knife.",
        "Her ex-partner was arrested for having a gun in 2019.",
        "She told the midwife her partner strangled her two years ago.",
        "The mother was unresponsive to advice about the baby's feeds.",
        "He threatened to stab his brother last summer.",
        "She says he's been hitting her for months.",
        "His mother hits him with a wooden spoon until he cries.",
        "She took all her tablets with her on holiday.",
        "He put the bags in the boot of the car.",
        "My stepdad is peak, he punches walls.",
        "Boys are sharing a video of him being beaten up.",
        "The 6 year old was left alone for an hour last year.",
        "He walks along the main road to school with his mum.",
        "He won't wake up for school in the mornings.",
        "Mum can't wake up early because of her night shifts.",
        "She told him to stop, you're hurting my feelings.",
        "The doctor looked at her sore throat.",
        "He stood on a chair to reach the top shelf.",
        "He keeps climbing on the chair by the window to look at the birds.",
        "She isn't allowed to leave the house without her husband.",
        "Pupils are not allowed to leave school at lunchtime.",
        "Dad is taking his son to football on Saturday.",
        "He drove home after one drink with his friends.",
        "He has been stabbed twice before and still has the scars.",
        "Mum was trying to get him into the car for school.",
        "Mum was shouting that she is taking the kids to the park.",
        "Dad shouted up that he's taking his son to football.",
        "The flat was full of cannabis smoke.",
        "She ran into the classroom with blood on her knee from the playground.",
        "The flat is full of rubbish and empty packets of tablets.",
        "I can see the children hitting a ball in the park.",
        "Mum won't let him get off the phone to his friends.",
        "She stopped me phoning a doctor because it was only a cold.",
        "He won't let me call the police about the noise.",
        "She lost her glasses in the summer and her mum says new ones aren't a priority.",
        "The toddler was lying on the floor watching television.",
        "She was begging him to stop smoking.",
        "The bleach is kept locked in the cupboard under the sink.",
        "He taught her to swim by holding her under the tummy in the water.",
        "Dad is in the garage fixing the engine.",
        "The children came home soaked from the water fight.",
        "Please help my mum with her shopping, she can't carry it.",
        "We sat on the edge of the pier eating chips.",
        "The kids climbed over the railings into the park.",
        "She's laying into him about his homework again.",
        "He's not getting up for school these days.",
        "The nurse is holding him down gently for his injection.",
        "He was holding a lighter to the birthday candles.",
        "He can't breathe properly when he has a cold.",
        "He washed the car with the hosepipe.",
        "The school is not responding to my emails.",
        "He can't speak English properly yet.",
        "She plumped the pillow behind her head.",
        "He tightened the hinge on the door with a screwdriver.",
        "He recycled the broken bottle at the bottle bank.",
        "He was drunk at the party and spilt his drink on the rug.",
        "We put ice in the drinks at the lake cafe.",
        "Every night we bang on the windows of the old couple at the end of the street.",
    ],
)
def test_ordinary_words_are_not_danger(base: KnowledgeBase, text: str) -> None:
    assert not infer(Observation(text), base.inference).immediate_danger


DEVELOPMENT_SET = Path(__file__).resolve().parents[2] / "evaluation" / "development.jsonl"


def test_development_set_keeps_its_figures(base: KnowledgeBase) -> None:
    """A floor under the development figures, so a knowledge edit that breaks triage fails."""
    from safeshare.domain.evaluation import Case, score

    pairs = []
    for line in DEVELOPMENT_SET.read_text().splitlines():
        raw = json.loads(line)
        observation = Observation(
            raw["text"],
            raw["age"],
            raw["age_group"],
            raw["reporter_setting"],
            raw["immediate_danger"],
        )
        case = Case(
            raw["id"], raw["expected_categories"], raw["expected_routes"], raw["immediate_danger"]
        )
        pairs.append((case, triage(observation, base)))
    figures = score(pairs).figures()
    assert figures["missed_concerns"] == 0
    assert figures["danger_999_first"] == 1.0
    assert figures["false_alarms"] <= 1
    assert figures["top1"] >= 0.85
    assert figures["first_route"] >= 0.9


def test_the_explanation_names_the_first_step(base: KnowledgeBase) -> None:
    school = triage(
        Observation("The child is always hungry.", age=7, reporter_setting="school"), base
    )
    assert "First, tell Head Teacher or designated safeguarding lead" in school.explanation
    care = triage(
        Observation(
            "His nephew takes his pension.", age_group="adult", reporter_setting="care_home"
        ),
        base,
    )
    assert "First, tell your manager" in care.explanation
    public = triage(
        Observation("The child is always hungry.", age=7, reporter_setting="neighbour_public"), base
    )
    assert "First, contact Access & Referral Hub on 0300 300 8585" in public.explanation


def test_an_adult_with_care_needs_goes_to_adult_safeguarding(base: KnowledgeBase) -> None:
    text = "My neighbour has dementia and her nephew takes her pension; she never has any money."
    result = triage(Observation(text, age_group="adult", reporter_setting="neighbour_public"), base)
    assert result.signs[0].category == "financial_abuse"
    assert result.routes[0].route == "adult_safeguarding"
    assert "care and support needs" in result.routes[0].why


@pytest.mark.parametrize(
    ("text", "care_needs"),
    [
        ("A couple in their eighties live in the flat upstairs.", True),
        ("She is in her nineties and lives alone.", True),
        ("A couple in their forties live in the flat upstairs.", False),
    ],
)
def test_great_age_in_words_is_read_as_care_needs(
    base: KnowledgeBase, text: str, care_needs: bool
) -> None:
    inferred = infer(Observation(text, age_group="adult"), base.inference)
    assert inferred.care_needs is care_needs


def test_an_adult_without_care_needs_goes_to_the_police_for_a_crime(base: KnowledgeBase) -> None:
    text = "My flatmate takes money from my account without asking and spends my wages."
    result = triage(Observation(text, age_group="adult", reporter_setting="other"), base)
    assert result.signs[0].category == "financial_abuse"
    assert result.routes[0].route == "police_101"


@pytest.mark.parametrize(("age", "helpline"), [(17, True), (14, False)])
def test_relationship_abuse_at_16_or_17_adds_the_domestic_abuse_helpline(
    base: KnowledgeBase, age: int, helpline: bool
) -> None:
    text = "Her boyfriend hits her, checks her phone and won't let her see her friends."
    routes = [
        r.route for r in triage(Observation(text, age=age, reporter_setting="other"), base).routes
    ]
    assert routes[0] == "childrens_services_front_door"
    assert ("domestic_abuse_helpline" in routes) is helpline


def test_a_sensible_age_at_home_alone_for_a_short_time_is_not_a_concern(
    base: KnowledgeBase,
) -> None:
    text = "My neighbour's 13-year-old lets herself in and is home alone for an hour until her mum gets back."
    assert not triage(Observation(text, age=13), base).concern
    assert triage(Observation("A 4 year old was left home alone all night.", age=4), base).concern


def test_a_childs_signs_of_neglect_do_not_count_for_an_adult(base: KnowledgeBase) -> None:
    text = "Turns up hungry every session and the trainers have holes in them."
    child = ask(base, text, age=9)
    adult = ask(base, text, age=40)
    assert [sign.category for sign in child.signs][:1] == ["neglect"]  # type: ignore[attr-defined]
    assert "neglect" not in [sign.category for sign in adult.signs]  # type: ignore[attr-defined]


def test_neglect_of_an_adult_in_care_is_neglect(base: KnowledgeBase) -> None:
    result = ask(
        base,
        "Her carers stopped coming weeks ago and she was found in soiled bedding.",
        age=84,
    )
    assert [sign.category for sign in result.signs][:1] == ["neglect"]  # type: ignore[attr-defined]
    assert result.routes[0].route == "adult_safeguarding"  # type: ignore[attr-defined]


def test_plain_danger_words_put_999_first_when_the_question_was_not_asked(
    base: KnowledgeBase,
) -> None:
    text = "She has just taken all her mum's sleeping pills."
    result = triage(Observation(text, age=15), base)
    assert result.routes[0].route == "emergency_999"


def _two_signs(first: str, first_confidence: float, second: str) -> list[Sign]:
    return [Sign(first, first, first_confidence, []), Sign(second, second, 0.5, [])]


def _inferred(base: KnowledgeBase, age_group: str) -> Inferred:
    return infer(Observation("Someone was hurt.", age_group=age_group), base.inference)  # type: ignore[arg-type]


def test_the_more_specific_of_two_close_signs_is_named_first(base: KnowledgeBase) -> None:
    rule = base.settings.more_specific
    close = _two_signs("physical_abuse", 0.5 + rule.within - 0.01, "domestic_abuse")
    named = more_specific_first(close, _inferred(base, "adult"), rule)
    assert [sign.category for sign in named] == ["domestic_abuse", "physical_abuse"]
    assert named[0].named_first  # and the answer says why


def test_a_sign_moved_behind_the_more_specific_one_no_longer_says_it_was_named_first(
    base: KnowledgeBase,
) -> None:
    rule = base.settings.more_specific
    close = _two_signs("physical_abuse", 0.55, "domestic_abuse")
    close[0] = replace(close[0], named_first="it reads most like it")
    named = more_specific_first(close, _inferred(base, "adult"), rule)
    assert [sign.category for sign in named] == ["domestic_abuse", "physical_abuse"]
    assert named[1].named_first is None


def test_a_clearly_stronger_sign_keeps_its_place(base: KnowledgeBase) -> None:
    rule = base.settings.more_specific
    apart = _two_signs("physical_abuse", 0.5 + rule.within + 0.05, "domestic_abuse")
    named = more_specific_first(apart, _inferred(base, "adult"), rule)
    assert [sign.category for sign in named] == ["physical_abuse", "domestic_abuse"]


def test_a_rule_for_adults_leaves_a_child_alone(base: KnowledgeBase) -> None:
    rule = base.settings.more_specific
    close = _two_signs("physical_abuse", 0.55, "domestic_abuse")
    named = more_specific_first(close, _inferred(base, "child"), rule)
    assert [sign.category for sign in named] == ["physical_abuse", "domestic_abuse"]


def test_a_child_whose_account_moves_money_is_named_as_exploited_before_a_scam(
    base: KnowledgeBase,
) -> None:
    rule = base.settings.more_specific
    close = _two_signs("scam_fraud", 0.55, "child_criminal_exploitation")
    named = more_specific_first(close, _inferred(base, "child"), rule)
    assert [sign.category for sign in named] == ["child_criminal_exploitation", "scam_fraud"]


def test_the_explanation_says_why_a_sign_was_named_first(base: KnowledgeBase) -> None:
    rule = base.settings.more_specific
    close = _two_signs("physical_abuse", 0.55, "domestic_abuse")
    named = more_specific_first(close, _inferred(base, "adult"), rule)
    text = _explain(base, _inferred(base, "adult"), named, [], "routine")
    assert f"Named first because {named[0].named_first}." in text


def test_a_sign_named_before_a_stronger_one_below_the_first_says_so(base: KnowledgeBase) -> None:
    signs = [
        Sign("neglect", "Neglect", 0.9, []),
        Sign("domestic_abuse", "Domestic abuse", 0.5, [], named_first="it reads most like it"),
        Sign("physical_abuse", "Physical abuse", 0.6, []),
    ]
    text = _explain(base, _inferred(base, "adult"), signs, [], "routine")
    assert "Named before a sign that read higher because it reads most like it." in text
    assert "Named first because" not in text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("She keeps cutting her arms and says it's happening tonight.", "self_harm"),
        (
            "The driver can hear banging from people hidden in the back of his trailer.",
            "modern_slavery",
        ),
        ("Her ex has hit her before and she says he's on his way round.", "domestic_abuse"),
        (
            "Two children who always smell of urine are wandering the car park on their own in the dark.",
            "neglect",
        ),
        (
            "A boy of 10 is alone with a baby in a freezing house and his mum went out yesterday.",
            "neglect",
        ),
        (
            "She has been cutting her arms for weeks and says she is going to throw herself off.",
            "self_harm",
        ),
        (
            "She has been saying she wants to die and now she's slurring her words.",
            "self_harm",
        ),
        (
            "A girl of about 4 is alone on the pier, crying for her mum.",
            "neglect",
        ),
        (
            "I heard a woman screaming and a man shouting, and now it has gone quiet.",
            "domestic_abuse",
        ),
        (
            "He keeps talking about suicide and says he's in his car with the tablets now.",
            "self_harm",
        ),
        (
            "A man gave the 14 year old vodka and paid for her nails; now she's slumped "
            "and he's trying to walk her out.",
            "child_sexual_exploitation",
        ),
        (
            "Her brothers will kill her for leaving her husband, and they are in the car park.",
            "honour_based_abuse",
        ),
        (
            "She sent her sister a goodbye message and isn't answering her phone.",
            "self_harm",
        ),
        (
            "A 15 year old lost the package and the men say they'll cut him.",
            "child_criminal_exploitation",
        ),
        (
            "A little boy is wandering the lane in pyjamas in the snow, crying for his mum.",
            "neglect",
        ),
        (
            "A 2 year old left on the boat while her parents have gone out drinking is walking "
            "along the edge of the pontoon.",
            "neglect",
        ),
        (
            "A boy of 14 says the older lads brought him from London, and their car is circling "
            "the car park.",
            "child_criminal_exploitation",
        ),
        (
            "A man has locked himself in the toilets with a little girl and won't open the door.",
            "sexual_abuse",
        ),
        (
            "A drunk 14 year old who has been going to parties with much older men is being "
            "helped into a taxi by two of them.",
            "child_sexual_exploitation",
        ),
        (
            "A 14 year old hiding behind the bins owes the older lads for the package and says "
            "they'll do him if he goes back without the money.",
            "child_criminal_exploitation",
        ),
        (
            "A man who lost everything on the horses has walked out onto the track in front "
            "of the next race.",
            "self_harm",
        ),
        (
            "Her boyfriend is holding her face towards the bonfire and says he'll put her in "
            "it if she leaves him.",
            "domestic_abuse",
        ),
        (
            "A dad too drunk to stand is carrying his baby, and her pram has rolled into the road.",
            "neglect",
        ),
        (
            "Her boyfriend is pulling her round the car park by the hair and her nose is bleeding.",
            "domestic_abuse",
        ),
        (
            "He has locked himself in the garage with the weedkiller and says he's drunk some "
            "of it.",
            "self_harm",
        ),
        (
            "Her son left his mother in the full sun on her scooter hours ago and she has "
            "stopped answering when we talk to her.",
            "neglect",
        ),
        (
            "A 9 year old with autism who doesn't speak has been missing in the woods for "
            "forty minutes, and it's getting dark by the river.",
            "missing_person",
        ),
        (
            "He has left letters for his children in the car, came to see the sea one last "
            "time, and asked me what time the tide comes in.",
            "self_harm",
        ),
        (
            "Her ex has her toddler in his car and is threatening to drive into the river with "
            "him.",
            "domestic_abuse",
        ),
        (
            "A very drunk dad took his 6 year old out in a kayak with no buoyancy aid and they "
            "have tipped over.",
            "neglect",
        ),
        (
            "He has taken his boat out with no life jacket to end it.",
            "self_harm",
        ),
        (
            "A man is half-carrying a young woman who can't stand into the lift, and she keeps "
            "saying 'I want to go home'.",
            "sexual_abuse",
        ),
        (
            "A man who has been cutting himself says he's going to step off when the fast train "
            "comes through.",
            "self_harm",
        ),
        (
            "He bought rope, asked which loft beam would take a man's weight, and is heading "
            "home now.",
            "self_harm",
        ),
        (
            "Her husband has poured petrol round the kitchen and is looking for a lighter.",
            "domestic_abuse",
        ),
        (
            "A drunk man is pointing a lit rocket at his girlfriend and says he'll light her up.",
            "domestic_abuse",
        ),
        (
            "He's taken his dad's shotgun from the cabinet, it's in his car outside, and he won't "
            "be back for another trim.",
            "self_harm",
        ),
        (
            "A mum has passed out drunk on the grass and her 1 year old has crawled off under the "
            "fence towards the slurry pit.",
            "neglect",
        ),
        (
            "The 14 year old girl in his car is begging him not to drop her at a flat where men "
            "are waiting.",
            "child_sexual_exploitation",
        ),
        (
            "He sent the group a photo of the weir with 'sorry everyone, it's too much'.",
            "self_harm",
        ),
        (
            "The farmer is chasing his wife round the yard with a pitchfork, shouting that he'll "
            "kill her.",
            "domestic_abuse",
        ),
        (
            "Her 14 year old is being picked up by an older man who buys her vapes; he is outside "
            "now telling her to get in now or else.",
            "child_sexual_exploitation",
        ),
        (
            "Her ex is outside with a can of petrol, saying he'll set her flat alight with the "
            "kids inside.",
            "domestic_abuse",
        ),
        (
            "In the flooded yard he is holding his girlfriend under the water, and she has "
            "stopped struggling.",
            "domestic_abuse",
        ),
        (
            "He has locked himself in the toilets and tied his belt to the pipe.",
            "self_harm",
        ),
        (
            "She has just messaged her friend: 'I've taken them all, goodbye'.",
            "self_harm",
        ),
        (
            "He's standing on the gallery railing, saying he'll jump.",
            "self_harm",
        ),
        (
            "A boy has climbed the tower crane and is sitting on the jib, saying he wants to die.",
            "self_harm",
        ),
        (
            "He has locked himself in the cold store and says he isn't coming out this time.",
            "self_harm",
        ),
        (
            "A girl of 15 says two men in a car have followed her from school and are waiting "
            "outside the shop for her now.",
            "child_sexual_exploitation",
        ),
        (
            "A boy of about 4 is on his own at the edge of the top deck of the car park.",
            "neglect",
        ),
        (
            "She has stopped her car on the level crossing with the barriers coming down.",
            "self_harm",
        ),
        (
            "Two girls of about 14 have just been pushed into the back of a van by a man.",
            "child_sexual_exploitation",
        ),
        ("He is walking into the sea in his uniform in the dark.", "self_harm"),
        ("He has locked himself in the chemical store and says he's drunk it.", "self_harm"),
        (
            "A girl of about 12 says the man who paid the fare isn't her dad, and he is now "
            "holding her arm.",
            "child_sexual_exploitation",
        ),
        ("He wants me to tell his kids he's sorry, and the water is up to his chest.", "self_harm"),
        (
            "A girl of about 4 is wandering in her nightie along the edge of the firing range, "
            "and the red flags are up.",
            "neglect",
        ),
        (
            "Her husband has dragged her out of the car and is smashing her head against the door.",
            "domestic_abuse",
        ),
    ],
)
def test_words_beside_a_harms_signs_tell_of_danger_now(
    base: KnowledgeBase, text: str, category: str
) -> None:
    result = triage(Observation(text), base)
    assert category in [sign.category for sign in result.signs]
    assert result.routes[0].route == "emergency_999"
    # the answer quotes the words and names the harm they were read beside
    said = [note for note in result.notes if note.startswith("Someone may be in immediate")]
    assert len(said) == 1
    assert '"' in said[0]
    assert "beside signs of" in said[0]
    assert not infer(Observation(text), base.inference).immediate_danger  # not a danger word alone
    answered = triage(Observation(text, immediate_danger=False), base)
    assert answered.routes[0].route != "emergency_999"


def test_a_child_held_by_someone_she_says_is_not_her_parent_is_in_danger_now(
    base: KnowledgeBase,
) -> None:
    text = "A man has a girl of about 11 by the wrist and she keeps screaming 'you're not my dad'."
    result = triage(Observation(text), base)
    signs = [sign.category for sign in result.signs]
    assert "child_sexual_exploitation" in signs
    assert "missing_person" in signs
    assert result.routes[0].route == "emergency_999"
    teenager = "My stepdaughter screamed 'you're not my dad' and slammed her door."
    assert all(
        route.route != "emergency_999" for route in triage(Observation(teenager), base).routes
    )


def test_a_harms_name_inside_a_sentence_keeps_its_acronym() -> None:
    assert in_sentence("Self-harm and suicide risk") == "self-harm and suicide risk"
    assert in_sentence("Female genital mutilation (FGM)") == "female genital mutilation (FGM)"
    assert in_sentence("FGM") == "FGM"


@pytest.mark.parametrize(
    "text",
    [
        # a harm's danger words without its signs
        "We're going to the cinema tonight.",
        "The builder is on his way round to fix the boiler.",
        "There are boxes hidden in the back of the van for her surprise party.",
        # beside its signs, but not meaning now
        "Her husband hit her last week and she was crying on the way to work.",
        "He comes to school hungry and smelling of urine, and walks there on his own now.",
        "A Year 8 boy has been excluded for carrying a knife.",
        "Her mum went out yesterday to buy her new school shoes.",
        "He hid in the wardrobe when his dad smashed the TV, until it went quiet.",
        "My stepdaughter shouted 'you're not my mum' and slammed her bedroom door.",
        "The kids built a snowman in their pyjamas in the snow this morning.",
        "He said his mum will do him if he goes back without the shopping.",
        "My lips are cracked because it's very cold out.",
        "He was frothing at the mouth about the parking.",
        "She pushed the shopping into the boot of the car.",
        "He leaned over the wheel to read the sign.",
        "He was sweating and shaky after the race, but fine after a drink.",
        "She had him pinned in the photo, laughing.",
        "Her new friend has her bank card and PIN.",
        "We'll see what happens now the holidays have started.",
        "The cat is lying at the bottom of the stairs.",
        "The swimming class was playing at the edge of the pool with their teacher.",
        "We sat in front of the next race to get a good view.",
        "He held her hand towards the bonfire to warm it.",
        "Her pram rolled into the hall when I opened the door.",
        "He was holding her bag by the handle while she paid.",
        "He drank some of the squash and went back to the garden.",
        "A 90 year old who lives alone has stopped answering the door to his carers and has "
        "told the GP to leave him alone.",
        "It's getting dark by the river, so we packed up the picnic.",
        "A man from the club keeps taking her off the course to practise map reading in the woods.",
        "Three young women waited outside the van hire with their bags.",
        "The canoe tipped over at the club's capsize drill, as planned.",
        "Her husband forces her to have sex when she says no.",
        "He poured petrol into the lawnmower and went to find his lighter for the barbecue.",
        "We waded into the lake up to our waists on the sponsored swim.",
        "He's taken his dad's shotgun from the cabinet to clean it, and it's in his car outside.",
        "The toddler crawled towards the pond to see the ducks while her mum held her hand.",
        "Her stepdad's mate gives her vodka and lifts in his van.",
        "She sent the group a photo of the bridge at sunset.",
        "He has just unclipped his harness at the end of the zip wire.",
        "She is standing on the edge of the pool, waiting for her swimming lesson.",
        "He has just taken off into a gale for his first solo flight, and his instructor is "
        "watching.",
        "This is my last flight before I retire, so the crew have booked a meal.",
        "Her dad has just driven off with her to her gran's for the weekend.",
        "She has just swum out past the buoys in the race and is heading back to the beach.",
        "She swims far out past the buoys on her own every morning, and says the cold is the only "
        "time she doesn't want to die.",
        "Her dad has just taken her into the tent and the door has been shut against the rain.",
        "The ponies have just been led into the horsebox by the groom, and the door has been shut.",
        "At the Viking festival, the man running the axe-throwing stall lets teenagers have free "
        "throws.",
        "Youths climb onto the bus shelter roofs in the town centre.",
        "The hairdresser was holding the scissors to trim his fringe.",
        "She held the baby against her neck to calm him.",
        "He locked the cold store before going home.",
        "A girl of 15 says her friends are waiting outside the school for her now.",
        "He went on his own to the edge of the top deck to look at the view.",
        "She stopped at the level crossing and waited for the barriers to go up.",
        "The children were walking between the parked cars to the school gate.",
        "The boxes have just been pushed into the back of the van.",
        "The red flags are up on the ranges, so we walked the dog on the beach instead.",
        "He smashed his head on the cupboard door last year and needed stitches.",
        "She is walking into the sea with her paddleboard while her friends watch.",
    ],
)
def test_words_that_do_not_tell_of_danger_now_do_not_put_999_first(
    base: KnowledgeBase, text: str
) -> None:
    result = triage(Observation(text), base)
    assert all(route.route != "emergency_999" for route in result.routes)


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # a moment harm, told as happening now, with no danger word
        ("Her boyfriend has just punched the wall next to her head and taken her car keys.", True),
        # the same harm told as a pattern
        ("Most evenings I can hear her boyfriend shouting at her and smashing plates.", False),
        # a new stage of life, not a moment
        ("A 12 year old has just started at our school and his mum seems stressed.", False),
        # "I can see" as "I notice", not as watching it happen
        ("I can see she's losing weight and her clothes are filthy.", False),
        # a moment of violence or of a child in danger, told in words no danger list holds
        (
            "A man has just slammed his fiancée's head against the cake stand, and she's on the "
            "floor with her eyes closed.",
            True,
        ),
        (
            "A 4 year old has just got out of a car in the lion enclosure and is walking towards "
            "the lions while her dad films it.",
            True,
        ),
        (
            "A man has just pushed his girlfriend's face onto the hot boiler of a traction engine, "
            "and she's screaming.",
            True,
        ),
        (
            "A 3 year old has just climbed onto the turning gears of the steam roundabout on his "
            "own while his parents are in the beer tent.",
            True,
        ),
        (
            "A man who isn't with any family has just led a girl of about 8 out of the fire exit "
            "by the hand, and her mum is searching the machines for her.",
            True,
        ),
        (
            "A man has just smashed a bottle over his wife's head in the car park, and he's "
            "still shouting at her while she lies bleeding.",
            True,
        ),
        (
            "A man has just told me he's drunk half a bottle of the disinfectant we use on the "
            "stall, and he's being sick.",
            True,
        ),
        (
            "A man has just carried his screaming 3 year old onto his boat and set off, shouting "
            "that her mum will never see her again.",
            True,
        ),
        (
            "A man has just punched his wife off the jetty into the river, and he's stopping "
            "people from pulling her out.",
            True,
        ),
        (
            "A man has just told me he's taken all his wife's morphine and just wants to hit a "
            "few balls before he goes.",
            True,
        ),
        (
            "A man has just climbed the fence onto the runway and is walking towards a landing "
            "plane, saying he wants it over.",
            True,
        ),
        (
            "A 13 year old girl has just been carried into a man's tent by two men, and she's "
            "too drunk to stand.",
            True,
        ),
        (
            "A man at the top of the bungee platform has just unclipped his harness and is "
            "standing on the edge, saying nobody will miss him.",
            True,
        ),
        (
            "A man has just pinned a 12 year old girl against a tree on the platform with his "
            "hand up her top.",
            True,
        ),
        (
            "A dad who has drunk about eight pints has just picked up his 5 year old and is "
            "getting into his car to drive home, slurring his words.",
            True,
        ),
        (
            "A pilot who told us his life was over has just taken off alone into a gale, saying "
            "'this is my last flight'.",
            True,
        ),
        (
            "Two men have just bundled a 13 year old girl into a van in the car park and driven "
            "off with her.",
            True,
        ),
        (
            "A 15 year old has just swallowed a whole packet of his mum's sleeping tablets in the "
            "toilets and is starting to slur.",
            True,
        ),
        (
            "A woman who told us she 'can't go on' has just swum out past the buoys, won't turn "
            "back, and is getting further away.",
            True,
        ),
        (
            "At the choir, a man's son has just shoved him so hard he fell and hit his head, and "
            "now he isn't answering and there's blood.",
            True,
        ),
        (
            "Older lads have just pushed a 12 year old boy into the river, and they're laughing "
            "as he goes under.",
            True,
        ),
        (
            "A toddler has just got through the fence into the slurry lagoon, and his mum is "
            "nowhere to be seen.",
            True,
        ),
        (
            "A 9 year old has just been led into a horsebox by a man who isn't her dad, and the "
            "door has been shut.",
            True,
        ),
        (
            "Her husband has grabbed the scissors and is holding them to her throat.",
            True,
        ),
        (
            "A frail man of about 80 in a dressing gown is standing on the embankment wall at "
            "2am, looking confused.",
            True,
        ),
        (
            "A toddler is wandering between the moving cars while his dad is slumped asleep at "
            "the wheel.",
            True,
        ),
        (
            "A man has just forced his way past reception and is going upstairs to find his "
            "ex-wife, shouting that today she pays for leaving him.",
            True,
        ),
        # a harm whose moment is for Action Fraud, not 999
        (
            "A man has just rung my mum saying he's from her bank and she must move her savings.",
            False,
        ),
    ],
)
def test_a_sign_told_in_this_moment_puts_999_first(
    base: KnowledgeBase, text: str, danger: bool
) -> None:
    result = triage(Observation(text), base)
    assert (result.routes[0].route == "emergency_999") is danger


def test_a_no_to_the_danger_question_is_trusted_over_the_moment(base: KnowledgeBase) -> None:
    text = "Her boyfriend has just punched the wall next to her head and taken her car keys."
    result = triage(Observation(text, immediate_danger=False), base)
    assert result.signs[0].category == "domestic_abuse"
    assert result.routes[0].route != "emergency_999"


def test_words_typed_short_on_a_phone_are_read_in_full(base: KnowledgeBase) -> None:
    # "rn" is "right now", "r" is "are" and "cryin" is "crying": the danger words meet them
    typed = "my mate is on the roof of the multi storey rn n says shes gonna jump"
    assert infer(Observation(typed), base.inference).immediate_danger
    result = triage(Observation("lad posts snap stories wiv a menu of prices", age=15), base)
    assert "drug_dealing" in [sign.category for sign in result.signs]
