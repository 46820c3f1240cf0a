"""`status`, the weekly review: after each document of a case is sent in turn, the right
state, reply date, next step and first day for it, in every jurisdiction; limitation
dates with their rules; payment plans running and defaulted; every case a row, whatever
happens to it; totals per currency."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from generator.case import model as m
from generator.cli import main
from generator.status import case_status, counts, status_rows, totals
from tests.conftest import CASES, ROOT, example

D = dt.date.fromisoformat


def unsent(case: m.Case) -> m.Case:
    """The case with nothing recorded as sent, signed or filed."""
    docs = case.documents
    return dataclasses.replace(case, documents=dataclasses.replace(
        docs,
        reminders=tuple(dataclasses.replace(r, sending=m.Sending()) for r in docs.reminders),
        pretrial_claim=dataclasses.replace(docs.pretrial_claim, sending=m.Sending()),
        payment_plan=dataclasses.replace(docs.payment_plan, signed=None),
        small_claim=dataclasses.replace(docs.small_claim, filed=None)))


def send(case: m.Case, document: str, day: dt.date) -> m.Case:
    docs = case.documents
    if document.startswith("reminder-"):
        level = int(document[-1])
        reminders = tuple(dataclasses.replace(r, sending=m.Sending(day, "email")) if r.level == level else r
                          for r in docs.reminders)
        return dataclasses.replace(case, documents=dataclasses.replace(docs, reminders=reminders))
    if document == "pretrial-claim":
        return dataclasses.replace(case, documents=dataclasses.replace(
            docs, pretrial_claim=dataclasses.replace(docs.pretrial_claim, sending=m.Sending(day, "letter"))))
    if document == "payment-plan":
        return dataclasses.replace(case, documents=dataclasses.replace(
            docs, payment_plan=dataclasses.replace(docs.payment_plan, signed=day)))
    return dataclasses.replace(case, documents=dataclasses.replace(
        docs, small_claim=dataclasses.replace(docs.small_claim, filed=day)))


# Worked by hand from each example's dates (weekends and holidays move a deadline in PL,
# KC 115, and RU, ГК 193; in IL the letters' own deadlines avoid them). Per step: the document sent and the day, then the
# state on that day, the reply due, the next step and its first day.
STEPS = {
    # UK: due 31 Jul 2025; reminders 7 days to pay; Letter of Claim 30 days.
    "harper-cole-2025-07": [
        (None, "2025-08-01", "next step due", None, "reminder-1", "2025-08-01"),
        ("reminder-1", "2025-08-01", "waiting for reply", "2025-08-08", "reminder-2", "2025-08-30"),
        ("reminder-2", "2025-08-29", "waiting for reply", "2025-09-05", "reminder-3", "2025-09-29"),
        ("reminder-3", "2025-09-30", "waiting for reply", "2025-10-07", "pretrial-claim", "2025-10-08"),
        ("pretrial-claim", "2025-10-15", "waiting for reply", "2025-11-14", "small-claim", "2025-11-15"),
        ("small-claim", "2025-11-20", "filed", None, None, None),
    ],
    # PL: due 28 Feb 2025; 1 May (Święto Pracy) moves reminder 2's deadline to 2 May.
    "studio-nowak-2025-01": [
        (None, "2025-03-25", "next step due", None, "reminder-1", "2025-03-01"),
        ("reminder-1", "2025-03-25", "waiting for reply", "2025-04-01", "reminder-2", "2025-04-02"),
        ("reminder-2", "2025-04-24", "waiting for reply", "2025-05-02", "reminder-3", "2025-05-03"),
        ("reminder-3", "2025-05-26", "waiting for reply", "2025-06-02", "pretrial-claim", "2025-06-03"),
        ("pretrial-claim", "2025-06-10", "waiting for reply", "2025-06-24", "small-claim", "2025-06-25"),
        ("small-claim", "2025-07-16", "filed", None, None, None),
    ],
    # RU: due Saturday 31 May 2025, so Monday 2 June (ГК 193); претензия 30 days (АПК 4(5)).
    "vektor-romashka-2025-04": [
        (None, "2025-06-03", "next step due", None, "reminder-1", "2025-06-03"),
        ("reminder-1", "2025-06-02", "waiting for reply", "2025-06-09", "reminder-2", "2025-07-02"),
        ("reminder-2", "2025-07-01", "waiting for reply", "2025-07-08", "reminder-3", "2025-08-01"),
        ("reminder-3", "2025-08-01", "waiting for reply", "2025-08-08", "pretrial-claim", "2025-08-09"),
        ("pretrial-claim", "2025-08-20", "waiting for reply", "2025-09-19", "small-claim", "2025-09-20"),
        ("small-claim", "2025-09-29", "filed", None, None, None),
    ],
    # IL: due 30 Jul 2025, not moved; the deadlines our letters set avoid days of rest and
    # holidays (drafting practice): 7 Oct 2025 is Sukkot, so the final reminder's is 8 Oct.
    "levi-design-2025-05": [
        (None, "2025-07-31", "next step due", None, "reminder-1", "2025-07-31"),
        ("reminder-1", "2025-07-31", "waiting for reply", "2025-08-07", "reminder-2", "2025-08-29"),
        ("reminder-2", "2025-08-31", "waiting for reply", "2025-09-07", "reminder-3", "2025-09-28"),
        ("reminder-3", "2025-09-30", "waiting for reply", "2025-10-08", "pretrial-claim", "2025-10-09"),
        ("pretrial-claim", "2025-10-15", "waiting for reply", "2025-10-29", "small-claim", "2025-10-30"),
        ("small-claim", "2025-11-20", "filed", None, None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(STEPS))
def test_next_step_after_each_document_sent_in_turn(name: str, tmp_path: Path) -> None:
    case = unsent(example(name))
    for document, day, state, reply, nxt, nxt_from in STEPS[name]:
        if document:
            case = send(case, document, D(day))
        row = case_status(case, D(day), tmp_path)
        got = (row["state"], row["awaiting"]["deadline"] if row["awaiting"] else None, row["next"], row["next_from"])
        assert got == (state, reply, nxt, nxt_from), f"{name} after {document} on {day}"
        if document:
            assert row["sent"][-1]["document"] == document and row["sent"][-1]["sent"] == day
        if reply:  # the day after the reply was due, the next step is due
            after = case_status(case, D(reply) + dt.timedelta(days=1), tmp_path)
            expected = "next step due" if D(nxt_from) <= D(reply) + dt.timedelta(days=1) else "waiting for reply"
            assert (after["state"], after["next"], after["awaiting"]) == (expected, nxt, None), f"{name} {document}"


def test_a_later_document_counts_even_if_an_earlier_one_was_skipped(tmp_path: Path) -> None:
    """The Letter of Claim went out without the third reminder: the next step is court,
    not reminder-3 (the first thing the old `status` got wrong)."""
    case = send(send(unsent(example("harper-cole-2025-07")), "reminder-1", D("2025-08-01")),
                "pretrial-claim", D("2025-09-01"))
    row = case_status(case, D("2025-10-15"), tmp_path)
    assert (row["state"], row["next"], row["next_from"]) == ("next step due", "small-claim", "2025-10-02")
    month_later = case_status(case, D("2025-11-15"), tmp_path)
    assert (month_later["state"], month_later["next"]) == ("next step due", "small-claim")


@pytest.mark.parametrize("name,last_day,rule", [
    # UK: six years from the day after the due date 31 Jul 2025 (Limitation Act 1980 s.5).
    ("harper-cole-2025-07", "2031-07-31", "Limitation Act 1980 s.5"),
    # PL: a contract for a specific work (contract.type: work): two years from the delivery
    # of the work, here the acceptance protocol of 13 Feb 2025 (KC 646), not moved to the
    # end of the year. The safe day to file by is the day before the law's end (KC art. 112:
    # the end of 13 Feb 2027), second PL review N2.
    ("studio-nowak-2025-01", "2027-02-12", "KC art. 646"),
    # RU: three years from 3 Jun 2025 (ГК 196); the претензия is not sent here.
    ("vektor-romashka-2025-04", "2028-06-02", "ГК РФ ст. 196"),
    # IL: seven years from 31 Jul 2025 (Prescription Law s.5(1)).
    ("levi-design-2025-05", "2032-07-30", "5718-1958 s.5(1)"),
])
def test_limitation_date_for_each_jurisdiction(name: str, last_day: str, rule: str, tmp_path: Path) -> None:
    row = case_status(unsent(example(name)), D("2025-12-01"), tmp_path)
    assert row["limitation"]["last_day"] == last_day and rule in row["limitation"]["source"]
    assert row["state"] != "time-barred" and not row["warnings"]


def test_russian_pretrial_claim_suspends_limitation_for_30_days(tmp_path: Path) -> None:
    case = send(unsent(example("vektor-romashka-2025-04")), "pretrial-claim", D("2025-08-20"))
    row = case_status(case, D("2025-12-01"), tmp_path)
    assert row["limitation"]["last_day"] == "2028-07-02"
    assert "202" in row["limitation"]["applied"][0]
    consumer = dataclasses.replace(case, debtor=dataclasses.replace(case.debtor, kind="consumer"))
    assert case_status(consumer, D("2025-12-01"), tmp_path)["limitation"]["last_day"] == "2028-06-02"


def _pl_general(case: m.Case) -> m.Case:
    """The Polish example as a contract the special periods do not reach (type: other)."""
    return dataclasses.replace(case, contract=dataclasses.replace(case.contract, type="other"))


def test_polish_general_period_ends_with_the_year(tmp_path: Path) -> None:
    # KC 118: three years (creditor in business) from 1 Mar 2025, to the end of that year.
    row = case_status(_pl_general(unsent(example("studio-nowak-2025-01"))), D("2025-12-01"), tmp_path)
    assert row["limitation"]["last_day"] == "2028-12-29" and "KC art. 118" in row["limitation"]["source"]


def test_polish_acknowledgement_by_a_signed_plan_restarts_limitation(tmp_path: Path) -> None:
    case = send(_pl_general(unsent(example("studio-nowak-2025-01"))), "payment-plan", D("2026-01-10"))
    row = case_status(case, D("2026-02-01"), tmp_path)
    assert row["limitation"]["last_day"] == "2029-12-31" and "123" in row["limitation"]["applied"][0]
    consumer_creditor = dataclasses.replace(_pl_general(unsent(example("studio-nowak-2025-01"))),
                                            creditor=dataclasses.replace(case.creditor, kind="consumer"))
    assert case_status(consumer_creditor, D("2025-12-01"), tmp_path)["limitation"]["last_day"] == "2031-12-31"
    # A work's two years run anew from the acknowledgement too (KC 124 § 1).
    work = send(unsent(example("studio-nowak-2025-01")), "payment-plan", D("2026-01-10"))
    restarted = case_status(work, D("2026-02-01"), tmp_path)["limitation"]
    assert restarted["last_day"] == "2028-01-07" and restarted["law_last_day"] == "2028-01-10"


def test_polish_status_gives_the_safe_filing_day_and_the_law_s_last_day(tmp_path: Path) -> None:
    """Second PL review N2: KC art. 112 ends two years from delivery on 13.02.2025 at the end of
    13.02.2027; status files by the day before and says which is which."""
    lim = case_status(unsent(example("studio-nowak-2025-01")), D("2025-12-01"), tmp_path)["limitation"]
    assert lim["last_day"] == "2027-02-12" and lim["law_last_day"] == "2027-02-13"
    assert "art. 112" in lim["law_last_day_source"]
    near = case_status(unsent(example("studio-nowak-2025-01")), D("2027-01-20"), tmp_path)
    warning = next(w for w in near["warnings"] if w.startswith("limitation near"))
    assert "file by 2027-02-12" in warning and "counted cautiously" in warning and "end of 2027-02-13" in warning
    # On the law's last day the claim is not yet time-barred; the day after it is.
    assert case_status(unsent(example("studio-nowak-2025-01")), D("2027-02-13"), tmp_path)["state"] != "time-barred"
    barred = case_status(unsent(example("studio-nowak-2025-01")), D("2027-02-14"), tmp_path)
    assert barred["state"] == "time-barred" and any("since 2027-02-14" in w for w in barred["warnings"])
    # Other jurisdictions keep one date.
    assert case_status(unsent(example("harper-cole-2025-07")), D("2025-12-01"), tmp_path)["limitation"]["law_last_day"] is None


def test_near_and_past_limitation(tmp_path: Path) -> None:
    case = send(unsent(example("harper-cole-2025-07")), "pretrial-claim", D("2025-10-15"))
    near = case_status(case, D("2031-03-01"), tmp_path)
    assert near["state"] == "next step due" and "limitation near" in near["warnings"][0]
    assert "2031-07-31" in near["warnings"][0]
    barred = case_status(case, D("2031-08-01"), tmp_path)
    assert barred["state"] == "time-barred" and barred["limitation"]["time_barred"] == ["INV-2025-0488"]
    filed = case_status(send(case, "small-claim", D("2031-07-30")), D("2031-08-01"), tmp_path)
    assert filed["state"] == "filed" and filed["limitation"]["stopped"] == "2031-07-30"


def test_signed_payment_plan_running_then_defaulted(tmp_path: Path) -> None:
    from generator.compute.claim import claim_for, instalments
    from generator.jurisdictions import registry

    base = unsent(example("harper-cole-2025-07"))
    case = send(send(base, "pretrial-claim", D("2025-10-15")), "payment-plan", D("2025-10-30"))
    plan = case.documents.payment_plan
    first = instalments(claim_for(case, registry.get("UK"), "payment-plan").total, plan.installments,
                        plan.first_due, "GBP")[0]
    assert first.due == D("2025-11-28")
    running = case_status(case, D("2025-11-20"), tmp_path)
    assert running["state"] == "plan running" and running["plan_next_instalment"]["due"] == "2025-11-28"
    missed = case_status(case, D("2025-12-01"), tmp_path)
    assert missed["state"] == "plan defaulted" and missed["plan"]["missed"]["number"] == 1
    assert "was missed" in missed["warnings"][0]
    assert (missed["next"], missed["next_from"]) == ("small-claim", "2025-11-29")
    paid = dataclasses.replace(case, payments=(*case.payments, m.Payment(D("2025-11-27"), first.amount)))
    assert case_status(paid, D("2025-12-01"), tmp_path)["state"] == "plan running"


def test_documents_built_but_not_sent(tmp_path: Path) -> None:
    case = send(unsent(example("harper-cole-2025-07")), "reminder-1", D("2025-08-01"))
    for name in ("reminder-1", "reminder-2"):
        (tmp_path / case.id / "en").mkdir(parents=True, exist_ok=True)
        (tmp_path / case.id / "en" / f"{name}.md").write_text("x")
    assert case_status(case, D("2025-08-02"), tmp_path)["built_not_sent"] == ["reminder-2"]


def test_every_case_is_a_row_and_totals_are_per_currency(tmp_path: Path) -> None:
    bad = tmp_path / "broken-case.yaml"
    bad.write_text("case: broken-case\njurisdiction: XX\n", encoding="utf-8")
    rows = status_rows([*CASES, bad], D("2025-10-01"), tmp_path)
    assert len(rows) == len(CASES) + 1
    broken = rows[-1]
    assert broken["state"] == "invalid" and "broken-case.yaml" in broken["reason"]
    assert totals(rows) == {r["currency"]: r["outstanding"] for r in rows[:-1]}
    assert sum(counts(rows).values()) == len(rows)


def test_status_today_on_the_examples_exits_0_with_a_row_each(capsys) -> None:
    """Tables that do not reach today make the amount that of the latest document, with
    the reason (what to update), never a missing row (issue 10)."""
    assert main(["status", "--as-of", "2026-12-01", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sorted(r["case"] for r in report["cases"]) == sorted(p.stem for p in CASES)
    for r in report["cases"]:
        assert r["outstanding"] is not None and r["state"] not in ("invalid", "error")
        assert r["reason"] is None or "update" in r["reason"]
    assert set(report["totals"]) == {"GBP", "PLN", "RUB", "ILS"}


def test_status_text_sorts_amounts_within_a_currency_and_prints_totals(tmp_path: Path, capsys) -> None:
    cheap = tmp_path / "harper-cole-cheap.yaml"
    text = (ROOT / "cases" / "harper-cole-2025-07.yaml").read_text(encoding="utf-8")
    cheap.write_text(text.replace("case: harper-cole-2025-07", "case: harper-cole-cheap")
                     .replace('amount: "6300.00"', 'amount: "3300.00"'), encoding="utf-8")
    paths = [str(p) for p in CASES] + [str(cheap)]
    code = main(["status", *paths, "--as-of", "2025-10-01", "--sort", "amount"])
    out = capsys.readouterr().out
    assert code == 0, out
    lines = [line for line in out.splitlines() if line and not line.startswith(" ")]
    order = [line.split()[0] for line in lines[1:-2]]
    assert order.index("harper-cole-2025-07") + 1 == order.index("harper-cole-cheap"), order
    assert lines[-2].startswith("outstanding: ") and "GBP" in lines[-2] and "RUB" in lines[-2]
    assert lines[-1].startswith("5 case(s): ")


def test_status_of_a_practice_is_read_across_cores_in_the_order_given(tmp_path) -> None:
    """Issue 19: from PARALLEL_FROM cases on, the cases are read in worker processes; the
    rows are the same, in the same order, as when read one by one."""
    from generator import status

    paths = [*CASES] * (status.PARALLEL_FROM // len(CASES) + 1)
    assert len(paths) >= status.PARALLEL_FROM
    serial = status_rows(paths, D("2025-10-01"), tmp_path, jobs=1)
    assert status_rows(paths, D("2025-10-01"), tmp_path, jobs=2) == serial
    assert [r["case"] for r in serial] == [p.stem for p in paths]
