"""Issue 13: parties (legal form, persons, representatives, names per language), their ID
numbers, payment details, evidence, history, contract penalty terms and the consistency
checks — each with a message naming file, line and field."""

from __future__ import annotations

import copy
import subprocess
import sys
from decimal import Decimal
from typing import Any, Callable

import pytest

from generator.case.bank import ru_account_ok, ru_correspondent_ok, ru_key_ok
from generator.case.ids import check_id, gender_from_patronymic
from generator.case.load import Loaded, load_file
from generator.case.validate import validate
from generator.errors import CaseInvalid, Problem
from tests.conftest import ROOT

D = Decimal


def _loaded(stem: str) -> Loaded:
    return load_file(ROOT / "cases" / f"{stem}.yaml", f"cases/{stem}.yaml")


UK, PL, RU, IL = "harper-cole-2025-07", "studio-nowak-2025-01", "vektor-romashka-2025-04", "levi-design-2025-05"


def edited(stem: str, mutate: Callable[[dict[str, Any]], None]) -> Loaded:
    loaded = _loaded(stem)
    data = copy.deepcopy(loaded.data)
    mutate(data)
    return Loaded(loaded.file, data, loaded.lines)


def case_of(stem: str, mutate: Callable[[dict[str, Any]], None] = lambda d: None):
    return validate(edited(stem, mutate), stem)


def problems(stem: str, mutate: Callable[[dict[str, Any]], None]) -> list[Problem]:
    with pytest.raises(CaseInvalid) as info:
        validate(edited(stem, mutate), stem)
    return info.value.problems


def one(stem: str, mutate: Callable[[dict[str, Any]], None]) -> Problem:
    found = problems(stem, mutate)
    assert len(found) == 1, "\n".join(map(str, found))
    assert found[0].file == f"cases/{stem}.yaml" and found[0].line
    return found[0]


def warnings_of(stem: str, mutate: Callable[[dict[str, Any]], None] = lambda d: None) -> list[Problem]:
    return list(case_of(stem, mutate).warnings)


def setter(*path_and_value: Any) -> Callable[[dict[str, Any]], None]:
    *path, key, value = path_and_value

    def mutate(d: dict[str, Any]) -> None:
        node = d
        for part in path:
            node = node[part]
        node[key] = value
    return mutate


# --- ID numbers: each checksum, valid and invalid -------------------------------------------

VALID_IDS = [
    ("NIP", "5260250274"), ("NIP", "526-025-02-74"), ("REGON", "123456785"), ("PESEL", "44051401359"),
    ("KRS", "0000123456"), ("ИНН", "7703123457"), ("ИНН", "500100732259"), ("ОГРН", "1157746123457"),
    ("ОГРН", "1027700132195"), ("ОГРНИП", "304500116000157"), ("КПП", "770301001"),
    ("ח.פ.", "515123453"), ("עוסק מורשה", "034567891"), ("ת.ז.", "000000018"),
    ("Company No.", "11873456"), ("Company No.", "SC123456"), ("VAT", "GB 318 4411 74"), ("VAT", "PL5260250274"),
    ("Some other register", "anything at all"),
]
INVALID_IDS = [
    ("NIP", "5260250275", "check digit"), ("NIP", "52602502", "ten digits"), ("REGON", "123456786", "check digit"),
    ("PESEL", "44051401358", "check digit"), ("KRS", "123456", "ten digits"), ("ИНН", "7703123456", "check digit"),
    ("ИНН", "77031234", "10 digits for an organisation, 12 for a person"),
    ("ОГРН", "1157746123456", "check digit"), ("ОГРН", "304500116000157", "name it ОГРНИП"),
    ("ОГРНИП", "304500116000158", "check digit"), ("КПП", "77030100", "nine characters"),
    ("ח.פ.", "515123456", "check digit"), ("עוסק מורשה", "034567892", "check digit"),
    ("Company No.", "1187345", "eight digits"), ("VAT", "GB 318 4411 72", "check digit"),
]


@pytest.mark.parametrize("key,value", VALID_IDS)
def test_valid_registration_numbers_pass(key: str, value: str) -> None:
    assert check_id(key, value) is None


@pytest.mark.parametrize("key,value,words", INVALID_IDS)
def test_invalid_registration_numbers_are_named(key: str, value: str, words: str) -> None:
    message = check_id(key, value)
    assert message and value in message and words in message


def test_ogrnip_whose_remainder_is_ten_or_more_is_valid() -> None:
    # 14 digits with remainder mod 13 = 10..12: the check digit is the remainder's last digit.
    body = next(str(n) for n in range(30450011600010, 30450011600100) if n % 13 >= 10)
    assert check_id("ОГРНИП", body + str(int(body) % 13 % 10)) is None


def test_wrong_checksum_in_a_case_names_file_line_and_field() -> None:
    p = one(RU, lambda d: d["debtor"]["ids"].__setitem__("ИНН", "6671123456"))
    text = (ROOT / "cases" / f"{RU}.yaml").read_text(encoding="utf-8")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "6671123450" in ln)
    assert (p.line, p.field) == (line, "debtor.ids.ИНН") and "check digit is wrong" in p.message
    assert str(p).startswith(f"cases/{RU}.yaml:{line}: debtor.ids.ИНН: ")


def test_the_same_number_for_both_parties_is_refused() -> None:
    found = problems(RU, lambda d: d["debtor"]["ids"].update(d["creditor"]["ids"]))
    assert {p.field for p in found} == {"debtor.ids.ИНН", "debtor.ids.ОГРН"}  # a КПП is shared by many
    assert all("same" in p.message for p in found)


@pytest.mark.parametrize("stem,value,ok", [
    (PL, "44051401359", True), (PL, "44051401358", False), (IL, "000000018", True), (IL, "000000019", False),
    (RU, "500100732259", True), (RU, "7703123457", False),
])
def test_personal_id_number_per_jurisdiction(stem: str, value: str, ok: bool) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["debtor"].update(kind="consumer")
        d["debtor"].pop("representative", None)
        d["debtor"]["ids"] = {}
        d["debtor"]["id_number"] = value
    if ok:
        assert case_of(stem, mutate).debtor.id_number == value
    else:
        found = [p for p in problems(stem, mutate) if p.field == "debtor.id_number"]
        assert found, "a wrong personal number must be refused"


# --- legal form --------------------------------------------------------------------------


def test_forms_of_the_examples() -> None:
    assert case_of(UK).debtor.form == "sole_trader" and case_of(UK).creditor.form == "company"
    assert case_of(PL).creditor.form == "sole_trader" and case_of(PL).debtor.form == "company"
    assert case_of(RU).debtor.form == "company"
    # The Israeli designer has no sole_trader flag: her עוסק מורשה number shows it.
    levi = case_of(IL)
    assert levi.creditor.form == "sole_trader" and levi.creditor.sole_trader and levi.creditor.is_individual
    assert levi.debtor.form == "company" and levi.debtor.is_organisation


@pytest.mark.parametrize("ids,form", [
    ({"ОГРНИП": "304500116000157", "ИНН": "500100732259"}, "sole_trader"),
    ({"ОГРН": "1027700132195", "ИНН": "6671123450"}, "company"),
    ({"KRS": "0000123456", "NIP": "6762461659"}, "company"),
    ({"עוסק מורשה": "034567891"}, "sole_trader"),
    ({"ח.פ.": "515123453"}, "company"),
])
def test_form_inferred_from_ids(ids: dict[str, str], form: str) -> None:
    case = case_of(RU, lambda d: d["debtor"].update(ids=ids))
    assert case.debtor.form == form and case.debtor.sole_trader == (form == "sole_trader")


def test_nip_without_krs_is_a_sole_trader_with_a_warning() -> None:
    case = case_of(PL, lambda d: d["debtor"]["ids"].pop("KRS"))
    assert case.debtor.form == "sole_trader" and case.debtor.register == "CEIDG"
    assert any(w.field == "debtor.ids" and "CEIDG" in w.message for w in case.warnings)
    assert case_of(PL).debtor.register == "KRS"


@pytest.mark.parametrize("stem,mutate,field,words", [
    (PL, lambda d: d["creditor"]["ids"].update(KRS="0000123456"), "creditor.ids.KRS", "CEIDG"),
    (RU, lambda d: d["debtor"].update(form="sole_trader"), "debtor.ids.ОГРН", "ОГРНИП"),
    (RU, lambda d: d["debtor"]["ids"].update(ИНН="500100732259"), "debtor.ids.ИНН", "12-digit"),
    (UK, lambda d: d["debtor"].update(form="individual"), "debtor.form", "sole_trader"),
    (UK, lambda d: d["debtor"].update(form="company"), "debtor.sole_trader", "contradicts"),
    (RU, lambda d: d["debtor"].update(gender="female"), "debtor.gender", "representative.gender"),
])
def test_contradicting_forms_are_refused(stem: str, mutate, field: str, words: str) -> None:
    found = problems(stem, mutate)
    assert any(p.field == field and words in p.message for p in found), found


# --- persons and representatives ----------------------------------------------------------


def test_person_title_gender_and_trading_name() -> None:
    d = case_of(UK).debtor
    assert (d.name, d.trading_name, d.title, d.gender) == ("Daniel Whitmore", "Whitmore Joinery", "Mr", "male")
    assert case_of(PL).creditor.gender == "female"


def test_title_and_gender_that_disagree_warn() -> None:
    found = warnings_of(UK, lambda d: d["debtor"].update(title="Mrs"))
    assert any(w.field == "debtor.title" and w.level == "warning" for w in found)


def test_representative_with_role_basis_and_gender() -> None:
    r = case_of(RU).debtor.representative
    assert r and (r.name, r.role_code, r.position, r.basis_code, r.gender) == (
        "Петрова Анна Викторовна", "ceo", "Генеральный директор", "charter", "female")
    assert r.name_in("en") == "Anna Petrova" and r.name_in("ru") == "Петрова Анна Викторовна"
    # The old templates' view: the title as written.
    assert case_of(RU).debtor.signatory.role == "Генеральный директор"


def test_legacy_signatory_still_works_and_gender_comes_from_the_patronymic() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["debtor"].pop("representative")
        d["debtor"]["signatory"] = {"name": "Петрова Анна Викторовна", "role": "Генеральный директор"}
    r = case_of(RU, mutate).debtor.representative
    assert r and r.position == "Генеральный директор" and r.role_code is None and r.gender == "female"
    assert gender_from_patronymic("Иванов Сергей Петрович") == "male"
    assert gender_from_patronymic("Daniel Whitmore") is None


def test_representative_and_signatory_together_are_refused() -> None:
    p = one(RU, lambda d: d["debtor"].update(signatory={"name": "X"}))
    assert p.field == "debtor.signatory" and "not both" in p.message


def test_power_of_attorney() -> None:
    case = case_of(RU, lambda d: d["debtor"]["representative"].update(
        role="proxy", basis="power_of_attorney", poa={"number": "12/2025", "date": __import__("datetime").date(2025, 1, 10)}))
    r = case.debtor.representative
    assert r and r.basis_code == "power_of_attorney" and r.poa and r.poa.number == "12/2025"
    found = warnings_of(RU, lambda d: d["debtor"]["representative"].update(basis="power_of_attorney"))
    assert any(w.field == "debtor.representative.basis" and "poa" in w.message for w in found)
    p = one(RU, lambda d: d["debtor"]["representative"].update(poa={"number": "1"}))
    assert p.field == "debtor.representative.poa" and "basis" in p.message


def test_free_text_role_and_basis_are_kept_as_written() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["debtor"]["representative"].pop("position")
        d["debtor"]["representative"].update(role="Управляющий", basis="решение единственного участника")
    r = case_of(RU, mutate).debtor.representative
    assert r and (r.role_code, r.position, r.role) == (None, "Управляющий", "Управляющий")
    assert (r.basis_code, r.basis_text) == (None, "решение единственного участника")
    # A free-text role beside a position: which one is the title? Refused.
    p = one(RU, lambda d: d["debtor"]["representative"].update(role="Управляющий"))
    assert p.field == "debtor.representative.role" and "not one of the roles" in p.message


def test_company_debtor_without_representative_warns_when_a_plan_is_produced() -> None:
    found = warnings_of(RU, lambda d: d["debtor"].pop("representative"))
    assert any(w.field == "debtor" and "payment plan" in w.message for w in found)


# --- names and addresses per language --------------------------------------------------------


def test_names_and_addresses_per_language() -> None:
    case = case_of(IL, lambda d: d["debtor"].update(addresses={"ru": ["Дерех Менахем Бегин, 132", "Тель-Авив"]}))
    assert case.debtor.name_in("ru") == "«Альфа Технологиот» Лтд." and case.debtor.name_in("he") == 'אלפא טכנולוגיות בע"מ'
    assert case.debtor.address_in("ru")[1] == "Тель-Авив" and case.debtor.address_in("he") == case.debtor.address


def test_a_name_in_a_script_the_letters_do_not_use_warns() -> None:
    found = warnings_of(IL, lambda d: d["debtor"].pop("names"))
    assert any(w.field == "debtor.name" and "names: {ru: ...}" in w.message for w in found)
    assert not [w for w in warnings_of(IL) if w.field.endswith(".name")]


def test_names_only_for_known_languages() -> None:
    p = one(IL, lambda d: d["debtor"]["names"].update(fr="Alpha"))
    assert p.field.startswith("debtor.names") and "fr" in p.message


# --- payment details ----------------------------------------------------------------------


def test_bank_of_russia_control_key_examples() -> None:
    # Порядок расчета контрольного ключа (ЦБ РФ 08.09.1997 № 515), Приложение, примеры 1 и 3.
    assert ru_key_ok("005", "30101810800000000746") and not ru_key_ok("005", "30101810000000000746")
    assert ru_key_ok("746", "40602810700000000025")
    assert ru_account_ok("40702810938000012345", "044525225")
    assert ru_correspondent_ok("30101810400000000225", "044525225")
    assert not ru_account_ok("40702810938000012346", "044525225")


def test_each_form_of_payment_details() -> None:
    b = case_of(RU).creditor.bank
    assert b and b.kind == "ru" and (b.account, b.bik, b.correspondent, b.name) == (
        "40702810938000012345", "044525225", "30101810400000000225", "ПАО Сбербанк")
    b = case_of(UK).creditor.bank
    assert b and b.kind == "uk" and b.sort_code_display == "20-45-77" and b.account_number == "41568823"
    b = case_of(PL).creditor.bank
    assert b and b.kind == "iban" and b.iban_display == "PL61 1090 1014 0000 0712 1981 2874" and b.bic == "WBKPPLPP"
    b = case_of(IL).creditor.bank
    assert b and b.kind == "iban" and b.iban == "IL620108000000099999999"
    b = case_of(IL, lambda d: d["creditor"].update(bank={"bank_code": "10", "branch": "800", "account": "99999999"})).creditor.bank
    assert b and b.kind == "il" and (b.bank_code, b.branch, b.account) == ("10", "800", "99999999")
    assert case_of(IL, lambda d: d["creditor"].update(bank={"bank_code": "10", "branch": "800", "account": "99999999"})).creditor.bank_account == "10-800-99999999"
    b = case_of(UK, lambda d: d["creditor"].update(bank={"text": "Cheque payable to Harper & Cole"})).creditor.bank
    assert b and b.kind == "text"


def test_old_templates_still_see_bank_account_and_bank_name() -> None:
    c = case_of(RU).creditor
    assert c.bank_account == "40702810938000012345"
    assert c.bank_name == "ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225"
    assert case_of(UK).creditor.bank_account == "20-45-77 41568823"


@pytest.mark.parametrize("stem,bank,field,words", [
    (RU, {"account": "40702810938000012346", "bik": "044525225"}, "account", "control key"),
    (RU, {"account": "40702810938000012345", "bik": "044525225", "correspondent": "30101810500000000225"},
     "correspondent", "control key"),
    (RU, {"account": "4070281093800001234", "bik": "044525225"}, "account", "20 digits"),
    (RU, {"account": "40702810938000012345", "bik": "44525225"}, "bik", "nine digits"),
    (PL, {"iban": "PL61 1090 1014 0000 0712 1981 2875"}, "iban", "check digits"),
    (PL, {"iban": "PL61 1090 1014 0000 0712 1981 2874", "bic": "SABRRUMM"}, "bic", "IBAN"),
    (UK, {"sort_code": "20-45-7", "account_number": "41568823"}, "sort_code", "six digits"),
    (UK, {"sort_code": "20-45-77", "account_number": "4156882"}, "account_number", "leading zeros"),
    (UK, {"sort_code": "20-45-77"}, "account_number", "needs the account number"),
    (IL, {"bank_code": "10", "branch": "80", "account": "99999999"}, "branch", "three digits"),
    (IL, {"account": "99999999"}, "account", "needs its bank"),
])
def test_wrong_payment_details_name_the_field(stem: str, bank: dict[str, str], field: str, words: str) -> None:
    found = problems(stem, lambda d: d["creditor"].update(bank=bank))
    assert any(p.field == f"creditor.bank.{field}" and words in p.message for p in found), found


def test_legacy_bank_lines_are_parsed_and_checked() -> None:
    def legacy(account: str, name: str | None = None):
        def mutate(d: dict[str, Any]) -> None:
            d["creditor"].pop("bank")
            d["creditor"]["bank_account"] = account
            if name:
                d["creditor"]["bank_name"] = name
        return mutate
    assert case_of(UK, legacy("Sort code 20-32-06, account 53087654")).creditor.bank.kind == "uk"
    ru = case_of(RU, legacy("40702810938000012345", "ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225"))
    assert ru.creditor.bank.kind == "ru" and ru.creditor.bank.name == "ПАО Сбербанк"
    p = one(RU, legacy("40702810938000012346", "ПАО Сбербанк, БИК 044525225"))
    assert p.field == "creditor.bank_account" and "control key" in p.message
    p = one(PL, legacy("PL61 1090 1014 0000 0712 1981 2875"))
    assert p.field == "creditor.bank_account" and "IBAN" in p.message
    assert case_of(UK, legacy("Pay by cheque, please")).creditor.bank.text == "Pay by cheque, please"
    p = one(UK, lambda d: d["creditor"].update(bank_account="20-45-77 41568823"))
    assert p.field == "creditor.bank" and "not both" in p.message


def test_payment_reference_names_invoices_and_contract() -> None:
    from generator.compute.claim import claim_for
    from generator.jurisdictions import registry
    from generator.render.context import build_context

    case = case_of(RU)
    law = registry.get("RU")
    ctx = build_context(case, law, "pretrial-claim", "ru", claim_for(case, law, "pretrial-claim"))
    ref = ctx["payment_ref"]
    assert [i.number for i in ref.invoices] == ["187"] and ref.contract.number == "14/П-2025"


# --- evidence -----------------------------------------------------------------------------


def test_invoice_delivery_and_acceptance_documents() -> None:
    inv = case_of(RU).invoice("187")
    assert inv.delivered and inv.delivered_by == "edo"
    assert [(a.kind, a.number, a.signed_by_debtor) for a in inv.acceptance] == [("upd", "187", True), ("act", "187", True)]
    pl = case_of(PL).invoice("FV/12/2025")
    assert pl.acceptance[0].kind == "acceptance_protocol" and pl.delivered


def test_delivery_rules() -> None:
    import datetime as dt
    p = one(RU, lambda d: d["invoices"][1].update(delivered=dt.date(2025, 5, 1)))
    assert p.field == "invoices[1].delivered" and "before the invoice's issue date" in p.message
    p = one(RU, lambda d: d["invoices"][0].update(delivered_by="email"))
    assert p.field == "invoices[0].delivered_by" and "delivered:" in p.message
    p = one(RU, lambda d: d["invoices"][1]["acceptance"][0].update(kind="receipt"))
    assert p.field == "invoices[1].acceptance[0].kind" and "is not allowed" in p.message


def test_proof_of_sending() -> None:
    proof = case_of(RU).documents.pretrial_claim.sending.proof
    assert proof and (proof.kind, proof.number) == ("registered_mail", "12300112345678")

    def unsent(d: dict[str, Any]) -> None:
        for k in ("sent", "sent_by"):
            d["documents"]["pretrial_claim"].pop(k)
    p = one(RU, unsent)
    assert p.field == "documents.pretrial_claim.proof" and "sent:" in p.message
    found = warnings_of(RU, lambda d: d["documents"]["pretrial_claim"].update(sent_by="email"))
    assert any(w.field == "documents.pretrial_claim.proof.kind" for w in found)


# --- history --------------------------------------------------------------------------------


DISPUTE = {"date": __import__("datetime").date(2025, 8, 12), "channel": "email", "kind": "dispute",
           "summary": "Mr Whitmore wrote that the booking calendar did not synchronise with his calendar.",
           "disputed": "the booking calendar's synchronisation", "invoice": "INV-2025-0488"}


def with_dispute(d: dict[str, Any]) -> None:
    d["events"].insert(1, dict(DISPUTE))


def test_event_kinds() -> None:
    events = case_of(UK, with_dispute).events
    assert [e.kind for e in events] == ["promise", "dispute", "time_request"]
    dispute = events[1]
    assert dispute.disputed and "booking calendar" in dispute.disputed and dispute.invoice == "INV-2025-0488"
    assert events[0].by and events[0].by.isoformat() == "2025-08-31"


@pytest.mark.parametrize("mutate,field,words", [
    (lambda d: d["events"][0].update(kind="note"), "events[0].by", "promise or time_request"),
    (lambda d: d["events"][1].update(kind="note"), "events[1].disputed", "kind: dispute"),
    (lambda d: d["events"][0].update(invoice="INV-2025-488"), "events[0].invoice", "did you mean"),
    (lambda d: d["events"][0].update(by=__import__("datetime").date(2025, 8, 1)), "events[0].by", "before"),
    (lambda d: d["events"][0].update(kind="threat"), "events[0].kind", "is not allowed"),
    (lambda d: d["events"][0].update(amount="-5"), "events[0].amount", "greater than zero"),
])
def test_event_rules(mutate, field: str, words: str) -> None:
    p = one(UK, lambda d: (with_dispute(d), mutate(d)))
    assert p.field == field and words in p.message


def test_dispute_without_what_is_disputed_warns() -> None:
    found = warnings_of(UK, lambda d: (with_dispute(d), d["events"][1].pop("disputed")))
    assert any(w.field == "events[1].kind" and "disputed" in w.message for w in found)


def test_plan_signed_after_its_first_instalment_is_refused() -> None:
    import datetime as dt
    p = one(UK, lambda d: d["documents"]["payment_plan"].update(signed=dt.date(2025, 12, 1)))
    assert p.field == "documents.payment_plan.signed" and "after the first instalment" in p.message


def test_small_claim_while_a_signed_plan_runs_warns() -> None:
    import datetime as dt

    def mutate(d: dict[str, Any]) -> None:
        d["documents"]["payment_plan"].update(date=dt.date(2025, 10, 28), signed=dt.date(2025, 10, 30))
        d["documents"]["small_claim"]["date"] = dt.date(2025, 12, 20)
    found = warnings_of(UK, mutate)
    assert any(w.field == "documents.small_claim.date" and "signed payment plan runs" in w.message for w in found)


def test_plan_due_dates() -> None:
    plan = case_of(UK).documents.payment_plan
    assert [d.isoformat() for d in plan.due_dates()] == ["2025-11-28", "2025-12-28", "2026-01-28", "2026-02-28"]


# --- contract penalty terms ------------------------------------------------------------------


@pytest.mark.parametrize("lp,field,words", [
    ({"interest": "contractual", "rate_percent": "0.1"}, "rate_percent", "did you mean rate_per_day_percent: \"0.1\"?"),
    ({"interest": "contractual", "rate_percent": "400"}, "rate_percent", "implausibly high"),
    ({"interest": "contractual", "rate_per_day_percent": "5"}, "rate_per_day_percent", "did you mean rate_percent"),
    ({"interest": "contractual", "rate_percent": "8", "rate_per_day_percent": "0.1"}, "rate_per_day_percent", "not both"),
    ({"interest": "contractual", "rate_percent": "8", "cap": {"percent": "10"}}, "cap", "cannot yet apply a cap"),
    ({"interest": "statutory", "cap": {"percent": "10", "amount": "5000.00"}}, "cap.percent", "not both"),
])
def test_penalty_terms_that_would_give_a_wrong_figure_are_refused(lp: dict[str, Any], field: str, words: str) -> None:
    found = problems(RU, lambda d: d["contract"].update(late_payment=lp))
    assert any(p.field == f"contract.late_payment.{field}" and words in p.message for p in found), found


def test_a_per_day_penalty_is_refused_only_where_the_engine_cannot_compute_it() -> None:
    # PL, UK and IL compute yearly rates only; RU computes пени per day (jurisdictions/ru.py).
    per_day = {"interest": "contractual", "rate_per_day_percent": "0.1"}
    found = problems(PL, lambda d: d["contract"].update(late_payment=per_day))
    assert any(p.field == "contract.late_payment.rate_per_day_percent" and "cannot yet compute" in p.message
               for p in found), found
    assert case_of(RU, lambda d: d["contract"].update(late_payment=per_day)).contract.late_payment.rate_per_day_percent == D("0.1")
    capped = problems(RU, lambda d: d["contract"].update(late_payment={**per_day, "cap": {"percent": "10"}}))
    assert any(p.field == "contract.late_payment.cap" and "cannot yet apply a cap" in p.message for p in capped)


def test_per_day_rate_is_recorded_not_taken_as_yearly() -> None:
    case = case_of(PL, lambda d: d["contract"].update(
        late_payment={"interest": "statutory", "rate_per_day_percent": "0.1", "cap": {"percent": "10"}}))
    lp = case.contract.late_payment
    assert lp.rate_per_day_percent == D("0.1") and lp.rate_percent is None and lp.cap and lp.cap.percent == D(10)
    assert any(w.field == "contract.late_payment.rate_per_day_percent" for w in case.warnings)


# --- consistency ------------------------------------------------------------------------------


def test_invoices_above_the_contract_price_warn_unless_extra_work_is_recorded() -> None:
    assert not [w for w in warnings_of(PL) if w.field == "contract.price"]

    def lower(d: dict[str, Any]) -> None:
        d["contract"]["price"] = "23550.00"
    found = warnings_of(PL, lower)
    assert any(w.field == "contract.price" and "24000.00" in w.message for w in found)

    def explained(d: dict[str, Any]) -> None:
        lower(d)
        d["contract"]["extra_work"] = "Dodatkowy moduł płatności (450,00 zł), zlecony e-mailem 2025-02-10"
    assert not [w for w in warnings_of(PL, explained) if w.field == "contract.price"]


def test_reminder_before_anything_is_due_is_refused() -> None:
    import datetime as dt

    def mutate(d: dict[str, Any]) -> None:
        d["documents"]["reminders"][0].update(date=dt.date(2025, 5, 15), sent=dt.date(2025, 5, 15))
    p = one(UK, mutate)
    assert p.field == "documents.reminders[0].date" and "nothing is overdue yet" in p.message


def test_sent_after_a_later_document_is_dated_is_refused() -> None:
    import datetime as dt
    p = one(UK, lambda d: d["documents"]["reminders"][1].update(sent=dt.date(2025, 10, 1)))
    assert p.field == "documents.reminders[1].sent" and "after reminder 3 is dated" in p.message


def test_sent_after_its_own_deadline_warns() -> None:
    import datetime as dt
    found = warnings_of(UK, lambda d: d["documents"]["reminders"][1].update(sent=dt.date(2025, 9, 20)))
    assert any(w.field == "documents.reminders[1].sent" and "had run out" in w.message for w in found)


# --- warnings on the command line ---------------------------------------------------------------


def test_validate_prints_warnings_and_exits_zero(tmp_path) -> None:
    text = (ROOT / "cases" / f"{PL}.yaml").read_text(encoding="utf-8")
    case = tmp_path / f"{PL}.yaml"
    assert 'price: "24000.00"' in text
    case.write_text(text.replace('price: "24000.00"', 'price: "23550.00"'), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "generator", "validate", str(case)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    line = next(i for i, ln in enumerate(case.read_text(encoding="utf-8").splitlines(), 1) if "price:" in ln)
    assert f"{PL}.yaml:{line}: contract.price: warning: the invoices add up to 24000.00" in run.stderr
    assert "1 valid, 0 invalid" in run.stdout
