"""The command line, as a user meets it: exit codes, messages, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import jsonschema
from generator.cli import main
from tests.conftest import CASES, ROOT
from tests.test_build import write_case


def test_validate_examples(capsys) -> None:
    assert main(["validate", *map(str, CASES)]) == 0
    assert f"{len(CASES)} valid, 0 invalid" in capsys.readouterr().out


def test_validate_reports_every_problem_with_file_line_field(tmp_path: Path, capsys) -> None:
    case = write_case(tmp_path, "broken")
    text = case.read_text().replace("currency: GBP", "currency: GBP\ncurency: EUR").replace('amount: "6300.00"', 'amount: "-6300.001"')
    case.write_text(text)
    assert main(["validate", str(case)]) == 1
    err = capsys.readouterr().err
    assert "broken.yaml:9: curency: unknown field 'curency'; did you mean 'currency'?" in err
    assert "Traceback" not in err


def test_compute_prints_the_spec_json(capsys) -> None:
    assert main(["compute", str(ROOT / "cases" / "studio-nowak-2025-01.yaml"), "--as-of", "2025-06-10"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("case", "currency", "as_of", "principal_outstanding", "interest", "fees", "compensation",
                "claim_total", "court_fee", "small_claims_limit", "within_small_claims_limit"):
        assert key in data
    period = data["interest"]["periods"][0]
    assert period == {**period, "invoice": "FV/12/2025", "from": "2025-03-01", "to": "2025-04-15", "days": 46,
                      "principal": "16800.00", "rate_percent": "15.75", "day_basis": 365, "amount": "333.47"}
    assert data["as_of"] == "2025-06-10"


def test_compute_rejects_a_bad_date() -> None:
    with pytest.raises(SystemExit) as info:
        main(["compute", str(CASES[0]), "--as-of", "2025-02-30"])
    assert info.value.code == 2


def test_status_lists_next_step(capsys) -> None:
    assert main(["status", str(ROOT / "cases" / "harper-cole-2025-07.yaml"), "--as-of", "2025-10-01", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["cases"]
    # The final reminder went out on 30 September with 7 days to pay: the pre-trial
    # claim is next, from 8 October; the claim sent on 15 October does not count yet.
    assert (rows[0]["next"], rows[0]["next_from"], rows[0]["state"]) == ("pretrial-claim", "2025-10-08",
                                                                         "waiting for reply")
    assert [s["document"] for s in rows[0]["sent"]] == ["reminder-1", "reminder-2", "reminder-3"]


def test_schema_file_is_up_to_date() -> None:
    assert jsonschema.SCHEMA_FILE.read_text(encoding="utf-8") == jsonschema.render(), "run `make schema`"


def test_schema_describes_every_field() -> None:
    schema = jsonschema.json_schema()
    assert schema["properties"]["jurisdiction"]["enum"] == ["UK", "PL", "RU", "IL"]
    assert "description" in schema["properties"]["invoices"]["items"]["properties"]["amount"]
    assert schema["additionalProperties"] is False


def test_new_refuses_a_bad_id_and_an_existing_case(capsys) -> None:
    assert main(["new", "Bad_Id", "--jurisdiction", "PL"]) == 1
    assert main(["new", "studio-nowak-2025-01", "--jurisdiction", "PL"]) == 1
    assert "already exists" in capsys.readouterr().err


@pytest.mark.parametrize("jurisdiction", ["UK", "PL", "RU", "IL"])
def test_new_writes_a_starter_that_validates(jurisdiction: str) -> None:
    from generator.case.load import load_text
    from generator.case.validate import validate
    from generator.pipeline import legal_problems
    from generator.starter import starter_text

    text = starter_text("starter", jurisdiction, ["en"])
    case = validate(load_text(text, "starter.yaml"), stem="starter")
    assert legal_problems(case) == []


def test_validate_of_100_cases_does_not_import_weasyprint(tmp_path: Path) -> None:
    import subprocess
    import sys

    paths = [str(write_case(tmp_path, f"many-{n:03d}")) for n in range(100)]
    code = ("import sys; from generator.cli import main; rc = main(['validate', *sys.argv[1:]]); "
            "print(rc, 'weasyprint' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, *paths], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split()[-2:] == ["0", "False"]
