"""The money engine against worked examples, and the legal rules it encodes.

Each worked example says where its figure comes from. Where a published figure was
found, the test reproduces it; where none was found, the figure is computed by hand in
a comment, with the arithmetic spelled out, and the test says so.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal

import pytest

from generator.case import model as m
from generator.case.load import load_text
from generator.case.validate import validate
from generator.compute.claim import compute_claim, instalments
from generator.compute.interest import periods, simple_interest
from generator.compute.ledger import add_months, ledger, started_months
from generator.compute.money import round_money
from generator.jurisdictions import registry
from generator.jurisdictions.data import MissingFigure

D = Decimal
date = dt.date


# --- building cases ------------------------------------------------------------------

def party(kind: str = "business") -> m.Party:
    return m.Party(name="X", kind=kind, address=("-",))


def make_case(
    jurisdiction: str, currency: str, invoices, payments=(), *, interest: str = "statutory",
    rate: str | None = None, fee: m.LateFee | None = None, compensation: bool = False,
    creditor: str = "business", debtor: str = "business", rates=(),
) -> m.Case:
    """A minimal case: `invoices` are (number, issued, due, amount), `payments` are
    (date, amount) or (date, amount, invoice)."""
    return m.Case(
        id="t", source="t.yaml", jurisdiction=jurisdiction, languages=("en",), currency=currency,
        creditor=party(creditor), debtor=party(debtor),
        contract=m.Contract(date=date(2020, 1, 1), subject="-", late_payment=m.LatePayment(
            interest, D(rate) if rate else None, fee, compensation)),
        invoices=tuple(m.Invoice(n, i, d, D(a)) for n, i, d, a in invoices),
        payments=tuple(m.Payment(p[0], D(p[1]), p[2] if len(p) > 2 else None) for p in payments),
        documents=m.Documents(), exchange_rates=tuple(rates),
    )


def claim(case: m.Case, as_of: dt.date):
    return compute_claim(case, registry.get(case.jurisdiction), as_of)


def book(case: m.Case, as_of: dt.date):
    """The ledger alone, for dates before the fee tables start."""
    return ledger(case, registry.get(case.jurisdiction), as_of)


def table(ps) -> list[tuple]:
    return [(p.start, p.end, p.days, p.rate_percent, p.day_basis, p.amount) for p in ps]


# --- United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998 -------------

def test_uk_daily_interest_theukrules_example() -> None:
    # theukrules.co.uk, "Late Commercial Payments Interest": £1,000 owed, base rate 0.25 %,
    # statutory rate 8.25 %; annual £82.50, daily 22p, "60 days late ... £13.56".
    # (1,000 × 8.25 % × 60 / 365 = 13.5616.) The 0.25 % is the Bank Rate of 31.12.2021, so
    # a debt whose interest starts in H1 2022 gets exactly this rate from our tables.
    c = make_case("UK", "GBP", [("INV-1", date(2022, 1, 2), date(2022, 2, 1), "1000.00")])
    ps = book(c, date(2022, 4, 2)).periods
    assert table(ps) == [(date(2022, 2, 2), date(2022, 4, 2), 60, D("8.25"), 365, D("13.56"))]
    assert D(1000) * D("8.25") / 100 == D("82.50")
    assert (D("82.50") / 365).quantize(D("0.01"), rounding=ROUND_DOWN) == D("0.22")  # the page's "22p", truncated


def test_uk_daily_interest_gera_services_example() -> None:
    # tools.gera.services/late-payment-interest-calculator: "A £12,000 invoice that is 90
    # days overdue, with a base rate of 5%, attracts a statutory rate of 13%. Daily
    # interest is about £4.27, so 90 days adds roughly £384 in interest, plus the £100
    # fixed compensation". Bank Rate on 30.6.2023 was 5 %, so interest starting in H2 2023
    # runs at 13 %. Exactly: 12,000 × 13 % × 90 / 365 = 384.6575... → £384.66 (the page
    # rounds the daily figure first: 4.27 × 90 = 384.30, hence "roughly").
    c = make_case("UK", "GBP", [("INV-1", date(2023, 8, 30), date(2023, 9, 29), "12000.00")], compensation=True)
    cl = claim(c, date(2023, 12, 28))
    assert table(cl.ledger.periods) == [(date(2023, 9, 30), date(2023, 12, 28), 90, D("13.0"), 365, D("384.66"))]
    assert round_money(D(12000) * D(13) / 100 / 365, "GBP") == D("4.27")
    assert cl.compensation == D(100)
    # The page's "grand total near £12,484": 12,000 + 384.66 + 100.
    assert cl.total == D("12484.66")


def test_uk_daily_interest_daniels_silverman_example() -> None:
    # danielssilverman.co.uk/interest.php: "If the base rate is 4% ... the statutory
    # interest rate is 12% ... £1,000 x 12% = £120 ... £120 ÷ 365 = 32.9p ... x 30 days =
    # £9.86". No reference day in our Bank Rate table has 4 %, so the 12 % goes in as a
    # contractual rate; the arithmetic is the same (debt × rate × days / 365).
    assert round_money(simple_interest(D(1000), D(12), 30, 365), "GBP") == D("9.86")
    c = make_case("UK", "GBP", [("INV-1", date(2025, 1, 1), date(2025, 2, 28), "1000.00")],
                  interest="contractual", rate="12")
    assert table(claim(c, date(2025, 3, 30)).ledger.periods) == [(date(2025, 3, 1), date(2025, 3, 30), 30, D(12), 365, D("9.86"))]


def test_uk_consumer_debt_gets_county_courts_act_interest() -> None:
    # County Courts Act 1984 s.69 at 8 % (legal-facts §1); by hand:
    # 2,400 × 8 % × 100 / 365 = 52.6027... → 52.60.
    c = make_case("UK", "GBP", [("INV-1", date(2025, 1, 1), date(2025, 2, 1), "2400.00")], debtor="consumer")
    cl = claim(c, date(2025, 5, 12))
    assert table(cl.ledger.periods) == [(date(2025, 2, 2), date(2025, 5, 12), 100, D(8), 365, D("52.60"))]
    assert cl.interest_basis == "county_courts_act_s69"
    assert cl.compensation == 0


@pytest.mark.parametrize("amount,sum_", [
    # s.5A LPCDA (legal-facts §3): £40 below £1,000; £70 to £9,999.99; £100 from £10,000.
    ("999.99", "40"), ("1000.00", "70"), ("9999.99", "70"), ("10000.00", "100"), ("250000.00", "100"),
])
def test_uk_fixed_sum_tiers(amount: str, sum_: str) -> None:
    c = make_case("UK", "GBP", [("INV-1", date(2025, 1, 10), date(2025, 2, 10), amount)], compensation=True)
    assert claim(c, date(2025, 3, 10)).compensation == D(sum_)


def test_uk_fixed_sum_is_per_invoice_and_only_once_late() -> None:
    c = make_case("UK", "GBP", [("A", date(2025, 1, 10), date(2025, 2, 10), "500.00"),
                                ("B", date(2025, 1, 10), date(2025, 4, 10), "5000.00")], compensation=True)
    assert claim(c, date(2025, 3, 10)).compensation == D(40)         # B not yet late
    assert claim(c, date(2025, 4, 11)).compensation == D(110)        # 40 + 70
    paid_on_time = make_case("UK", "GBP", [("A", date(2025, 1, 10), date(2025, 2, 10), "500.00")],
                             [(date(2025, 2, 10), "500.00")], compensation=True)
    assert claim(paid_on_time, date(2025, 3, 10)).total == 0


def test_uk_due_date_does_not_roll() -> None:
    # No general rule moves a contractual due date off a weekend (legal-facts §6).
    uk = registry.get("UK")
    assert uk.effective_due(date(2025, 3, 15)) == date(2025, 3, 15)    # Saturday
    assert uk.effective_due(date(2025, 12, 25)) == date(2025, 12, 25)  # Christmas Day
    c = make_case("UK", "GBP", [("INV-1", date(2025, 2, 15), date(2025, 3, 15), "1000.00")])
    assert claim(c, date(2025, 3, 20)).ledger.lines[0].interest_from == date(2025, 3, 16)


def test_uk_part_payment_goes_to_principal_first() -> None:
    # Common-law appropriation as implemented: principal, then interest. By hand:
    # 17,250 × 12.75 % × 22 / 365 = 132.5650... → 132.57 owed for 25.3-15.4.2025, all of
    # the 5,000 paid on 15.4 reduces the principal to 12,250.
    c = make_case("UK", "GBP", [("A", date(2025, 3, 10), date(2025, 3, 24), "17250.00")], [(date(2025, 4, 15), "5000.00")])
    cl = claim(c, date(2025, 4, 15))
    a = cl.ledger.allocations[0]
    assert (a.costs, a.interest, a.principal) == (0, 0, D(5000))
    assert cl.principal == D("12250.00") and cl.interest == D("132.57")


def test_uk_rate_table_not_reaching_the_reference_day_is_a_missing_figure() -> None:
    # Interest starting in H1 2027 needs Bank Rate on 31.12.2026, beyond the table
    # (confirmed through 30.6.2026).
    c = make_case("UK", "GBP", [("A", date(2026, 12, 1), date(2027, 1, 1), "1000.00")])
    with pytest.raises(MissingFigure) as err:
        claim(c, date(2027, 2, 1))
    assert err.value.field == "generator/jurisdictions/data/uk/boe_bank_rate.yaml"
    assert "law update uk/boe_bank_rate" in err.value.message and "2026-12-31" in err.value.message


def test_uk_h2_2026_debt_uses_bank_rate_of_30_june_2026() -> None:
    # Bank Rate was 3.75 % on 30.6.2026 (held on 18.6.2026): 8 + 3.75 = 11.75 % a year,
    # fixed for the debt. GBP 1,000 from 2.7.2026 to 1.12.2026 inclusive, 153 days:
    # 1000 × 11.75 % × 153 / 365 = 49.2534… → 49.25.
    c = make_case("UK", "GBP", [("A", date(2026, 6, 1), date(2026, 7, 1), "1000.00")])
    cl = claim(c, date(2026, 12, 1))
    assert [p.rate_percent for p in cl.ledger.periods] == [D("11.75")]
    assert cl.interest == D("49.25")


# --- Poland --------------------------------------------------------------------------

def test_pl_statutory_interest_calculla_calculator() -> None:
    # calculla.pl/odsetki_ustawowe (kalkulator odsetek ustawowych), PLN 6,000, odsetki
    # ustawowe za opóźnienie, result split by the NBP changes of 2021-22:
    #   od 2021-12-09  7.25 %  27 dni  32.18
    #   od 2022-01-05  7.75 %  35 dni  44.59
    #   od 2022-02-09  8.25 %  28 dni  37.97
    #   od 2022-03-09  9 %     29 dni  42.90
    #   od 2022-04-07  10 %    29 dni  47.67
    #   od 2022-05-06  10.75 % 34 dni  60.08
    # (The stored page then runs 11.5 % for 116 days to 2.10.2022: its table lacked the
    # NBP rises of 8.7.2022 and 8.9.2022, so only the periods above are comparable.)
    c = make_case("PL", "PLN", [("A", date(2021, 11, 8), date(2021, 12, 8), "6000.00")], creditor="consumer")
    ps = book(c, date(2022, 6, 8)).periods
    assert [(p.start, p.rate_percent, p.days, p.amount) for p in ps] == [
        (date(2021, 12, 9), D("7.25"), 27, D("32.18")),
        (date(2022, 1, 5), D("7.75"), 35, D("44.59")),
        (date(2022, 2, 9), D("8.25"), 28, D("37.97")),
        (date(2022, 3, 9), D("9.0"), 29, D("42.90")),
        (date(2022, 4, 7), D("10.0"), 29, D("47.67")),
        (date(2022, 5, 6), D("10.75"), 34, D("60.08")),
    ]
    assert sum(p.amount for p in ps) == D("265.39")
    assert all(p.day_basis == 365 for p in ps)


def test_pl_statutory_interest_after_the_october_2025_cut() -> None:
    # Computed by hand (no published figure found): PLN 10,000, consumer debtor, interest
    # from 1.10.2025 to 31.10.2025; NBP 4.75 → 4.5 on 9.10.2025 (legal-facts §2):
    #   1-8.10   8 days × 10.25 %: 10,000 × 10.25 % × 8 / 365  = 22.4657... → 22.47
    #   9-31.10 23 days × 10 %:    10,000 × 10 % × 23 / 365    = 63.0137... → 63.01
    c = make_case("PL", "PLN", [("A", date(2025, 9, 1), date(2025, 9, 30), "10000.00")], debtor="consumer")
    ps = claim(c, date(2025, 10, 31)).ledger.periods
    assert table(ps) == [
        (date(2025, 10, 1), date(2025, 10, 8), 8, D("10.25"), 365, D("22.47")),
        (date(2025, 10, 9), date(2025, 10, 31), 23, D("10.0"), 365, D("63.01")),
    ]


def test_pl_commercial_interest_and_part_payment_to_interest_first() -> None:
    # The example case's figures, computed by hand (UPNOTH art. 4 pkt 3; KC art. 451):
    #   FV/05 7,200 paid on 7.2, before its due date: nothing more owed on it.
    #   FV/12 17,250 due 24.3.2025 (Monday); 15.75 % (NBP 5.75 on 1.1.2025 + 10).
    #   25.3-15.4 (22 days): 17,250 × 15.75 % × 22 / 365 = 163.7589... → 163.76
    #   5,000 paid 15.4: 163.76 to interest first, 4,836.24 to principal → 12,413.76
    #   16.4-10.6 (56 days): 12,413.76 × 15.75 % × 56 / 365 = 299.9708... → 299.97
    #   late fee 100 per started month (25.3, 25.4, 25.5) = 300, under the 600 cap
    #   claim 12,413.76 + 299.97 + 300 = 13,013.73
    #   court fee: value ⌈12,413.76 + 300⌉ = 12,714 (interest left out) → PLN 750
    c = make_case("PL", "PLN", [("FV/05/2025", date(2025, 2, 3), date(2025, 2, 10), "7200.00"),
                                ("FV/12/2025", date(2025, 3, 10), date(2025, 3, 24), "17250.00")],
                  [(date(2025, 2, 7), "7200.00", "FV/05/2025"), (date(2025, 4, 15), "5000.00", "FV/12/2025")],
                  fee=m.LateFee(D(100), "month", D(600)))
    cl = claim(c, date(2025, 6, 10))
    assert table(cl.ledger.periods) == [
        (date(2025, 3, 25), date(2025, 4, 15), 22, D("15.75"), 365, D("163.76")),
        (date(2025, 4, 16), date(2025, 6, 10), 56, D("15.75"), 365, D("299.97")),
    ]
    a = cl.ledger.allocations[-1]
    assert (a.invoice, a.costs, a.interest, a.principal) == ("FV/12/2025", 0, D("163.76"), D("4836.24"))
    assert (cl.principal, cl.interest, cl.fees, cl.compensation) == (D("12413.76"), D("299.97"), D(300), 0)
    assert cl.total == D("13013.73")
    assert cl.court_fee.amount == D(750) and cl.within_small_claims_limit
    assert cl.interest_basis == "odsetki_w_transakcjach_handlowych"
    out = cl.to_json()
    assert (out["claim_total"], out["principal_outstanding"], out["fees"], out["court_fee"]) == (
        "13013.73", "12413.76", "300.00", "750.00")
    assert out["interest"]["periods"][0]["rate_percent"] == "15.75" and out["interest"]["periods"][0]["day_basis"] == 365


def test_pl_commercial_rate_changes_on_1_july_for_a_running_debt() -> None:
    # By hand: 10,000 from 21.6 to 10.7.2025: 21-30.6 (10 days) × 15.75 % = 43.15;
    # 1-10.7 (10 days) × 15.25 % = 41.78 (10,000 × 0.1575 × 10 / 365 = 43.1507;
    # 10,000 × 0.1525 × 10 / 365 = 41.7808).
    c = make_case("PL", "PLN", [("A", date(2025, 5, 20), date(2025, 6, 20), "10000.00")])
    ps = claim(c, date(2025, 7, 10)).ledger.periods
    assert [(p.start, p.rate_percent, p.amount) for p in ps] == [
        (date(2025, 6, 21), D("15.75"), D("43.15")), (date(2025, 7, 1), D("15.25"), D("41.78"))]


@pytest.mark.parametrize("due,effective", [
    # KC art. 115: a term ending on a Saturday or a public holiday ends on the next working day.
    (date(2025, 3, 15), date(2025, 3, 17)),    # Saturday → Monday
    (date(2025, 3, 16), date(2025, 3, 17)),    # Sunday → Monday
    (date(2025, 11, 1), date(2025, 11, 3)),    # Saturday and All Saints' Day
    (date(2025, 12, 24), date(2025, 12, 29)),  # Christmas Eve (a holiday from 2025), 25-26, weekend
    (date(2025, 5, 3), date(2025, 5, 5)),      # Constitution Day on a Saturday
    (date(2025, 3, 14), date(2025, 3, 14)),    # Friday stays
])
def test_pl_due_date_rolls_past_saturdays_and_holidays(due: dt.date, effective: dt.date) -> None:
    assert registry.get("PL").effective_due(due) == effective


def test_pl_rolled_due_date_moves_the_start_of_interest() -> None:
    c = make_case("PL", "PLN", [("A", date(2025, 2, 15), date(2025, 3, 15), "1000.00")])
    line = claim(c, date(2025, 3, 31)).ledger.lines[0]
    assert (line.due, line.interest_from) == (date(2025, 3, 17), date(2025, 3, 18))
    assert claim(c, date(2025, 3, 17)).total == D("1000.00")  # not yet late on Monday


def test_pl_compensation_needs_the_nbp_rate_and_names_the_field() -> None:
    # UPNOTH art. 10 ust. 2: EUR sum converted at the NBP average rate of the last business
    # day of the month before the month the payment fell due: 10.2.2026 → Friday 30.1.2026,
    # a month-end the NBP EUR series does not (yet) have (it ends with 31.12.2025).
    c = make_case("PL", "PLN", [("FV/12/2026", date(2026, 1, 27), date(2026, 2, 10), "17250.00")], compensation=True)
    with pytest.raises(MissingFigure) as err:
        claim(c, date(2026, 3, 10))
    assert err.value.field == "exchange_rates"
    assert "2026-01-30" in err.value.message and "FV/12/2026" in err.value.message


def test_pl_compensation_with_the_rate_given() -> None:
    # 17,250 is above PLN 5,000 and below 50,000 → EUR 70. The rate 4.0000 is a test
    # figure, not the real NBP rate: 70 × 4.0000 = PLN 280.00.
    rate = m.ExchangeRate("EUR", date(2025, 2, 28), D("4.0000"), "041/A/NBP/2025")
    c = make_case("PL", "PLN", [("FV/12/2025", date(2025, 3, 10), date(2025, 3, 24), "17250.00")],
                  compensation=True, rates=[rate])
    cl = claim(c, date(2025, 6, 10))
    assert cl.compensation == D("280.00")
    assert "EUR 70" in cl.ledger.lines[0].compensation.detail
    # A rate for another day does not stand in for it.
    wrong = make_case("PL", "PLN", [("FV/12/2026", date(2026, 1, 27), date(2026, 2, 10), "17250.00")],
                      compensation=True, rates=[m.ExchangeRate("EUR", date(2026, 2, 2), D("4.0"), "test")])
    with pytest.raises(MissingFigure):
        claim(wrong, date(2026, 3, 10))


@pytest.mark.parametrize("amount,eur", [("5000.00", "40"), ("5000.01", "70"), ("49999.99", "70"), ("50000.00", "100")])
def test_pl_compensation_bands(amount: str, eur: str) -> None:
    # legal-facts §3: EUR 40 up to PLN 5,000; 70 above it and below 50,000; 100 from 50,000.
    rate = m.ExchangeRate("EUR", date(2025, 2, 28), D("4.0000"), "test")
    c = make_case("PL", "PLN", [("A", date(2025, 3, 10), date(2025, 3, 24), amount)], compensation=True, rates=[rate])
    assert claim(c, date(2025, 4, 30)).compensation == D(eur) * 4


def test_pl_compensation_for_an_invoice_in_eur_uses_its_value_in_pln() -> None:
    # The bands are in PLN. EUR 4,000 at a test rate of 4.0000 is PLN 16,000 → EUR 70
    # (comparing 4,000 with the PLN 5,000 threshold would wrongly give EUR 40).
    rate = m.ExchangeRate("EUR", date(2025, 2, 28), D("4.0000"), "test")
    c = make_case("PL", "EUR", [("A", date(2025, 3, 10), date(2025, 3, 24), "4000.00")], compensation=True, rates=[rate])
    assert claim(c, date(2025, 4, 30)).compensation == D(70)
    no_rate = make_case("PL", "EUR", [("A", date(2026, 1, 27), date(2026, 2, 10), "4000.00")], compensation=True)
    with pytest.raises(MissingFigure) as err:
        claim(no_rate, date(2026, 3, 10))
    assert err.value.field == "exchange_rates"


def test_pl_compensation_rate_day_is_the_last_business_day_of_the_previous_month() -> None:
    pl = registry.get("PL")
    inv = lambda due: m.Invoice("A", due, due, D(1))  # noqa: E731
    assert pl.compensation_rate_date(inv(date(2025, 3, 24))) == date(2025, 2, 28)   # Friday
    assert pl.compensation_rate_date(inv(date(2025, 6, 10))) == date(2025, 5, 30)   # 31.5 is a Saturday
    assert pl.compensation_rate_date(inv(date(2025, 12, 1))) == date(2025, 11, 28)  # 30.11 is a Sunday
    assert pl.compensation_rate_date(inv(date(2026, 1, 15))) == date(2025, 12, 31)  # Wednesday


def test_pl_consumer_gets_no_compensation() -> None:
    c = make_case("PL", "PLN", [("A", date(2025, 3, 10), date(2025, 3, 24), "17250.00")], compensation=True, debtor="consumer")
    assert claim(c, date(2025, 6, 10)).compensation == 0


CASE_YAML = """\
case: pl-compensation
jurisdiction: PL
languages: [pl]
currency: PLN
creditor: {name: Studio Nowak, kind: business, address: [ul. Długa 5/2, 00-238 Warszawa]}
debtor: {name: Sklep Zielony sp. z o.o., kind: business, address: [ul. Polna 12, 31-000 Kraków]}
contract:
  date: 2025-02-03
  subject: Sklep internetowy
  late_payment: {interest: statutory, compensation: true}
invoices:
  - {number: FV/12/2026, issued: 2026-01-27, due: 2026-02-10, amount: "17250.00"}
documents:
  reminders:
    - date: 2026-02-20
"""


def test_pl_compensation_without_rate_fails_validation_with_the_field_to_add() -> None:
    from generator.pipeline import legal_problems

    case = validate(load_text(CASE_YAML, "cases/pl-compensation.yaml"), stem="pl-compensation")
    problems = legal_problems(case)
    assert [p.field for p in problems] == ["exchange_rates"]
    assert "2026-01-30" in problems[0].message and problems[0].file == "cases/pl-compensation.yaml"


def test_pl_compensation_with_rate_passes_validation() -> None:
    from generator.pipeline import legal_problems

    text = CASE_YAML + 'exchange_rates:\n  - {currency: EUR, date: 2026-01-30, rate: "4.0000", table: "test"}\n'
    case = validate(load_text(text, "cases/pl-compensation.yaml"), stem="pl-compensation")
    assert legal_problems(case) == []


def test_pl_rate_table_not_reaching_the_date_is_a_missing_figure() -> None:
    c = make_case("PL", "PLN", [("A", date(2026, 1, 10), date(2026, 2, 10), "1000.00")], debtor="consumer")
    with pytest.raises(MissingFigure) as err:
        claim(c, date(2026, 12, 1))  # the table is confirmed through 2026-08-25
    assert err.value.field == "generator/jurisdictions/data/pl/nbp_reference_rate.yaml"


# --- Russia: ГК РФ ст. 395 --------------------------------------------------------------

def test_ru_395_across_2024_key_rates_on_a_366_day_basis() -> None:
    # Computed by hand (no published 2024 calculation could be retrieved): RUB 100,000
    # due Friday 28.6.2024, interest 29.6.2024-31.1.2025 at the key rate of each period,
    # actual days in the year (Пленум ВС № 7 п. 48; 2024 is a leap year):
    #   29.06-28.07.2024  30 d × 16 %  / 366: 100,000 × 0.16 × 30 / 366 = 1,311.4754 → 1,311.48
    #   29.07-15.09.2024  49 d × 18 %  / 366: 100,000 × 0.18 × 49 / 366 = 2,409.8361 → 2,409.84
    #   16.09-27.10.2024  42 d × 19 %  / 366: 100,000 × 0.19 × 42 / 366 = 2,180.3279 → 2,180.33
    #   28.10-31.12.2024  65 d × 21 %  / 366: 100,000 × 0.21 × 65 / 366 = 3,729.5082 → 3,729.51
    #   01.01-31.01.2025  31 d × 21 %  / 365: 100,000 × 0.21 × 31 / 365 = 1,783.5616 → 1,783.56
    #   total 11,414.72
    c = make_case("RU", "RUB", [("1", date(2024, 6, 1), date(2024, 6, 28), "100000.00")])
    cl = claim(c, date(2025, 1, 31))
    assert table(cl.ledger.periods) == [
        (date(2024, 6, 29), date(2024, 7, 28), 30, D(16), 366, D("1311.48")),
        (date(2024, 7, 29), date(2024, 9, 15), 49, D(18), 366, D("2409.84")),
        (date(2024, 9, 16), date(2024, 10, 27), 42, D(19), 366, D("2180.33")),
        (date(2024, 10, 28), date(2024, 12, 31), 65, D(21), 366, D("3729.51")),
        (date(2025, 1, 1), date(2025, 1, 31), 31, D(21), 365, D("1783.56")),
    ]
    assert cl.interest == D("11414.72")
    assert cl.interest_basis == "gk_395"
    # Court order (≤ RUB 500,000), arbitrazh: 50 % of 10,000 + 5 % × 11,414.72 = 5,285.74
    # → 5,286, below the 8,000 minimum → 8,000.
    assert cl.court_fee.amount == D(8000)


def test_ru_moratorium_2022_stops_interest_on_older_debts() -> None:
    # ПП РФ № 497: nothing accrues 1.4-1.10.2022 on a debt that arose before 1.4.2022.
    # By hand, RUB 100,000 due Thursday 10.2.2022:
    #   11-13.02   3 d × 8.5 %: 100,000 × 0.085 × 3 / 365  =    69.8630 →    69.86
    #   14-27.02  14 d × 9.5 %: 100,000 × 0.095 × 14 / 365 =   364.3836 →   364.38
    #   28.02-31.03 32 d × 20 %: 100,000 × 0.20 × 32 / 365 = 1,753.4247 → 1,753.42
    #   01.04-01.10 184 d       moratorium                                    0.00
    #   02.10-31.12 91 d × 7.5 %: 100,000 × 0.075 × 91 / 365 = 1,869.8630 → 1,869.86
    #   total 4,057.52
    c = make_case("RU", "RUB", [("1", date(2022, 1, 10), date(2022, 2, 10), "100000.00")])
    ps = book(c, date(2022, 12, 31)).periods
    assert table(ps) == [
        (date(2022, 2, 11), date(2022, 2, 13), 3, D("8.5"), 365, D("69.86")),
        (date(2022, 2, 14), date(2022, 2, 27), 14, D("9.5"), 365, D("364.38")),
        (date(2022, 2, 28), date(2022, 3, 31), 32, D(20), 365, D("1753.42")),
        (date(2022, 4, 1), date(2022, 10, 1), 184, D(0), 365, D("0.00")),
        (date(2022, 10, 2), date(2022, 12, 31), 91, D("7.5"), 365, D("1869.86")),
    ]
    assert sum(p.amount for p in ps) == D("4057.52")
    # Nothing at all for a claim that ran only during the moratorium.
    only = book(c, date(2022, 10, 1)).periods
    assert sum(p.amount for p in only if p.start >= date(2022, 4, 1)) == 0


def test_ru_moratorium_does_not_cover_debts_arising_during_it() -> None:
    c = make_case("RU", "RUB", [("1", date(2022, 4, 5), date(2022, 6, 1), "100000.00")])
    ps = book(c, date(2022, 8, 31)).periods
    assert ps and all(p.rate_percent > 0 and p.amount > 0 for p in ps)
    assert ps[0].start == date(2022, 6, 2)


def test_ru_moratorium_with_a_payment_during_it() -> None:
    # 50,000 paid on 1.6.2022 goes to the principal (ГК 319 does not cover 395 interest,
    # Пленум № 7 п. 37); interest resumes on 2.10 on the remaining 50,000:
    # 50,000 × 0.075 × 91 / 365 = 934.9315 → 934.93.
    c = make_case("RU", "RUB", [("1", date(2022, 1, 10), date(2022, 2, 10), "100000.00")], [(date(2022, 6, 1), "50000.00")])
    b = book(c, date(2022, 12, 31))
    assert [(a.interest, a.principal) for a in b.allocations] == [(0, D(50000))]
    assert [p.amount for p in b.periods if p.rate_percent > 0][-1] == D("934.93")
    assert all(p.amount == 0 for p in b.periods if date(2022, 4, 1) <= p.start <= date(2022, 10, 1))


@pytest.mark.parametrize("due,effective", [
    # ГК РФ ст. 193: a term ending on a non-working day ends on the next working day.
    (date(2025, 1, 3), date(2025, 1, 9)),      # New Year holidays 1-8 January
    (date(2025, 6, 14), date(2025, 6, 16)),    # Saturday → Monday
    (date(2024, 12, 29), date(2025, 1, 9)),    # Sunday, then days off 30-31.12 and 1-8.1
    (date(2024, 12, 28), date(2024, 12, 28)),  # a Saturday made a working day by transfer
    (date(2024, 6, 12), date(2024, 6, 13)),    # Russia Day
])
def test_ru_due_date_rolls_to_the_next_working_day(due: dt.date, effective: dt.date) -> None:
    assert registry.get("RU").effective_due(due) == effective


def test_ru_part_payment_goes_to_principal_first() -> None:
    # By hand: 100,000 due 28.6.2024; 30 days at 16 % = 1,311.48 accrued by 28.7; the
    # 40,000 paid that day all reduce the principal; the 1,311.48 stays owed.
    c = make_case("RU", "RUB", [("1", date(2024, 6, 1), date(2024, 6, 28), "100000.00")], [(date(2024, 7, 28), "40000.00")])
    b = book(c, date(2024, 7, 28))  # before the 2024 duty table: the ledger alone
    a = b.allocations[0]
    assert (a.costs, a.interest, a.principal) == (0, 0, D(40000))
    assert (b.lines[0].principal, b.lines[0].interest) == (D(60000), D("1311.48"))


def test_ru_key_rate_table_not_reaching_the_date_is_a_missing_figure() -> None:
    c = make_case("RU", "RUB", [("1", date(2025, 11, 1), date(2025, 12, 1), "100000.00")])
    with pytest.raises(MissingFigure) as err:
        claim(c, date(2026, 12, 1))
    assert err.value.field == "generator/jurisdictions/data/ru/cbr_key_rate.yaml"
    assert "2026-12-01" in err.value.message and "law update ru/cbr_key_rate" in err.value.message


# --- Israel --------------------------------------------------------------------------

def test_il_statutory_interest_is_claimed_as_by_law_not_computed() -> None:
    # Remedies Law s.11(b) with the Adjudication of Interest and Linkage Law: linkage
    # differences and interest "as by law". The CPI and linked-interest rates are not in
    # our tables (legal-facts §1), so the engine computes none and guesses no rate; the
    # documents claim them "כחוק" without a figure.
    c = make_case("IL", "ILS", [("1", date(2025, 1, 10), date(2025, 2, 10), "10000.00")])
    result = claim(c, date(2025, 3, 10))
    assert result.interest_accrued == Decimal("0") and not result.ledger.periods
    assert result.total == Decimal("10000.00")


def test_il_payment_goes_to_costs_then_interest_then_principal() -> None:
    # Contracts (General Part) Law, single debt (legal-facts §6). By hand: NIS 12,345 due
    # 10.2.2025, 4 % contractual, fee 100 per started month capped at 250.
    #   by 1.5.2025 three months have begun (11.2, 11.3, 11.4): 300 → cap 250
    #   interest 11.2-1.5 (80 days): 12,345 × 4 % × 80 / 365 = 108.2301 → 108.23
    #   payment 500: costs 250, interest 108.23, principal 141.77
    c = make_case("IL", "ILS", [("1", date(2025, 1, 10), date(2025, 2, 10), "12345.00")], [(date(2025, 5, 1), "500.00")],
                  interest="contractual", rate="4", fee=m.LateFee(D(100), "month", D(250)))
    cl = claim(c, date(2025, 5, 1))
    a = cl.ledger.allocations[0]
    assert (a.costs, a.interest, a.principal) == (D(250), D("108.23"), D("141.77"))
    assert (cl.principal, cl.interest, cl.fees) == (D("12203.23"), 0, 0)
    # Small-claims fee: 1 % of 12,203.23 = 122.03 → next multiple of 5 = 125.
    assert cl.court_fee.amount == D(125)


def test_il_due_date_does_not_roll() -> None:
    assert registry.get("IL").effective_due(date(2025, 3, 15)) == date(2025, 3, 15)  # Saturday


# --- fixed late fees -----------------------------------------------------------------

def test_fee_per_started_month_with_cap() -> None:
    c = make_case("PL", "PLN", [("A", date(2025, 3, 10), date(2025, 3, 24), "1000.00")],
                  interest="none", fee=m.LateFee(D(100), "month", D(600)))
    # Delay from 25.3.2025: months begin 25.3, 25.4, 25.5, ...
    assert claim(c, date(2025, 3, 24)).fees == 0
    assert claim(c, date(2025, 3, 25)).fees == D(100)
    assert claim(c, date(2025, 4, 24)).fees == D(100)
    assert claim(c, date(2025, 4, 25)).fees == D(200)
    assert claim(c, date(2025, 6, 10)).fees == D(300)
    assert claim(c, date(2025, 12, 31)).fees == D(600)  # ten months begun, capped at 600


def test_fee_once_and_fees_stop_when_paid() -> None:
    once = make_case("UK", "GBP", [("A", date(2025, 3, 1), date(2025, 3, 24), "1000.00")],
                     interest="none", fee=m.LateFee(D(25), "once"))
    assert claim(once, date(2025, 12, 31)).fees == D(25)
    monthly = make_case("UK", "GBP", [("A", date(2025, 3, 1), date(2025, 3, 24), "1000.00")],
                        [(date(2025, 4, 30), "1000.00")], interest="none", fee=m.LateFee(D(10), "month"))
    cl = claim(monthly, date(2025, 12, 31))
    # Paid off on 30.4: only the months begun 25.3 and 25.4 count.
    assert (cl.principal, cl.fees, cl.total) == (0, D(20), D(20))
    assert cl.ledger.lines[0].fee_units == 2


# --- dates and instalments -----------------------------------------------------------

@pytest.mark.parametrize("day,months,expected", [
    (date(2025, 1, 31), 1, date(2025, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2025, 3, 31), 1, date(2025, 4, 30)),
    (date(2025, 3, 31), -1, date(2025, 2, 28)),
    (date(2025, 8, 31), 6, date(2026, 2, 28)),
    (date(2025, 12, 15), 1, date(2026, 1, 15)),
    (date(2025, 1, 15), 0, date(2025, 1, 15)),
    (date(2025, 1, 15), 24, date(2027, 1, 15)),
])
def test_add_months_clamps_to_the_month_end(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize("first,last,count", [
    (date(2025, 3, 25), date(2025, 3, 24), 0),
    (date(2025, 3, 25), date(2025, 3, 25), 1),
    (date(2025, 3, 25), date(2025, 4, 24), 1),
    (date(2025, 3, 25), date(2025, 4, 25), 2),
    (date(2025, 3, 25), date(2026, 3, 25), 13),
    (date(2025, 1, 31), date(2025, 2, 27), 1),
])
def test_started_months(first: dt.date, last: dt.date, count: int) -> None:
    assert started_months(first, last) == count


def test_instalments_add_up_exactly() -> None:
    # 13,013.73 / 6 = 2,168.955 → five of 2,168.95 and a last one of
    # 13,013.73 − 5 × 2,168.95 = 2,168.98.
    plan = instalments(D("13013.73"), 6, date(2025, 7, 1), "PLN")
    assert [i.amount for i in plan] == [D("2168.95")] * 5 + [D("2168.98")]
    assert sum(i.amount for i in plan) == D("13013.73")
    assert [i.number for i in plan] == [1, 2, 3, 4, 5, 6]
    assert [i.due for i in plan] == [date(2025, m_, 1) for m_ in range(7, 13)]


def test_instalments_from_a_month_end_and_in_a_currency_without_minor_units() -> None:
    plan = instalments(D("100.00"), 3, date(2025, 1, 31), "GBP")
    assert [(i.due, i.amount) for i in plan] == [
        (date(2025, 1, 31), D("33.33")), (date(2025, 2, 28), D("33.33")), (date(2025, 3, 31), D("33.34"))]
    yen = instalments(D(1000), 3, date(2025, 1, 1), "JPY")
    assert [i.amount for i in yen] == [D(333), D(333), D(334)]


@pytest.mark.parametrize("total,count", [("0.05", 1), ("1.00", 7), ("99999.99", 12), ("12.34", 5)])
def test_instalments_sum_for_awkward_totals(total: str, count: int) -> None:
    plan = instalments(D(total), count, date(2025, 1, 1), "PLN")
    assert sum(i.amount for i in plan) == D(total) and len(plan) == count
    assert all(i.amount >= 0 for i in plan)


# --- the interest primitive ----------------------------------------------------------

def test_periods_split_at_rate_changes_and_leap_year_ends() -> None:
    from generator.jurisdictions.base import RateStep

    steps = [RateStep(date(2023, 1, 1), D(10), "t"), RateStep(date(2024, 3, 1), D(12), "t")]
    basis = lambda y: 366 if y == 2024 else 365  # noqa: E731
    ps = periods("A", D(1000), date(2023, 12, 1), date(2025, 1, 10), steps, basis, "EUR")
    assert [(p.start, p.end, p.rate_percent, p.day_basis) for p in ps] == [
        (date(2023, 12, 1), date(2023, 12, 31), D(10), 365),
        (date(2024, 1, 1), date(2024, 2, 29), D(10), 366),
        (date(2024, 3, 1), date(2024, 12, 31), D(12), 366),
        (date(2025, 1, 1), date(2025, 1, 10), D(12), 365),
    ]
    assert sum(p.days for p in ps) == (date(2025, 1, 10) - date(2023, 12, 1)).days + 1


def test_claim_json_amounts_have_the_currency_minor_units() -> None:
    c = make_case("UK", "GBP", [("A", date(2025, 1, 1), date(2025, 2, 1), "1000")], compensation=True)
    out = claim(c, date(2025, 3, 3)).to_json()
    for key in ("principal_outstanding", "fees", "compensation", "claim_total", "court_fee", "small_claims_limit"):
        assert out[key].count(".") == 1 and len(out[key].split(".")[1]) == 2, (key, out[key])
    # By hand: interest 2.2-3.3.2025 (30 days) at 12.75 %: 1,000 × 0.1275 × 30 / 365 =
    # 10.4795 → 10.48; s.5A sum for £1,000: £70; total 1,000 + 10.48 + 70 = 1,080.48.
    assert (out["interest"]["total"], out["compensation"], out["claim_total"]) == ("10.48", "70.00", "1080.48")


def test_claim_total_is_the_sum_of_its_parts() -> None:
    c = make_case("UK", "GBP", [("A", date(2025, 1, 1), date(2025, 2, 1), "1000")], compensation=True)
    cl = claim(c, date(2025, 3, 3))
    assert cl.total == cl.principal + cl.interest + cl.fees + cl.compensation
