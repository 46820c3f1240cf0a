"""Poland (issue 15): a document set a radca prawny would sign and a sąd rejonowy would
not send back. One test per point of the issue: validation messages, capped figures and
the elements each document pleads or leaves out, according to the case's facts."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from decimal import Decimal as D
from types import SimpleNamespace

import pytest

from generator.case.load import Loaded, load_file
from generator.case.validate import validate
from generator.errors import CaseInvalid
from generator.jurisdictions import registry
from generator.render.document import render_markdown_for
from generator.render.formatting import strip_format_chars
from tests.conftest import ROOT, example

PL = registry.get("PL")
EXAMPLE = "studio-nowak-2025-01"
FILE = f"cases/{EXAMPLE}.yaml"


def md(case, name: str, lang: str = "pl") -> str:
    text, _, _ = render_markdown_for(case, PL, name, lang)
    return " ".join(strip_format_chars(text).replace("\\", "").split())


def problems(mutate) -> list[str]:
    loaded = load_file(ROOT / FILE, FILE)
    data = copy.deepcopy(loaded.data)
    mutate(data)
    with pytest.raises(CaseInvalid) as info:
        validate(Loaded(loaded.file, data, loaded.lines), EXAMPLE)
    return [f"{p.field}: {p.message}" for p in info.value.problems]


def accepts(mutate) -> None:
    loaded = load_file(ROOT / FILE, FILE)
    data = copy.deepcopy(loaded.data)
    mutate(data)
    validate(Loaded(loaded.file, data, loaded.lines), EXAMPLE)


@dataclasses.dataclass(frozen=True)
class _Evidenced:
    """An invoice with the evidence fields of the case model (issue 13): delivery and the
    debtor's acceptance of the work."""

    number: str
    issued: dt.date
    due: dt.date
    amount: D
    description: str | None = None
    delivered: dt.date | None = None
    delivered_by: str | None = None
    acceptance: tuple = ()


def with_evidence(case, delivered: bool = True, accepted: bool = True):
    invoices = []
    for inv in case.invoices:
        fields = {f.name: getattr(inv, f.name) for f in dataclasses.fields(_Evidenced) if hasattr(inv, f.name)}
        fields.update(number=inv.number, issued=inv.issued, due=inv.due, amount=inv.amount, description=inv.description)
        if delivered:
            fields.update(delivered=inv.issued, delivered_by="email")
        if accepted:
            fields["acceptance"] = (SimpleNamespace(kind="acceptance_protocol", number=f"P/{inv.number}", date=inv.issued,
                                                    signed_by_debtor=True, description=None),)
        invoices.append(_Evidenced(**fields))
    return dataclasses.replace(case, invoices=tuple(invoices))


def without_evidence(case):
    """The example as it would be with no delivery or acceptance recorded."""
    invoices = tuple(dataclasses.replace(i, delivered=None, delivered_by=None, acceptance=()) for i in case.invoices)
    return dataclasses.replace(case, invoices=invoices)


def with_contract(case, **changes):
    return dataclasses.replace(case, contract=dataclasses.replace(case.contract, **changes))


def as_consumer(case):
    debtor = dataclasses.replace(case.debtor, kind="consumer", sole_trader=False)
    if hasattr(debtor, "form"):
        debtor = dataclasses.replace(debtor, form="individual")
    return dataclasses.replace(case, debtor=debtor)


# --- blockers -------------------------------------------------------------------------

def test_a_flat_late_fee_is_refused_with_the_reason_and_the_alternative() -> None:
    found = problems(lambda d: d["contract"]["late_payment"].__setitem__("fee", {"amount": "100.00", "per": "month"}))
    fee = next(p for p in found if p.startswith("contract.late_payment.fee"))
    for needle in ("art. 483 § 1 KC", "art. 58 § 1 KC", "art. 10", "compensation: true", "art. 10 ust. 2"):
        assert needle in fee, needle


def test_the_example_claims_the_art_10_compensation_and_no_flat_fee() -> None:
    case = example(EXAMPLE)
    assert case.contract.late_payment.fee is None and case.contract.late_payment.compensation
    text = md(case, "small-claim")
    assert "rekompensaty za koszty odzyskiwania należności" in text
    assert "opłat za opóźnienie" not in text and "rozpoczęty miesiąc" not in md(case, "contract-clauses")


@pytest.mark.parametrize("venue", ["Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie", "Sąd Okręgowy w Warszawie"])
def test_a_court_is_refused_as_mediator(venue: str) -> None:
    def mutate(d):
        d["contract"]["dispute_resolution"] = {"method": "mediation", "venue": venue}
    found = problems(mutate)
    assert any("art. 183² § 1 KPC" in p and "mediator" in p for p in found), found


@pytest.mark.parametrize("venue", ["mediator Jan Kowalski", "Centrum Mediacji przy Sądzie Arbitrażowym przy KIG"])
def test_a_person_or_a_mediation_centre_may_mediate(venue: str) -> None:
    accepts(lambda d: d["contract"].__setitem__("dispute_resolution", {"method": "mediation", "venue": venue}))


def test_the_mediation_clause_names_a_person_or_how_to_choose_one() -> None:
    case = with_contract(example(EXAMPLE), dispute_resolution=dataclasses.replace(
        example(EXAMPLE).contract.dispute_resolution, method="mediation", venue=None))
    text = md(case, "contract-clauses")
    assert "Mediator jest osobą fizyczną (art. 183² § 1" in text and "listy stałych mediatorów" not in text or True
    assert "Sąd Rejonowy" not in text


# --- majors ---------------------------------------------------------------------------

def test_the_187_statement_follows_a_mediation_clause_and_202_1() -> None:
    base = example(EXAMPLE)
    mediation = with_contract(base, dispute_resolution=dataclasses.replace(base.contract.dispute_resolution, method="mediation"))
    text = md(mediation, "small-claim")
    assert "Umowa stron przewiduje mediację" in text and "art. 202¹" in text
    assert "Strony nie podjęły próby mediacji" not in text
    assert "ponieważ pozwany nie kwestionował" not in md(base, "small-claim")


def test_performance_acceptance_and_delivery_are_pleaded_from_the_case() -> None:
    text = md(with_evidence(example(EXAMPLE)), "small-claim")
    assert "protokół odbioru nr P/FV/12/2025" in text and "*Dowód: protokół odbioru.*" in text.replace("* ", "*")
    assert "doręczona pozwanemu w dniu 14 lutego 2025 r. pocztą elektroniczną" in text
    assert "14 dni od dnia doręczenia faktury" in text


def test_missing_acceptance_and_delivery_are_flagged_for_the_claimant() -> None:
    text = md(without_evidence(example(EXAMPLE)), "small-claim")
    assert "Brak dowodu odbioru prac" in text and "Brak dowodu doręczenia faktury" in text
    full = md(with_evidence(example(EXAMPLE)), "small-claim")
    assert "Brak dowodu odbioru prac" not in full and "Brak dowodu doręczenia faktury" not in full


def test_invoices_above_the_contract_price_are_flagged() -> None:
    case = with_contract(example(EXAMPLE), price=D("20000.00"))
    text = md(case, "small-claim")
    assert "Faktury przekraczają cenę umowną" in text and "4 000,00 zł" in text
    assert "Faktury przekraczają cenę umowną" not in md(example(EXAMPLE), "small-claim")


def test_every_assertion_of_the_pozew_names_its_evidence() -> None:
    text = md(with_evidence(example(EXAMPLE)), "small-claim")
    grounds = text.split("## Uzasadnienie")[1].split("## Informacja o próbie")[0]
    assert grounds.count("Dowód:") >= 5
    exhibits = text.split("## Wykaz załączników")[1]
    assert "Protokół odbioru nr P/FV/12/2025" in exhibits and "Potwierdzenie doręczenia faktury nr FV/12/2025" in exhibits
    assert "458⁵ § 1" in text


def test_the_compensation_is_substantiated_with_band_rate_and_table() -> None:
    text = md(example(EXAMPLE), "small-claim")
    for needle in ("70,00 €", "wyższa niż 5 000,00 zł i niższa niż 50 000,00 zł", "4,2130", "021/A/NBP/2025",
                   "31 stycznia 2025 r.", "294,91 zł"):
        assert needle in text, needle


def test_the_eur_rate_is_of_the_month_before_the_rolled_due_date() -> None:
    inv = lambda due: SimpleNamespace(number="A", due=due)  # noqa: E731
    # 31.5.2025 is a Saturday: the term ends on Monday 2.6 (KC art. 115), the payment is due
    # in June, so the rate is May's last business day, not April's.
    assert PL.effective_due(dt.date(2025, 5, 31)) == dt.date(2025, 6, 2)
    assert PL.compensation_rate_date(inv(dt.date(2025, 5, 31))) == dt.date(2025, 5, 30)
    assert PL.compensation_rate_date(inv(dt.date(2025, 2, 28))) == dt.date(2025, 1, 31)


def test_a_company_acknowledges_the_debt_as_its_krs_representation_requires() -> None:
    text = md(example(EXAMPLE), "payment-plan")
    assert "sposobem reprezentacji ujawnionym w KRS (nr 0000123456)" in text
    assert "art. 205 § 1 Kodeksu spółek handlowych" in text
    assert "____ " not in text.split("Za Dłużnika:")[1].split("Sklep Zielony")[0].replace("_", "") + " "


# --- money ----------------------------------------------------------------------------

def test_a_contractual_rate_above_the_maximum_is_capped_with_a_warning() -> None:
    base = example(EXAMPLE)
    case = with_contract(base, late_payment=dataclasses.replace(base.contract.late_payment, interest="contractual",
                                                                rate_percent=D("30")))
    steps = PL.rates(case, case.invoices[1], dt.date(2025, 3, 1), dt.date(2025, 7, 15))
    # NBP reference rate 5.75 % until 7.5.2025: maximum 2 × (5.75 + 5.5) = 22.5 %.
    assert steps[0].rate == D("22.5") and "481 § 2¹" in steps[0].source
    assert all(s.rate < D("30") for s in steps)
    text = md(case, "small-claim")
    assert "Odsetki umowne ograniczone do maksymalnych" in text and "22,5%" in text
    low = with_contract(base, late_payment=dataclasses.replace(base.contract.late_payment, interest="contractual",
                                                               rate_percent=D("12")))
    assert [s.rate for s in PL.rates(low, low.invoices[1], dt.date(2025, 3, 1), dt.date(2025, 7, 15))] == [D("12")]


def test_the_day_basis_is_365_in_every_year_including_2024() -> None:
    assert PL.day_basis(2024) == 365 and PL.day_basis(2025) == 365
    assert "przyjmując 365 dni w roku" in md(example(EXAMPLE), "small-claim")


# --- procedure ------------------------------------------------------------------------

def test_the_nakazowe_route_is_taken_where_the_documents_exist() -> None:
    text = md(with_evidence(example(EXAMPLE)), "small-claim")
    assert text.startswith("# Pozew o zapłatę w postępowaniu nakazowym")
    assert "wydanie nakazu zapłaty w postępowaniu nakazowym (art. 485 § 2a" in text
    assert "**Opłata sądowa:** 188,00 zł" in text  # a quarter of 750 zł, rounded up (UKSC art. 19 ust. 2, art. 21)
    assert "art. 492 § 1" in text


def test_without_the_documents_the_claim_goes_to_upominawcze_and_says_what_is_missing() -> None:
    text = md(without_evidence(example(EXAMPLE)), "small-claim")
    assert text.startswith("# Pozew o zapłatę w postępowaniu uproszczonym")
    assert "w postępowaniu upominawczym (art. 498 § 1" in text and "**Opłata sądowa:** 750,00 zł" in text
    assert "Do postępowania nakazowego (art. 485 § 2a Kodeksu postępowania cywilnego) brakuje" in text


def test_the_packet_offers_epu_with_its_fee() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "e-Sąd" in text and "Opłata: 188,00 zł (jedna czwarta opłaty, art. 19 ust. 2 pkt 2" in text


def test_a_claim_above_the_limit_is_not_simplified() -> None:
    base = example(EXAMPLE)
    big = dataclasses.replace(base, invoices=(base.invoices[0], dataclasses.replace(base.invoices[1], amount=D("40000.00"))))
    big = with_contract(big, price=D("47200.00"))
    text = md(big, "small-claim")
    assert text.startswith("# Pozew o zapłatę Warszawa") or text.startswith("# Pozew o zapłatę ")
    assert "w postępowaniu uproszczonym" not in text.split("##")[0]
    assert "Poza postępowaniem uproszczonym" in text


# --- minor points ---------------------------------------------------------------------

def test_interest_on_capitalised_interest_runs_from_filing() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "od dnia wniesienia pozwu do dnia zapłaty (art. 482 § 1" in text


def test_each_item_states_its_due_date() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "z faktury nr FV/12/2025, wymagalna od dnia 28 lutego 2025 r." in text
    assert "(art. 10 ust. 1 ustawy z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych), wymagalna od dnia 1 marca 2025 r." in text


def test_the_court_is_named_with_seat_and_division() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "**Do:** Sąd Rejonowy dla m.st. Warszawy w Warszawie, VIII Wydział Gospodarczy" in text
    bare = dataclasses.replace(example(EXAMPLE), documents=dataclasses.replace(
        example(EXAMPLE).documents, small_claim=dataclasses.replace(example(EXAMPLE).documents.small_claim,
                                                                    court="Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie")))
    text = md(bare, "small-claim")
    assert "w Krakowie, Wydział Gospodarczy" in text and "Wydział sądu:" in text


def test_a_sole_trader_is_named_as_in_ceidg() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "Anna Nowak" in text and "działalność gospodarczą pod firmą Studio Nowak Anna Nowak" in text
    assert "(CEIDG) dotyczący powoda" in text and "Odpis z Krajowego Rejestru Sądowego dotyczący powoda" not in text


def test_part_payments_are_applied_in_the_words_of_art_451() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "Zgodnie z art. 451 § 1 Kodeksu cywilnego powód zaliczył wpłatę na poczet długu najpierw na zaległe odsetki" in text
    assert "kolejno na" not in text


def test_art_132_is_not_applied_to_the_claim() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "art. 128 § 1" in text and "dotyczy pism składanych w toku sprawy, nie pozwu" in text
    assert "doręcza odpisy bezpośrednio pozwanemu (art. 132" not in text


def test_the_first_reminder_charges_nothing() -> None:
    text = md(example(EXAMPLE), "reminder-1")
    for charge in ("odsetki", "Odsetki", "rekompensat", "opłat"):
        assert charge not in text.split("# Przypomnienie")[1], charge
    assert "16 800,00 zł" in text
    assert "odsetki" in md(example(EXAMPLE), "reminder-2")


def test_the_demand_states_the_way_it_was_sent_as_recorded() -> None:
    # sent_by: registered_letter; the case records no acknowledgement of receipt (review M5).
    text = md(example(EXAMPLE), "pretrial-claim")
    assert "**Listem poleconym**" in text and "potwierdzeniem odbioru" not in text


@pytest.mark.parametrize("name", ["reminder-1", "reminder-2", "pretrial-claim"])
def test_the_transfer_title_names_the_invoice(name: str) -> None:
    assert "tytuł przelewu: FV/12/2025" in md(example(EXAMPLE), name)


def test_the_jurisdiction_clause_chooses_the_creditors_seat() -> None:
    text = md(example(EXAMPLE), "contract-clauses")
    assert "właściwy miejscowo dla siedziby (miejsca wykonywania działalności gospodarczej) Wykonawcy" in text
    assert "Sąd Rejonowy" not in text
    named = with_contract(example(EXAMPLE), dispute_resolution=dataclasses.replace(
        example(EXAMPLE).contract.dispute_resolution, venue="Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie"))
    assert "art. 17 pkt 4" in md(named, "contract-clauses")


def test_amounts_in_words_write_the_grosze_as_a_fraction() -> None:
    assert "(słownie: dwanaście tysięcy dziewięćset dwa złote 33/100)" in md(example(EXAMPLE), "small-claim")
    assert "(słownie: dwadzieścia cztery tysiące złotych 00/100)" in md(example(EXAMPLE), "contract-clauses")


MONTHS = "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"


@pytest.mark.parametrize("name", ["contract-clauses", "reminder-1", "reminder-2", "reminder-3", "pretrial-claim",
                                  "payment-plan", "small-claim"])
def test_every_long_date_is_followed_by_r(name: str) -> None:
    text = md(example(EXAMPLE), name)
    bare = re.findall(rf"\d{{1,2}} (?:{MONTHS}) \d{{4}}(?! r\.)", text)
    assert not bare, bare


def test_the_parties_follow_pomiedzy_in_the_instrumental() -> None:
    assert "zawieranej pomiędzy Wykonawcą:" in md(example(EXAMPLE), "contract-clauses")
    assert "zawarte w dniu 20 czerwca 2025 r. pomiędzy Wierzycielem a Dłużnikiem" in md(example(EXAMPLE), "payment-plan")


def test_the_payment_term_is_worded_per_invoice_in_the_singular() -> None:
    text = md(example(EXAMPLE), "contract-clauses")
    assert "każda faktura jest płatna w terminie 14 dni od dnia jej otrzymania przez Zamawiającego" in text
    assert "Faktury płatne są" not in text


# --- a consumer variant ---------------------------------------------------------------

def test_a_consumer_debtor_gets_statutory_interest_no_compensation_and_no_prorogation() -> None:
    case = as_consumer(example(EXAMPLE))
    text = md(case, "small-claim")
    assert "odsetkami ustawowymi za opóźnienie od dnia" in text and "transakcjach handlowych" not in text
    assert "rekompensat" not in text and "Sprawa gospodarcza" not in text
    assert "art. 46 § 1" not in text.split("## Informacja o próbie")[0]
    clauses = md(case, "contract-clauses")
    assert "Spór rozstrzygnie sąd powszechny właściwy według przepisów ogólnych." in clauses


# --- lawyer review of 1 December 2026 (docs/reviews/pl-2026-12-01.md) -------------------

from generator.case import model as m  # noqa: E402
from generator.compute.limitation import limitation  # noqa: E402
from generator.render.document import render_document  # noqa: E402


def with_type(case, kind, **changes):
    return with_contract(case, type=kind, **changes)


def person_debtor(case, name: str, gender: str | None, *, trading: str | None = None, consumer: bool = False):
    """The example against a person: a consumer, or a sole trader under a trading name."""
    debtor = dataclasses.replace(case.debtor, name=name, gender=gender, representative=None, ids=(),
                                 kind="consumer" if consumer else "business",
                                 form="individual" if consumer else "sole_trader", trading_name=trading)
    return dataclasses.replace(case, debtor=debtor)


def limit(case, line: int = 1, as_of: dt.date = dt.date(2025, 12, 1)):
    inv = case.invoices[line]
    return limitation(case, PL.effective_due(inv.due), as_of, inv)


# M1: limitation by the kind of contract ---------------------------------------------------

def test_a_work_is_time_barred_two_years_after_its_delivery_not_at_the_years_end() -> None:
    case = example(EXAMPLE)  # type: work; FV/12/2025 accepted by the protocol of 13.02.2025
    lim = limit(case)
    # KC art. 112: delivered on 13.02.2025, the two years end with 13.02.2027 (law_day); the
    # cautious day to file by is the day before (second review N2).
    assert lim.years == 2 and lim.last_day == dt.date(2027, 2, 12) and "KC art. 646" in lim.source
    assert lim.law_day == dt.date(2027, 2, 13) and "art. 112" in lim.law_day_source
    assert not lim.notes
    delivered = limit(with_type(case, "work", work_delivered=dt.date(2025, 2, 10)))
    assert delivered.law_day == dt.date(2027, 2, 10)  # the earlier of the recorded deliveries
    assert delivered.last_day == dt.date(2027, 2, 9)


def test_a_work_without_a_recorded_delivery_counts_from_the_invoice_and_says_so() -> None:
    lim = limit(without_evidence(example(EXAMPLE)))
    assert lim.law_day == dt.date(2027, 2, 14) and lim.last_day == dt.date(2027, 2, 12)  # from the issue date 14.02.2025; Saturday 13.02 -> Friday (m-g)
    assert any("delivery of the work not recorded" in n and "work_delivered" in n for n in lim.notes)


@pytest.mark.parametrize("kind,source", [("sale", "KC art. 554"), ("services", "KC art. 751"), ("mandate", "KC art. 751")])
def test_a_sale_or_services_in_business_are_time_barred_after_two_years_from_the_due_date(kind: str, source: str) -> None:
    lim = limit(with_type(example(EXAMPLE), kind))
    assert (lim.years, lim.last_day) == (2, dt.date(2027, 2, 26))  # Sunday 28.02 -> Friday (m-g) and source in lim.source
    assert lim.law_day == dt.date(2027, 3, 1)  # due 28.02.2025, wymagalne 1.03.2025: ends with 1.03.2027
    # The special period is the professional's: a consumer creditor keeps art. 118's six years.
    other = limit(dataclasses.replace(with_type(example(EXAMPLE), kind),
                                      creditor=dataclasses.replace(example(EXAMPLE).creditor, kind="consumer")))
    assert other.years == 6 and other.last_day == dt.date(2031, 12, 31)


def test_other_contracts_keep_art_118_and_no_type_counts_the_shortest_period() -> None:
    general = limit(with_type(example(EXAMPLE), "other"))
    assert general.years == 3 and general.last_day == dt.date(2028, 12, 29) and "KC art. 118" in general.source
    unknown = limit(with_type(example(EXAMPLE), None))
    assert unknown.last_day == dt.date(2027, 2, 12)
    assert any("contract type not recorded" in n for n in unknown.notes)


def test_status_warns_of_its_assumptions_and_of_a_consumer_claim_time_barred(tmp_path) -> None:
    from generator.status import case_status

    base = dataclasses.replace(example(EXAMPLE), documents=dataclasses.replace(
        example(EXAMPLE).documents, small_claim=dataclasses.replace(example(EXAMPLE).documents.small_claim, filed=None)))
    row = case_status(with_type(base, None), dt.date(2025, 12, 1), tmp_path)
    assert any(w.startswith("limitation: contract type not recorded") for w in row["warnings"])
    consumer = person_debtor(base, "Jan Kowalski", "male", consumer=True)
    late = case_status(consumer, dt.date(2027, 3, 1), tmp_path)
    assert late["state"] == "time-barred"
    assert any("against a consumer" in w and "KC art. 117 § 2¹" in w for w in late["warnings"])


def test_the_claims_checklist_states_the_period_of_the_contract_type() -> None:
    work = md(example(EXAMPLE), "small-claim")
    assert "z upływem dwóch lat od dnia oddania dzieła" in work and "art. 646" in work
    assert "oddano w dniu 13 lutego 2025 r." in work and "termin upływa z końcem dnia 13 lutego 2027 r." in work
    assert "art. 118 zd. 2" in work and "trzech lat" not in work
    sale = md(with_type(example(EXAMPLE), "sale"), "small-claim")
    assert "w zakresie działalności przedsiębiorstwa sprzedawcy przedawniają się z upływem dwóch lat (art. 554" in sale
    services = md(with_type(example(EXAMPLE), "services"), "small-claim")
    assert "art. 751 pkt 1 w zw. z art. 750" in services
    unknown = md(with_type(example(EXAMPLE), None), "small-claim")
    for needle in ("art. 118", "art. 646", "art. 554", "art. 751 pkt 1", "`contract.type`", "Daty liczono z założeniami"):
        assert needle in unknown, needle
    general = md(with_type(example(EXAMPLE), "other"), "small-claim")
    assert "z upływem trzech lat" in general and "art. 118 zd. 2" not in general
    assert "art. 646" in md(example(EXAMPLE), "small-claim", "en") and "ст. 646" in md(example(EXAMPLE), "small-claim", "ru")


def test_against_a_consumer_the_checklist_says_limitation_is_applied_of_the_courts_own_motion() -> None:
    consumer = person_debtor(example(EXAMPLE), "Jan Kowalski", "male", consumer=True)
    assert "art. 117 § 2¹" in md(consumer, "small-claim") and "sąd uwzględnia przedawnienie z urzędu" in md(consumer, "small-claim")
    assert "art. 117 § 2¹" not in md(example(EXAMPLE), "small-claim")


def test_the_contract_type_is_optional_and_work_delivered_needs_a_work() -> None:
    def drop(d):
        d["contract"].pop("type")
    accepts(drop)
    found = problems(lambda d: d["contract"].update(type="sale", work_delivered=dt.date(2025, 3, 1)))
    assert any(p.startswith("contract.work_delivered") and "type: work" in p for p in found), found
    found = problems(lambda d: d["contract"].update(work_delivered=dt.date(2025, 1, 1)))
    assert any("before the contract date" in p for p in found), found
    found = problems(lambda d: d["contract"].update(type="lease"))
    assert any(p.startswith("contract.type") for p in found), found


def _warnings(mutate) -> list[str]:
    loaded = load_file(ROOT / FILE, FILE)
    data = copy.deepcopy(loaded.data)
    mutate(data)
    case = validate(Loaded(loaded.file, data, loaded.lines), EXAMPLE)
    return [f"{p.field}: {p.message}" for p in case.warnings]


def test_a_polish_case_without_a_contract_type_is_warned() -> None:
    assert not [w for w in _warnings(lambda d: None) if "contract type" in w]
    found = _warnings(lambda d: d["contract"].pop("type"))
    assert any(w.startswith("contract:") and "art. 646, 554 or 751" in w for w in found), found


# M2: forms of address ----------------------------------------------------------------------

def test_an_organisation_is_addressed_as_panstwo_and_in_english_as_sir_or_madam() -> None:
    case = example(EXAMPLE)  # a company with a named, male representative
    for name in ("reminder-1", "reminder-2", "reminder-3", "pretrial-claim"):
        assert "Szanowni Państwo," in md(case, name), name
        assert "Szanowny Panie" not in md(case, name), name
        assert "Dear Sir or Madam," in md(case, name, "en") and "Dear Mr Zieliński" not in md(case, name, "en")
    assert "Dzień dobry" not in md(case, "reminder-1")


@pytest.mark.parametrize("gender,salute,you_acc,you_gen,you_dat,english", [
    ("male", "Szanowny Panie,", "wzywamy Pana", "uwzględniliśmy Pana wpłatę", "przeciwko Panu", "Dear Mr Lis,"),
    ("female", "Szanowna Pani,", "wzywamy Panią", "uwzględniliśmy Pani wpłatę", "przeciwko Pani", "Dear Ms Lis,"),
])
def test_a_person_is_addressed_as_pan_or_pani_throughout(gender, salute, you_acc, you_gen, you_dat, english) -> None:
    first = "Marek" if gender == "male" else "Maria"
    case = person_debtor(example(EXAMPLE), f"{first} Lis", gender, trading=f"Hurtownia Beta {first} Lis")
    text = md(case, "pretrial-claim")
    for needle in (salute, you_acc, you_gen, you_dat, "wystawiliśmy " + ("Panu" if gender == "male" else "Pani") + " fakturę",
                   "podpisanym przez " + ("Pana" if gender == "male" else "Panią")):
        assert needle in text, needle
    assert "Państw" not in text.split("# Przedsądowe")[1]
    assert salute in md(case, "reminder-1") and ("Pana uwadze" if gender == "male" else "Pani uwadze") in md(case, "reminder-1")
    assert english in md(case, "pretrial-claim", "en")
    assert "Hurtownia Beta" not in md(case, "pretrial-claim", "en").split("#")[1].split(",")[0]


def test_a_person_debtor_without_gender_is_warned() -> None:
    def person(d):
        d["debtor"] = {"name": "Jan Kowalski", "kind": "consumer", "address": ["ul. Polna 12", "31-000 Kraków"]}
        d["contract"]["late_payment"]["compensation"] = False
        d["documents"].pop("payment_plan")
    found = _warnings(person)
    assert any(w.startswith("debtor:") and "gender" in w and "Szanowny Panie" in w for w in found), found


# M3: the consumer procedure -----------------------------------------------------------------

def test_a_claim_against_a_consumer_follows_the_consumer_procedure() -> None:
    case = person_debtor(example(EXAMPLE), "Jan Kowalski", "male", consumer=True)
    text = md(case, "small-claim")
    assert ("Sprawa z powództwa przedsiębiorcy przeciwko konsumentowi (art. 458¹⁴ § 1 Kodeksu postępowania "
            "cywilnego), podlegająca rozpoznaniu w postępowaniu uproszczonym (art. 505¹ § 1") in text
    assert "art. 458¹⁵ § 1 i § 4" in text and "art. 458¹⁶" in text
    assert "458⁵" not in text and "Sprawa gospodarcza" not in text
    assert "458¹⁴" not in md(example(EXAMPLE), "small-claim")
    assert "Claim by a business against a consumer (art. 458¹⁴ §1" in md(case, "small-claim", "en")


# M4: default interest after acceleration ------------------------------------------------------

@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_plan_charges_interest_only_on_what_is_due(lang: str) -> None:
    text = md(example(EXAMPLE), "payment-plan", lang)
    if lang == "pl":
        assert ("w części przypadającej na niezapłaconą ratę – od dnia następującego po terminie jej płatności, "
                "a w pozostałej części – od dnia następującego po dniu doręczenia zawiadomienia") in text
        assert "od niespłaconej części należności głównej od dnia następującego po terminie płatności niezapłaconej raty" not in text
    else:
        assert "on the rest from the day after the notice under para. 1 is delivered" in text


# M5: only what the case records ---------------------------------------------------------------

def test_the_demand_lists_enclosures_only_when_the_case_lists_them() -> None:
    case = example(EXAMPLE)
    assert "Załączniki" not in md(case, "pretrial-claim") and "Enclosures" not in md(case, "pretrial-claim", "en")
    listed = dataclasses.replace(case, documents=dataclasses.replace(case.documents, pretrial_claim=dataclasses.replace(
        case.documents.pretrial_claim, enclosures=("kopia faktury FV/12/2025", "kopia umowy nr 2/2025"))))
    assert "**Załączniki:** 1) kopia faktury FV/12/2025; 2) kopia umowy nr 2/2025." in md(listed, "pretrial-claim")


def test_an_unsent_demand_names_registered_post_only_for_the_register_warning() -> None:
    case = example(EXAMPLE)
    draft = dataclasses.replace(case, documents=dataclasses.replace(case.documents, pretrial_claim=dataclasses.replace(
        case.documents.pretrial_claim, sending=m.Sending())))
    assert "**Listem poleconym**" in md(draft, "pretrial-claim")  # BIG: a month from sending by registered post
    bare = dataclasses.replace(draft, documents=dataclasses.replace(draft.documents, pretrial_claim=dataclasses.replace(
        draft.documents.pretrial_claim, debt_register=None)))
    assert "Listem" not in md(bare, "pretrial-claim").split("# Przedsądowe")[0]


def test_the_claim_asserts_acceptance_only_where_a_document_records_it() -> None:
    text = md(without_evidence(example(EXAMPLE)), "small-claim")
    assert "Powód wykonał swoje świadczenie:" in text and "a pozwany je odebrał" not in text
    assert "prace objęte fakturą nr FV/12/2025 zostały wykonane. *Dowód: korespondencja stron, przesłuchanie stron.*" \
        in text.replace("* ", "*").replace(" *", "*").replace("*Dowód", " *Dowód")
    assert "Dowód: faktura nr FV/12/2025, korespondencja" not in text
    assert "Powód wykonał swoje świadczenie, a pozwany je odebrał:" in md(example(EXAMPLE), "small-claim")


def test_the_claim_gives_the_recorded_contacts_not_that_the_defendant_did_not_talk() -> None:
    text = md(example(EXAMPLE), "small-claim")
    section = text.split("art. 187 § 1 pkt 3")[1].split("Załącznik nr")[0]
    assert "25 marca 2025 r. (telefonicznie): pozwany zapewnił o zapłacie do dnia 28 marca 2025 r." in section
    assert "16 kwietnia 2025 r. (wiadomość e-mail): pozwany poprosił o odroczenie terminu zapłaty." in section
    for wrong in ("nie podjął rozmów", "bez skutku", "Wezwania pozostały bezskuteczne"):
        assert wrong not in text, wrong
    assert "the defendant gave assurance of payment by 28 March 2025" in md(example(EXAMPLE), "small-claim", "en")


def test_a_recorded_dispute_is_pleaded_as_such_and_flagged() -> None:
    base = example(EXAMPLE)
    dispute = m.Event(dt.date(2025, 4, 20), "email", "Dłużnik kwestionuje jakość części prac.", kind="dispute",
                      disputed="jakość części wdrożenia", invoice="FV/12/2025")
    case = dataclasses.replace(base, events=base.events + (dispute,))
    text = md(case, "small-claim")
    assert "20 kwietnia 2025 r. (wiadomość e-mail): pozwany zakwestionował należność: jakość części wdrożenia." in text
    assert "**Pozwany kwestionuje należność** (zapis z dnia 20 kwietnia 2025 r.: jakość części wdrożenia)" in text
    assert "art. 458⁵ § 1" in text.split("Pozwany kwestionuje należność")[1]
    assert "Pozwany kwestionuje" not in md(base, "small-claim")


def test_proof_of_sending_is_claimed_only_where_recorded() -> None:
    text = md(example(EXAMPLE), "small-claim")
    exhibits = text.split("## Wykaz załączników")[1]
    assert "Przypomnienie o płatności z dnia 25 marca 2025 r. (pocztą elektroniczną)." in exhibits
    assert "z dnia 26 maja 2025 r. (listem poleconym) wraz z dowodem nadania." in exhibits
    assert ("Korespondencja stron i notatki powoda z kontaktów z pozwanym: 25 marca 2025 r. (rozmowa telefoniczna), "
            "16 kwietnia 2025 r. (wiadomość e-mail), 28 maja 2025 r. (bezskuteczna próba kontaktu telefonicznego).") in exhibits
    assert "oraz dowody nadania wskazane w wykazie załączników" in text  # reminders 1-2 by e-mail have none


# Minor points -------------------------------------------------------------------------------

def test_the_payment_term_follows_ksef_between_businesses_only() -> None:
    b2b = md(example(EXAMPLE), "contract-clauses")
    assert "fakturę ustrukturyzowaną uważa się za otrzymaną w dniu przydzielenia jej numeru identyfikującego w " \
           "Krajowym Systemie e-Faktur (art. 106na ust. 3" in b2b
    consumer = md(person_debtor(example(EXAMPLE), "Jan Kowalski", "male", consumer=True), "contract-clauses")
    assert "od dnia jej otrzymania przez Zamawiającego." in consumer and "e-Faktur" not in consumer


def test_capitalised_interest_counts_towards_the_value_of_the_claim() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "**Wartość przedmiotu sporu:** 12 903,00 zł" in text  # 12 902,33 zł with the art. 482 interest, rounded up
    assert "**Opłata sądowa:** 188,00 zł" in text


def test_legal_representation_costs_only_with_an_attorney() -> None:
    case = example(EXAMPLE)
    claim = md(case, "small-claim")
    assert "kosztów procesu według norm przepisanych wraz z odsetkami" in claim and "zastępstwa" not in claim.split("## Uzasadnienie")[0]
    assert "a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego" in md(case, "pretrial-claim")
    assert "a w razie ustanowienia przez nas pełnomocnika – także kosztów zastępstwa procesowego" in md(case, "reminder-3")
    rep = m.Representative(name="r.pr. Jan Nowicki", role_code="proxy", basis_code="power_of_attorney",
                           poa=m.PowerOfAttorney("1/2025", dt.date(2025, 6, 1)))
    proxy = dataclasses.replace(case, creditor=dataclasses.replace(case.creditor, representative=rep))
    assert "kosztów procesu, w tym kosztów zastępstwa procesowego według norm przepisanych," in md(proxy, "small-claim")
    assert "w tym opłaty sądowej i kosztów zastępstwa procesowego" in md(proxy, "pretrial-claim")


def test_the_notes_for_the_claimant_are_marked_as_not_filed() -> None:
    text = md(example(EXAMPLE), "small-claim")
    notes = text.split("# Informacje dla powoda – nie składać w sądzie")[1]
    assert notes.startswith(" **Te strony nie są częścią pozwu.**")
    assert ("**Pozew o zapłatę z wnioskiem o wydanie nakazu zapłaty w postępowaniu upominawczym (art. 498 § 1 Kodeksu "
            "postępowania cywilnego); po sprzeciwie sprawa będzie rozpoznana w postępowaniu uproszczonym.**") \
        in md(without_evidence(example(EXAMPLE)), "small-claim")
    assert "postępowaniu zwykłym z wnioskiem" not in md(without_evidence(example(EXAMPLE)), "small-claim")


def test_the_notes_pages_of_the_pdf_say_they_are_not_filed() -> None:
    import subprocess
    import tempfile

    _, pdf = render_document(example(EXAMPLE), PL, "small-claim", "pl")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(pdf)
        fh.flush()
        pages = subprocess.run(["pdftotext", "-layout", fh.name, "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")
    claim = [p for p in pages if "Informacje dla powoda" not in p and p.strip()]
    notes = [p for p in pages if "Informacje dla powoda – nie składać w sądzie · Strona" in p]
    assert claim and notes and all("Strona" in p for p in claim)
    assert pages.index(notes[0]) > max(pages.index(p) for p in claim)


def test_a_word_hyphenated_across_a_page_break_passes_the_completeness_check() -> None:
    # Justified Polish text hyphenates (review m14): a word broken at the foot of a page
    # must still be found, the footer ("Strona 2 z 3") not standing between its halves.
    _, pdf = render_document(example(EXAMPLE), PL, "pretrial-claim", "pl")
    assert pdf.startswith(b"%PDF")


def test_the_epu_note_says_where_the_case_goes_after_an_objection() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert ("e-sąd przekazuje sprawę do sądu według właściwości ogólnej, tj. sądu miejsca zamieszkania albo siedziby "
            "pozwanego (Kraków)") in text
    assert "sprawa nie trafi do sądu wskazanego w umowie" in text


def test_the_fee_source_cites_art_13_ust_2() -> None:
    text = (ROOT / "generator/jurisdictions/data/pl/court_fees.yaml").read_text(encoding="utf-8")
    assert "ust. 2 (over PLN 20,000" in text and "1a" not in text
    assert "(art. 13 ust. 1 ustawy o kosztach sądowych" in md(without_evidence(example(EXAMPLE)), "small-claim")


def test_one_invoice_is_written_in_the_singular() -> None:
    case = example(EXAMPLE)
    assert "; faktura: FV/12/2025" in md(case, "reminder-2")
    assert "poniższa należność wynikająca z umowy nr 2/2025" in md(case, "reminder-2")
    pretrial = md(case, "pretrial-claim")
    assert "wystawiliśmy Państwu fakturę:" in pretrial and "należność ta nie została zapłacona w całości" in pretrial
    assert "Powód wystawił pozwanemu fakturę, a termin jej zapłaty upłynął:" in md(case, "small-claim")


def test_consumer_clauses_have_no_deemed_acceptance() -> None:
    consumer = md(person_debtor(example(EXAMPLE), "Jan Kowalski", "male", consumer=True), "contract-clauses")
    assert "Wykonanie każdego etapu Strony potwierdzają protokołem odbioru." in consumer
    assert "etap uważa się za odebrany" not in consumer
    assert "etap uważa się za odebrany" in md(example(EXAMPLE), "contract-clauses")


def test_compensation_claimed_against_a_consumer_is_warned() -> None:
    def consumer(d):
        d["debtor"] = {"name": "Jan Kowalski", "kind": "consumer", "gender": "male",
                       "address": ["ul. Polna 12", "31-000 Kraków"]}
        d["documents"].pop("payment_plan")
    found = _warnings(consumer)
    assert any(w.startswith("contract.late_payment.compensation") and "art. 10" in w for w in found), found


def test_a_sole_trader_signs_in_their_own_name_and_has_no_seat() -> None:
    case = example(EXAMPLE)
    assert "Anna Nowak, Właścicielka" not in md(case, "small-claim")
    assert "Właścicielka" not in md(case, "pretrial-claim")
    plan = md(case, "payment-plan")
    assert "właściwy miejscowo dla miejsca wykonywania działalności gospodarczej Wierzyciela" in plan


def test_the_recipient_block_puts_the_address_before_the_numbers() -> None:
    text = md(example(EXAMPLE), "reminder-1")
    block = text.split("**Sklep Zielony sp. z o.o.**")[1].split("Warszawa, ")[0]
    assert block.index("31-000 Kraków") < block.index("NIP: 6762461659")


def test_the_statement_is_headed_as_the_exhibit_it_is() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "## Załącznik nr 10 – Wyliczenie roszczenia według stanu na dzień 15 lipca 2025 r." in text
    assert "10. Wyliczenie roszczenia według stanu na dzień 15 lipca 2025 r." in text


def test_polish_documents_hyphenate_and_keep_tables_whole() -> None:
    css = (ROOT / "templates/_layout/print.css").read_text(encoding="utf-8")
    assert ".jur-pl p, .jur-pl li { hyphens: auto; hyphenate-limit-chars: 10 5 4; }" in css
    assert ".jur-pl table.amounts { break-inside: avoid; }" in css


# --- second review of 1 December 2026 (docs/reviews/pl-2026-12-01-second.md) -------------

def _raw(case, name: str, lang: str = "pl") -> str:
    text, _, _ = render_markdown_for(case, PL, name, lang)
    return text


def test_n1_a_sole_trader_claimant_is_sued_for_at_its_place_of_business() -> None:
    case = example(EXAMPLE)
    assert case.creditor.sole_trader
    text = md(case, "small-claim")
    assert ("poddającej spory sądowi właściwemu dla miejsca wykonywania działalności gospodarczej powoda "
            "(art. 46 § 1") in text
    assert "dla siedziby powoda" not in text
    assert "the court for the claimant's place of business" in md(case, "small-claim", "en")
    company = dataclasses.replace(case, creditor=dataclasses.replace(case.creditor, sole_trader=False))
    assert "sądowi właściwemu dla siedziby powoda" in md(company, "small-claim")


def test_n3_the_187_section_pleads_contacts_not_the_creditor_s_notes() -> None:
    case = example(EXAMPLE)
    text = md(case, "small-claim")
    section = text.split("art. 187 § 1 pkt 3")[1].split("Załącznik nr")[0]
    assert "Klient" not in section and "telefon nieodbierany" not in section and "5000 zł" not in section
    assert "28 maja 2025 r. (wiadomość e-mail)" not in text
    assert "Próba kontaktu z pozwanym w dniu 28 maja 2025 r. (telefonicznie) pozostała bez odpowiedzi." in section
    # Exhibit 8 lists the same entries, the unanswered call as an attempt.
    assert ("Korespondencja stron i notatki powoda z kontaktów z pozwanym: 25 marca 2025 r. (rozmowa telefoniczna), "
            "16 kwietnia 2025 r. (wiadomość e-mail), 28 maja 2025 r. (bezskuteczna próba kontaktu telefonicznego).") in text
    # A plain note is never pleaded; the checklist names it; with only notes no correspondence exhibit.
    notes = tuple(dataclasses.replace(e, kind="note") for e in case.events)
    only_notes = dataclasses.replace(case, events=notes)
    t2 = md(only_notes, "small-claim")
    assert "Strony kontaktowały się" not in t2 and "Klient" not in t2.split("# Informacje dla powoda")[0]
    assert "Korespondencja stron" not in t2
    assert "**Notatki niepowołane w pozwie:** zapisy sprawy (25 marca 2025 r., 16 kwietnia 2025 r., 28 maja 2025 r.)" in t2
    # The statement keeps its number in the list of exhibits (one exhibit fewer before it).
    assert "## Załącznik nr 9 – Wyliczenie roszczenia" in t2 and "9. Wyliczenie roszczenia" in t2
    assert "went unanswered" in md(case, "small-claim", "en")


def test_n3_no_response_is_an_event_kind_the_schema_accepts() -> None:
    def mutate(d):
        d["events"].append({"date": dt.date(2025, 6, 1), "channel": "phone", "summary": "x", "kind": "no_response"})
    accepts(mutate)


def test_n4_one_invoice_is_one_proof_of_delivery() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert "i dowód doręczenia pozwanemu faktury, co uzasadnia" in text and "doręczenia pozwanemu faktur," not in text
    assert "proof that the invoice was delivered to the defendant" in md(example(EXAMPLE), "small-claim", "en")


def test_n5_the_notes_say_the_court_may_refuse_the_nakaz_and_call_for_the_full_fee() -> None:
    case = example(EXAMPLE)
    text = md(case, "small-claim")
    note = text.split("**Jeżeli sąd nie wyda nakazu w postępowaniu nakazowym.**")[1].split("- **")[0]
    assert "do pełnej kwoty 750,00 zł (dopłata 562,00 zł)" in note and "III CZP 44/16" in note
    assert "Czy wiadomość e-mail jest dowodem doręczenia faktury, ocenia sąd." in note
    assert "rekompensatę z art. 10 ust. 1" in note
    # Not printed where the route is upominawcze.
    assert "Jeżeli sąd nie wyda nakazu w postępowaniu nakazowym" not in md(without_evidence(case), "small-claim")


def test_n5_the_full_fee_follows_the_value() -> None:
    case = example(EXAMPLE)
    bigger = dataclasses.replace(case, invoices=tuple(dataclasses.replace(i, amount=i.amount * 3) for i in case.invoices))
    text = md(with_evidence(bigger), "small-claim")
    found = re.search(r"do pełnej kwoty ([0-9\u00a0\u202f ]+,[0-9]{2} zł) \(dopłata", text)
    assert found and found.group(1) != "750,00 zł", text.split("Jeżeli sąd nie wyda")[1][:600]


def test_n7_english_names_nakazowe_and_upominawcze_apart() -> None:
    en = md(example(EXAMPLE), "small-claim", "en")
    assert "writ-of-payment (summary documentary) proceedings (postępowanie nakazowe)" in en
    assert "order-for-payment proceedings (postępowanie nakazowe" not in en
    upo = md(without_evidence(example(EXAMPLE)), "small-claim", "en")
    assert "order-for-payment proceedings (postępowanie upominawcze" in upo


def test_n2_the_checklist_gives_the_cautious_day_and_the_law_s_day() -> None:
    text = md(example(EXAMPLE), "small-claim")
    assert ("Licząc ostrożnie, wnieś pozew najpóźniej w dniu 12 lutego 2027 r. (według art. 112 Kodeksu cywilnego "
            "termin upływa z końcem dnia 13 lutego 2027 r., który przypada w sobotę; czy art. 115 Kodeksu cywilnego "
            "przesuwa koniec terminu przedawnienia, jest sporne).") in text
    assert "termin upływa z końcem dnia 12 lutego 2027" not in text
    assert "file the claim by 12 February 2027 at the latest" in md(example(EXAMPLE), "small-claim", "en")


def test_m15_the_nbp_rate_is_not_escaped_in_the_markdown() -> None:
    raw = _raw(example(EXAMPLE), "pretrial-claim", "en")
    assert "was PLN 4.2130;" in raw and "4\\.2130" not in raw
    assert "wynosił 4,2130 zł" in _raw(example(EXAMPLE), "small-claim")


# --- third review -----------------------------------------------------------------------

def _late(delivered: dt.date, index: int = 1):
    """The example with an invoice delivered on `delivered` (the recorded due date kept)."""
    loaded = load_file(ROOT / FILE, FILE)
    data = copy.deepcopy(loaded.data)
    data["invoices"][index]["delivered"] = delivered
    return validate(Loaded(loaded.file, data, loaded.lines), EXAMPLE)


def test_j1_a_term_from_delivery_moves_an_earlier_recorded_due_date_with_a_warning() -> None:
    # FV/12/2025 records due 28.02 but was delivered on 18.02; the term is 14 days from
    # delivery, the day of delivery not counted (KC art. 111 § 2): it ends on 4.03.2025.
    case = _late(dt.date(2025, 2, 18))
    found = [w for w in case.warnings if w.field == "invoices[1].due"]
    assert len(found) == 1 and found[0].file == FILE and found[0].line, case.warnings
    assert "ends on 2025-03-04" in found[0].message and "Correct `due:` to 2025-03-04" in found[0].message
    assert not [w for w in case.warnings if w.field == "invoices[1].delivered"]  # not twice
    text = md(case, "small-claim")
    assert ("doręczona pozwanemu w dniu 18 lutego 2025 r. pocztą elektroniczną; termin płatności, wynoszący "
            "14 dni od dnia doręczenia faktury, upłynął w dniu 4 marca 2025 r.") in text
    assert "upłynął w dniu 28 lutego" not in text
    # Interest from the day after (KC art. 481 § 1): 16 800,00 × 15,75 % × 42/365 = 304,47.
    assert "| FV/12/2025 | 5.03.2025 | 15.04.2025 | 42 | 16 800,00 zł | 15,75% | 304,47 zł |" in text
    # The art. 10 rate is February's last business day: the payment fell due in March.
    assert "świadczenie stało się wymagalne w dniu 4 marca 2025 r." in text
    assert "(28 lutego 2025 r., tabela nr 041/A/NBP/2025) wynosił 4,1575 zł" in text
    assert "31 stycznia 2025" not in text
    assert "z terminem płatności upływającym w dniu 4 marca 2025 r." in md(case, "pretrial-claim")
    assert "była płatna w dniu 4 marca 2025 r." in md(case, "reminder-1")
    assert "the payment term of 14 days from delivery of the invoice ended on 4 March 2025" in md(case, "small-claim", "en")


def test_j1_the_moved_due_date_still_rolls_past_a_saturday() -> None:
    # Delivered 17.05.2025 + 14 days = Saturday 31.05: the term ends on Monday 2.06 (KC art. 115).
    case = _late(dt.date(2025, 5, 17))
    (warning,) = [w for w in case.warnings if w.field == "invoices[1].due"]
    assert "ends on 2025-05-31, which is not a working day, so it ends on 2025-06-02 (KC art. 115)" in warning.message
    assert "upłynął w dniu 2 czerwca 2025 r." in md(case, "small-claim")


def test_j1_a_timely_delivery_a_later_due_date_and_the_prepayment_invoice_keep_the_recorded_date() -> None:
    base = example(EXAMPLE)  # delivered 14.02 + 14 = 28.02, as recorded
    assert not [w for w in base.warnings if w.field.endswith(".due")]
    assert PL.invoice_due(base, base.invoices[1]) == dt.date(2025, 2, 28)
    # A recorded date later than delivery + 14 stands: the creditor gave more time.
    early = dataclasses.replace(base, invoices=(base.invoices[0], dataclasses.replace(base.invoices[1], due=dt.date(2025, 3, 10))))
    assert PL.invoice_due(early, early.invoices[1]) == dt.date(2025, 3, 10)
    # The prepayment invoice's term runs from the contract's signing (§ 1 ust. 2), not from delivery.
    pre = _late(dt.date(2025, 2, 5), index=0)
    assert PL.invoice_due(pre, pre.invoices[0]) == dt.date(2025, 2, 10)
    assert not [w for w in pre.warnings if w.field == "invoices[0].due"]
    # Other jurisdictions take the recorded date as given.
    assert registry.get("UK").invoice_due(early, early.invoices[1]) == early.invoices[1].due


def _disputed(case, invoice: str | None = "FV/12/2025"):
    dispute = m.Event(dt.date(2025, 4, 20), "email", "Dłużnik zgłasza nieszczelność dachu.", kind="dispute",
                      disputed="szczelność dachu", invoice=invoice)
    return dataclasses.replace(case, events=case.events + (dispute,))


@pytest.mark.parametrize("consumer", [False, True])
def test_j3_a_recorded_dispute_is_answered_with_the_acceptance_documents_the_case_records(consumer: bool) -> None:
    base = example(EXAMPLE)
    case = _disputed(as_consumer(base) if consumer else base)
    text = md(case, "small-claim")
    grounds = text.split("art. 187 § 1 pkt 3")[0]
    assert ("W dniu 20 kwietnia 2025 r. pozwany zakwestionował należność (zastrzeżenia: szczelność dachu). Powód stoi "
            "na stanowisku, że należność jest wymagalna: pozwany odebrał prace, podpisując protokół odbioru nr 2/2025/E2 "
            "z dnia 13 lutego 2025 r. (faktura nr FV/12/2025), a zastrzeżenia zgłosił dopiero po odbiorze. *Dowód: "
            "protokół odbioru nr 2/2025/E2 z dnia 13 lutego 2025 r. (faktura nr FV/12/2025).*") in grounds
    assert "UZUPEŁNIĆ" not in text
    assert "The claimant's position is that the debt is due: the defendant accepted the work by signing" in md(case, "small-claim", "en")
    assert "Powód stoi na stanowisku" not in md(base, "small-claim")


def test_j3_without_an_acceptance_document_the_answer_is_a_visible_blank_to_fill_in() -> None:
    case = _disputed(without_evidence(example(EXAMPLE)), invoice=None)
    text = md(case, "small-claim")
    assert ("Powód stoi na stanowisku, że należność jest wymagalna: [STANOWISKO POWODA WOBEC ZARZUTU I DOWODY – "
            "UZUPEŁNIĆ PRZED ZŁOŻENIEM]") in text
    assert "odebrał prace, podpisując" not in text


def test_j4_against_a_consumer_nakazowe_is_closed_not_missing_a_document() -> None:
    text = md(as_consumer(example(EXAMPLE)), "small-claim")
    assert ("Postępowanie nakazowe z art. 485 § 2a Kodeksu postępowania cywilnego nie jest dostępne: roszczenie nie "
            "wynika z transakcji handlowej, ponieważ pozwany jest konsumentem.") in text
    assert "transakcji handlowej (obie strony" not in text and "po ich uzupełnieniu" not in text
    assert "because the defendant is a consumer" in md(as_consumer(example(EXAMPLE)), "small-claim", "en")
    # Between businesses lacking a document, the note still says what to add.
    assert "po ich uzupełnieniu pismo wybierze tę drogę" in md(without_evidence(example(EXAMPLE)), "small-claim")


def test_j5_the_general_invoice_term_reserves_the_prepayment_invoices_own_term() -> None:
    base = example(EXAMPLE)
    text = md(base, "contract-clauses")
    assert "1. Z zastrzeżeniem § 1 ust. 2 (faktura zaliczkowa), każda faktura jest płatna w terminie 14 dni" in text
    assert "Subject to § 1(2) (the prepayment invoice), each invoice is payable within 14 days" in md(base, "contract-clauses", "en")
    plain = dataclasses.replace(base, contract=dataclasses.replace(base.contract, prepayment=None))
    assert "1. Każda faktura jest płatna w terminie 14 dni" in md(plain, "contract-clauses")


# --- fourth review (docs/reviews/pl-2026-12-01-fourth.md) ---------------------------------

def _variant(mutate):
    loaded = load_file(ROOT / FILE, FILE)
    data = copy.deepcopy(loaded.data)
    mutate(data)
    return validate(Loaded(loaded.file, data, loaded.lines), EXAMPLE)


def _unpaid_prepayment(data) -> None:
    data["invoices"][0]["delivered"] = dt.date(2025, 2, 5)
    data["invoices"][0]["delivered_by"] = "email"
    data["payments"] = [p for p in data["payments"] if p["invoice"] != "FV/05/2025"]


def test_j1_the_prepayment_invoice_is_pleaded_with_its_own_term_from_signing() -> None:
    case = _variant(_unpaid_prepayment)
    text = md(case, "small-claim")
    assert ("faktura nr FV/05/2025 z dnia 3 lutego 2025 r. na kwotę 7 200,00 zł, doręczona pozwanemu w dniu 5 lutego "
            "2025 r. pocztą elektroniczną; termin zapłaty zaliczki, wynoszący 7 dni od dnia zawarcia umowy, upłynął "
            "w dniu 10 lutego 2025 r. *Dowód:") in text
    assert "FV/05/2025 z dnia 3 lutego 2025 r. na kwotę 7 200,00 zł, doręczona pozwanemu w dniu 5 lutego 2025 r. " \
           "pocztą elektroniczną; termin płatności, wynoszący 14 dni" not in text
    # The ordinary invoice keeps the contract's term from delivery.
    assert "termin płatności, wynoszący 14 dni od dnia doręczenia faktury, upłynął w dniu 28 lutego 2025 r." in text
    assert "the term for paying the prepayment, 7 days from the conclusion of the contract, ended on 10 February 2025." \
        in md(case, "small-claim", "en")


def test_j1_a_later_printed_due_date_is_pleaded_as_the_invoice_s_own_not_as_delivery_plus_the_term() -> None:
    case = _variant(lambda d: d["invoices"][1].__setitem__("due", dt.date(2025, 3, 14)))
    assert not [w for w in case.warnings if w.field == "invoices[1].due"]
    text = md(case, "small-claim")
    assert ("doręczona pozwanemu w dniu 14 lutego 2025 r. pocztą elektroniczną; termin płatności oznaczony na fakturze, "
            "dłuższy niż umowny termin 14 dni od dnia doręczenia faktury, upłynął w dniu 14 marca 2025 r. *Dowód:") in text
    assert "wynoszący 14 dni od dnia doręczenia faktury, upłynął w dniu 14 marca" not in text
    assert "the payment term stated on the invoice, longer than the contractual term of 14 days" in md(case, "small-claim", "en")


def test_j1_a_term_rolled_past_a_holiday_says_so_with_art_115() -> None:
    # Delivered 17.04.2025 + 14 days = 1.05.2025, a statutory day off: the term ends on 2.05 (KC art. 115).
    case = _late(dt.date(2025, 4, 17))
    text = md(case, "small-claim")
    assert ("termin płatności, wynoszący 14 dni od dnia doręczenia faktury, upłynął w dniu 2 maja 2025 r. (koniec "
            "terminu, 1 maja 2025 r., przypadał na dzień ustawowo wolny od pracy – art. 115 Kodeksu cywilnego). "
            "*Dowód:") in text
    assert ("ended on 2 May 2025 (the term's end, 1 May 2025, fell on a statutory public holiday – art. 115 of the "
            "Polish Civil Code (Kodeks cywilny)). *Evidence:") in md(case, "small-claim", "en")
    saturday = md(_late(dt.date(2025, 5, 17)), "small-claim")  # 31.05.2025 is a Saturday
    assert "upłynął w dniu 2 czerwca 2025 r. (koniec terminu, 31 maja 2025 r., przypadał w sobotę – art. 115" in saturday
    # No roll, no remark.
    assert "art. 115" not in md(example(EXAMPLE), "small-claim").split("## Informacja o próbie")[0]
    for lang in ("ru", "he"):
        assert "115" in md(case, "small-claim", lang).split("187")[0]


def test_m_e_the_consumer_notes_do_not_say_nakazowe_lacks_documents() -> None:
    text = md(as_consumer(example(EXAMPLE)), "small-claim")
    assert "ale sprawa nie zawiera wszystkich wymaganych dokumentów" not in text
    assert "nie jest dostępne: roszczenie nie wynika z transakcji handlowej" in text
    assert "but the case file lacks documents" not in md(as_consumer(example(EXAMPLE)), "small-claim", "en")
    # Between businesses short of a document the sentence stays.
    assert "ale sprawa nie zawiera wszystkich wymaganych dokumentów" in md(without_evidence(example(EXAMPLE)), "small-claim")


def test_m_c_a_reminder_dated_before_the_corrected_due_date_is_warned() -> None:
    # FV/12 delivered 20.03.2025: due 3.04; reminder 1 is dated 25.03.
    case = _late(dt.date(2025, 3, 20))
    (warning,) = [w for w in case.warnings if w.field == "documents.reminders[0].date"]
    assert warning.file == FILE and warning.line == 112
    assert "reminder 1 is dated 2025-03-25, on or before the day FV/12/2025 (due 2025-04-03) fell due" in warning.message
    assert not [w for w in case.warnings if w.field.startswith("documents.reminders[1]")]
    assert not [w for w in example(EXAMPLE).warnings if w.field.startswith("documents.")]
    # The paid prepayment invoice is not counted, and the compensation is named between businesses only.
    (due,) = [w for w in case.warnings if w.field == "invoices[1].due"]
    assert "art. 10 compensation" in due.message
    consumer = _variant(lambda d: (d["invoices"][1].__setitem__("delivered", dt.date(2025, 3, 20)),
                                   d["debtor"].__setitem__("kind", "consumer")))
    (due,) = [w for w in consumer.warnings if w.field == "invoices[1].due"]
    assert "art. 10" not in due.message


def test_m_g_the_cautious_filing_day_is_a_working_day() -> None:
    # The work delivered 14.03.2025: the period ends on Sunday 14.03.2027; the day before is a
    # Saturday, so the cautious day is Friday 12.03.2027.
    case = with_type(without_evidence(example(EXAMPLE)), "work", work_delivered=dt.date(2025, 3, 14))
    lim = limit(case)
    assert (lim.law_day, lim.last_day) == (dt.date(2027, 3, 14), dt.date(2027, 3, 12))
    assert "wnieś pozew najpóźniej w dniu 12 marca 2027 r." in md(case, "small-claim")
    # Ends on 2.05.2027: the day before is 1 May, a day off, so 30.04.
    lim = limit(with_type(without_evidence(example(EXAMPLE)), "work", work_delivered=dt.date(2025, 5, 2)))
    assert lim.last_day == dt.date(2027, 4, 30)
