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


def test_the_demand_goes_by_registered_post_with_acknowledgement_of_receipt() -> None:
    assert "**Listem poleconym za potwierdzeniem odbioru**" in md(example(EXAMPLE), "pretrial-claim")


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
    assert "Każda faktura jest płatna w terminie 14 dni od dnia jej doręczenia" in text
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
