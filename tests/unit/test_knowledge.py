from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safeshare.knowledge import KnowledgeBase, KnowledgeError, load_knowledge_from
from safeshare.knowledge.loader import KNOWLEDGE_DIR
from safeshare.knowledge.schema import HARM_SLUGS, ROUTE_SLUGS


def test_every_harm_category_is_described_with_ten_indicators(base: KnowledgeBase) -> None:
    assert set(base.harms) == set(HARM_SLUGS)
    assert all(len(harm.indicators) >= 10 for harm in base.harms.values())


def test_every_route_is_described(base: KnowledgeBase) -> None:
    assert {route.slug for route in base.routes} == set(ROUTE_SLUGS)


def test_every_citation_names_a_known_source(base: KnowledgeBase) -> None:
    cited = [group.source for harm in base.harms.values() for group in harm.signs]
    cited += [gateway.source for gateway in base.gateways]
    assert cited
    assert all(source in base.sources for source in cited)


def test_national_numbers_match_their_sources(base: KnowledgeBase) -> None:
    phones = {r.slug: r.national.phone for r in base.routes if r.national}
    assert phones["nspcc_helpline"] == "0808 800 5000"
    assert phones["modern_slavery_helpline"] == "08000 121 700"
    assert phones["crimestoppers"] == "0800 555 111"
    assert phones["domestic_abuse_helpline"] == "0808 2000 247"


def test_leaflet_locality_numbers(base: KnowledgeBase) -> None:
    area = base.locality(None)
    assert area.services["childrens_services_front_door"].phone == "0300 300 8585"
    assert area.services["adult_safeguarding"].phone == "0300 300 8122"
    assert area.services["adult_safeguarding"].out_of_hours == "0300 300 8123"


def test_unknown_locality_names_the_known_ones(base: KnowledgeBase) -> None:
    with pytest.raises(LookupError, match="central-bedfordshire"):
        base.locality("Atlantis")


def test_the_1998_act_is_marked_as_replaced(base: KnowledgeBase) -> None:
    intro = base.law.sections["data_protection"].intro or ""
    assert "1998" in intro
    assert "replaced" in intro
    assert "2018" in intro


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def test_a_broken_knowledge_base_reports_every_problem(broken_copy: Path) -> None:
    harm = broken_copy / "harms" / "neglect.yaml"
    harm.write_text(harm.read_text().replace("concerns: any", "concerns: nobody"))
    settings = broken_copy / "triage.yaml"
    settings.write_text(settings.read_text().replace("max_signs: 3", "max_signs: zero"))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_from(broken_copy)
    report = str(caught.value)
    assert "harms/neglect.yaml:4: concerns" in report
    line = next(
        n
        for n, text in enumerate(settings.read_text().splitlines(), 1)
        if text.startswith("max_signs")
    )
    assert f"triage.yaml:{line}: max_signs" in report
    assert len(caught.value.problems) == 2


def test_cross_reference_problems_are_all_listed(broken_copy: Path) -> None:
    routes = broken_copy / "routes.yaml"
    routes.write_text(routes.read_text().replace("source: leaflet", "source: nowhere"))
    (broken_copy / "harms" / "fgm.yaml").unlink()
    ordinary = broken_copy / "ordinary.yaml"
    ordinary.write_text(ordinary.read_text().replace("source: kcsie", "source: hearsay"))
    settings = broken_copy / "triage.yaml"
    settings.write_text(settings.read_text().replace("lean_concern: 0.5", "lean_concern: 0.95"))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_from(broken_copy)
    messages = [str(problem) for problem in caught.value.problems]
    assert any("unknown source 'nowhere'" in m for m in messages)
    assert any("fgm" in m and "no file describes" in m for m in messages)
    assert any("ordinary.yaml" in m and "unknown source 'hearsay'" in m for m in messages)
    assert any("lean_concern" in m and "at most alone_concern" in m for m in messages)


def _add_self_harm_cue_alternatives(copy: Path, alternatives: str) -> None:
    """Put ``alternatives`` beside a self-harm cue's "cant_go_on" in the copied knowledge."""
    harm = copy / "harms" / "self_harm.yaml"
    text = harm.read_text()
    assert "|cant_go_on|" in text
    harm.write_text(text.replace("|cant_go_on|", f"|{alternatives}|", 1))


def _the_one_problem(copy: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_from(copy)
    messages = [str(problem) for problem in caught.value.problems]
    assert len(messages) == 1
    return messages[0]


def test_a_cue_that_spells_a_contraction_with_an_underscore_is_reported(
    broken_copy: Path,
) -> None:
    # words lose their apostrophes when read ("won't" -> "wont"): "won_t" could never match
    _add_self_harm_cue_alternatives(broken_copy, "can_t_go_on|cant_go_on")
    message = _the_one_problem(broken_copy)
    assert "harms/self_harm.yaml" in message
    assert "'can_t' can never match" in message
    assert "write 'cant'" in message


def test_a_cue_word_typed_without_its_last_g_is_reported(broken_copy: Path) -> None:
    # "shoutin" in an observation is read as "shouting", so a cue word "shoutin" never matches
    _add_self_harm_cue_alternatives(broken_copy, "cant_go_on|cant_go_on_livin")
    message = _the_one_problem(broken_copy)
    assert "'livin' can never match" in message
    assert "write 'living'" in message


def test_a_cue_word_the_shorthand_spells_out_is_reported(broken_copy: Path) -> None:
    # "wiv" in an observation is read as "with", so a cue word "wiv" never matches
    _add_self_harm_cue_alternatives(broken_copy, "cant_go_on|cant_go_on_wiv")
    message = _the_one_problem(broken_copy)
    assert "'wiv' can never match" in message
    assert "write 'with'" in message


def test_a_word_that_ends_in_in_as_written_may_be_listed(broken_copy: Path) -> None:
    inference = broken_copy / "inference.yaml"
    text = inference.read_text()
    assert "ends_in_in: [admin," in text
    inference.write_text(text.replace("ends_in_in: [admin,", "ends_in_in: [livin, admin,", 1))
    _add_self_harm_cue_alternatives(broken_copy, "cant_go_on|cant_go_on_livin")
    assert load_knowledge_from(broken_copy).harms["self_harm"]


def test_a_short_form_that_stands_for_nothing_is_refused(broken_copy: Path) -> None:
    inference = broken_copy / "inference.yaml"
    text = inference.read_text()
    assert "  wiv: with\n" in text
    inference.write_text(text.replace("  wiv: with\n", "  wiv: ''\n", 1))
    with pytest.raises(KnowledgeError, match="shorthand"):
        load_knowledge_from(broken_copy)


def test_invalid_yaml_reports_its_line(broken_copy: Path) -> None:
    (broken_copy / "triage.yaml").write_text("sign_threshold: [unclosed\n")
    with pytest.raises(KnowledgeError, match=r"triage.yaml:\d+: .*not valid YAML"):
        load_knowledge_from(broken_copy)


def test_every_indicator_has_examples_its_cues_match(base: KnowledgeBase) -> None:
    from safeshare.domain.cues import find
    from safeshare.domain.observation import Observation, infer

    negators = frozenset(base.inference.negators)
    breakers = frozenset(base.inference.negation_breakers)
    unmatched = []
    for slug, harm in base.harms.items():
        for indicator in harm.indicators:
            if not indicator.examples:
                unmatched.append(f"{slug}: {indicator.text}: no examples")
            for example in indicator.examples:
                # read as an observation is read, phone shorthand and all ("kys")
                tokens = infer(Observation(example), base.inference).tokens
                found = (find(cue, tokens, negators, breakers) for cue in indicator.cues)
                if not any(match and not match.negated for match in found):
                    unmatched.append(f"{slug}: {indicator.text}: {example!r}")
    assert unmatched == []


def test_an_entry_without_a_source_is_refused(broken_copy: Path) -> None:
    harm = broken_copy / "harms" / "cuckooing.yaml"
    harm.write_text(
        harm.read_text().replace("  - source: tsab_exploitation\n", "  - verified: true\n", 1)
    )
    with pytest.raises(
        KnowledgeError, match=r"harms/cuckooing.yaml:\d+: signs.0.source: Field required"
    ):
        load_knowledge_from(broken_copy)


def test_a_condition_holds_only_when_every_given_field_does() -> None:
    from safeshare.knowledge.schema import Condition, Facts

    case = Facts(
        immediate_danger=False,
        subject="child",
        age=0,
        categories=frozenset({"fgm"}),
        setting="school",
        tags=frozenset({"known_fgm"}),
    )
    assert Condition().holds(case)
    assert Condition(
        category=["fgm"], subject=["child"], setting=["school"], indicator_tag=["known_fgm"]
    ).holds(case)
    assert Condition(min_age=0, max_age=17).holds(case)  # a newborn is an age, not an unknown
    assert not Condition(min_age=1).holds(case)
    assert not Condition(setting=["health"]).holds(case)
    assert not Condition(care_needs=True).holds(case)
    assert not Condition(min_age=16).holds(Facts(False, "child", None, frozenset()))


def test_an_areas_own_worked_examples_are_learned_beside_the_shipped_ones(
    broken_copy: Path,
) -> None:
    shipped = len(load_knowledge_from(broken_copy).worked)
    (broken_copy / "worked" / "our_area.yaml").write_text(
        "examples:\n"
        '  - text: "A boy from the estate is collected by a taxi every night after school."\n'
        "    harms: [child_criminal_exploitation]\n"
        "    source: mortimer_county_lines\n"
    )
    assert len(load_knowledge_from(broken_copy).worked) == shipped + 1


def test_a_worked_example_citing_an_unknown_source_is_reported_with_its_file(
    broken_copy: Path,
) -> None:
    (broken_copy / "worked" / "our_area.yaml").write_text(
        "examples:\n"
        '  - text: "A boy from the estate is collected by a taxi every night after school."\n'
        "    harms: [child_criminal_exploitation]\n"
        "    source: our_own_notes\n"
    )
    with pytest.raises(KnowledgeError) as error:
        load_knowledge_from(broken_copy)
    assert "worked/our_area.yaml" in str(error.value)
    assert "our_own_notes" in str(error.value)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (
            "harms: [knock_down_ginger]\n    source: common_knowledge",
            r"our_area.yaml:3: .*harm slug",
        ),
        ("harms: []\n    source: gossip", r"worked/.*unknown source 'gossip'"),
    ],
)
def test_a_worked_example_with_an_unknown_harm_or_source_is_refused(
    broken_copy: Path, entry: str, problem: str
) -> None:
    (broken_copy / "worked" / "our_area.yaml").write_text(
        f'examples:\n  - text: "A neighbour waved at me this morning."\n    {entry}\n'
    )
    with pytest.raises(KnowledgeError, match=problem):
        load_knowledge_from(broken_copy)


def test_typical_situations_must_list_at_least_one(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, folder)
    harm = folder / "harms" / "hate_crime.yaml"
    text = harm.read_text()
    start = text.index("  situations:\n")
    end = text.index("\n", text.index("    - ", start + 20) + 1)
    while text[end + 1 :].startswith("    - "):
        end = text.index("\n", end + 1)
    harm.write_text(text[:start] + "  situations: []" + text[end:])
    with pytest.raises(KnowledgeError) as error:
        load_knowledge_from(folder)
    assert "hate_crime.yaml" in str(error.value)
    assert "at least one situation" in str(error.value)
