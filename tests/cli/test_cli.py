from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeshare.cli import app

runner = CliRunner()


def test_triage_prints_a_readable_answer() -> None:
    result = runner.invoke(app, ["triage", "--setting", "school", "The child is always hungry."])
    assert result.exit_code == 0
    assert "Neglect" in result.stdout
    assert "Access & Referral Hub on 0300 300 8585" in result.stdout


def test_triage_json_has_the_contract_shape() -> None:
    result = runner.invoke(app, ["triage", "--json", "--age", "8", "He has unexplained bruises."])
    answer = json.loads(result.stdout)
    assert set(answer) == {"id", "concern", "urgency", "signs", "routes", "explanation"}
    assert set(answer["routes"][0]) == {"route", "name", "contact", "why"}


def test_the_danger_answer_is_yes_no_or_unsaid() -> None:
    text = [
        "--json",
        "--rules-only",
        "--age",
        "6",
        "He is always hungry and his clothes are dirty.",
    ]
    said_yes = json.loads(runner.invoke(app, ["triage", "--danger", *text]).stdout)
    unsaid = json.loads(runner.invoke(app, ["triage", *text]).stdout)
    said_no = runner.invoke(app, ["triage", "--no-danger", *text])
    assert said_yes["routes"][0]["route"] == "emergency_999"
    assert unsaid["routes"][0]["route"] != "emergency_999"
    assert said_no.exit_code == 0
    assert json.loads(said_no.stdout)["routes"][0]["route"] != "emergency_999"


def test_unknown_setting_is_a_clear_error() -> None:
    result = runner.invoke(app, ["triage", "--setting", "moon", "text"])
    assert result.exit_code == 2
    assert "unknown reporter setting 'moon'" in result.stderr


def test_unknown_locality_is_a_clear_error() -> None:
    result = runner.invoke(app, ["triage", "--locality", "Atlantis", "text"])
    assert result.exit_code == 2
    assert "unknown locality" in result.stderr


def test_batch_reports_bad_lines_and_answers_the_rest(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "The child is always hungry.", "age": 6},
        "not json",
        {"id": "c", "text": "x", "age": "old"},
        {"id": "d", "text": "A colleague had a cold."},
    ]
    batch.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["triage", "--batch", str(batch), "--out", str(out)])
    assert result.exit_code == 1
    assert f"{batch}:2: skipped" in result.stderr
    assert f"{batch}:3: skipped" in result.stderr
    answers = [json.loads(line) for line in out.read_text().splitlines()]
    assert [a["id"] for a in answers] == ["a", "d"]
    assert answers[0]["signs"][0]["category"] == "neglect"
    assert not answers[1]["concern"]


def test_missing_batch_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["triage", "--batch", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_decide_from_answers(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "legitimate_purpose": "yes",
                "identifiable": "yes",
                "confidential": "yes",
                "consent": "no",
                "other_lawful_basis": "yes",
                "subject_age": 14,
            }
        )
    )
    result = runner.invoke(app, ["decide", "--answers", str(answers), "--json"])
    decision = json.loads(result.stdout)
    assert decision["outcome"] == "share"
    assert decision["gateways"]
    assert [step["question"] for step in decision["path"]][-1] == "other_lawful_basis"


def test_decide_needs_more_answers(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"legitimate_purpose": "yes"}))
    decision = json.loads(
        runner.invoke(app, ["decide", "--answers", str(answers), "--json"]).stdout
    )
    assert decision["outcome"] == "need_more_answers"
    assert decision["next_question"]["id"] == "identifiable"


def test_decide_rejects_bad_answers(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text('{"consent": "perhaps"}')
    result = runner.invoke(app, ["decide", "--answers", str(answers)])
    assert result.exit_code == 2
    assert "consent: answer 'yes', 'no' or 'unsure'" in result.stderr
    answers.write_text("{not json")
    result = runner.invoke(app, ["decide", "--answers", str(answers)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.stderr


def test_decide_asks_one_question_at_a_time() -> None:
    result = runner.invoke(app, ["decide"], input="yes\nmaybe\nno\n")
    assert result.exit_code == 0
    assert "Please answer yes, no or unsure" in result.stdout
    assert "You can share the information" in result.stdout


def test_decide_records_the_decision(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"legitimate_purpose": "no"}))
    result = runner.invoke(
        app,
        [
            "decide",
            "--answers",
            str(answers),
            "--record-to",
            str(tmp_path / "rec"),
            "--decided-by",
            "Sam",
            "--role",
            "DSL",
            "--organisation",
            "School",
        ],
    )
    assert result.exit_code == 0
    [saved] = list((tmp_path / "rec").glob("SD-*.json"))
    record = json.loads(saved.read_text())
    assert record["outcome"] == "do_not_share"
    assert record["decided_by"]["name"] == "Sam"


def test_record_without_a_decider_is_refused(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"legitimate_purpose": "no"}))
    result = runner.invoke(app, ["decide", "--answers", str(answers), "--record-to", str(tmp_path)])
    assert result.exit_code == 2
    assert "needs the decider's name" in result.stderr


def test_knowledge_validate_and_show() -> None:
    result = runner.invoke(app, ["knowledge", "validate"])
    assert result.exit_code == 0
    assert "23 harms" in result.stdout
    shown = runner.invoke(app, ["knowledge", "show", "fgm"])
    assert "Female genital mutilation" in shown.stdout
    assert "Source:" in shown.stdout
    assert runner.invoke(app, ["knowledge", "show", "nonsense"]).exit_code == 2


def test_knowledge_validate_reports_a_broken_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["knowledge", "validate", str(tmp_path)])
    assert result.exit_code == 2
    assert "sources.yaml" in result.stderr


def test_localities_lists_numbers() -> None:
    result = runner.invoke(app, ["localities"])
    assert "0300 300 8585" in result.stdout
    assert "no confirmed number" in result.stdout


def test_an_administrator_can_change_a_number_without_code(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from safeshare.settings import get_settings

    folder = tmp_path / "knowledge"
    assert runner.invoke(app, ["knowledge", "export", str(folder)]).exit_code == 0
    area = folder / "localities" / "central-bedfordshire.yaml"
    area.write_text(area.read_text().replace("0300 300 8585", "0300 000 0000"))
    monkeypatch.setenv("SAFESHARE_KNOWLEDGE_DIR", str(folder))
    get_settings.cache_clear()
    try:
        result = runner.invoke(app, ["triage", "--age", "6", "The child is always hungry."])
    finally:
        get_settings.cache_clear()
    assert "0300 000 0000" in result.stdout


def test_export_refuses_to_overwrite(tmp_path: Path) -> None:
    result = runner.invoke(app, ["knowledge", "export", str(tmp_path)])
    assert result.exit_code == 2
    assert "already exists" in result.stderr


def test_decide_takes_the_context_as_options() -> None:
    result = runner.invoke(
        app, ["decide", "--subject-age", "12", "--category", "fgm"], input="yes\nyes\nno\n"
    )
    assert result.exit_code == 0
    assert "FGM mandatory reporting duty" in result.stdout


def test_decide_rejects_an_unknown_category() -> None:
    result = runner.invoke(app, ["decide", "--category", "dragons"], input="yes\n")
    assert result.exit_code == 2
    assert "unknown harm category 'dragons'" in result.stderr


SCENARIOS = Path(__file__).resolve().parents[3] / "shared" / "data" / "leaflet_scenarios.jsonl"


@pytest.mark.skipif(not SCENARIOS.exists(), reason="shared leaflet scenarios not present")
def test_leaflet_scenarios_through_the_batch_command(tmp_path: Path) -> None:
    out = tmp_path / "answers.jsonl"
    result = runner.invoke(app, ["triage", "--batch", str(SCENARIOS), "--out", str(out)])
    assert result.exit_code == 0
    expected = {c["id"]: c for c in map(json.loads, SCENARIOS.read_text().splitlines())}
    answers = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(answers) == len(expected)
    for answer in answers:
        case = expected[answer["id"]]
        assert answer["signs"][0]["category"] in case["expected_categories"], answer["id"]
        assert answer["routes"][0]["route"] in case["expected_routes"], answer["id"]
