"""Properties of the money engine that must hold for any case, checked with hypothesis.

- interest is never negative, nor is anything else owed;
- splitting a constant-principal interval at any date changes the total only by the
  rounding of the extra periods (one minor unit per period at most), and not at all
  before rounding;
- adding a payment never increases the claim total;
- the claim total is principal + interest + fees + compensation, in the JSON too.

Dates are drawn where every table the engine needs is in force (the RU and IL fee and
limit tables start on 9.9.2024 and 1.1.2024, the key-rate table ends on 31.12.2025).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.case import model as m
from generator.compute.claim import compute_claim
from generator.compute.interest import ONE_DAY, periods
from generator.compute.money import minor_unit
from generator.jurisdictions import registry

D = Decimal
date = dt.date
CURRENCY = {"UK": "GBP", "PL": "PLN", "RU": "RUB", "IL": "ILS"}
FIRST, LAST = date(2024, 9, 9), date(2025, 12, 31)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

amounts = st.decimals(min_value=D("0.01"), max_value=D("150000"), places=2, allow_nan=False, allow_infinity=False)
small_amounts = st.decimals(min_value=D("0.01"), max_value=D("20000"), places=2, allow_nan=False, allow_infinity=False)
days_in_range = st.dates(min_value=FIRST, max_value=LAST)


def _party(kind: str) -> m.Party:
    return m.Party(name="X", kind=kind, address=("-",))


@st.composite
def cases(draw) -> tuple[m.Case, dt.date]:
    code = draw(st.sampled_from(sorted(CURRENCY)))
    invoices = []
    for i in range(draw(st.integers(1, 3))):
        issued = draw(st.dates(min_value=FIRST, max_value=date(2025, 10, 31)))
        due = issued + dt.timedelta(days=draw(st.integers(0, 60)))
        invoices.append(m.Invoice(f"I{i}", issued, due, draw(amounts)))
    # Israel has no statutory rate in our data: only contractual interest or none.
    interest = draw(st.sampled_from(["contractual", "none"] if code == "IL" else ["statutory", "statutory", "contractual", "none"]))
    rate = draw(st.decimals(min_value=D("0.5"), max_value=D("40"), places=2)) if interest == "contractual" else None
    fee = draw(st.none() | st.builds(
        m.LateFee, st.decimals(min_value=D("1"), max_value=D("500"), places=2),
        st.sampled_from(["once", "month"]), st.none() | st.decimals(min_value=D("1"), max_value=D("2000"), places=2)))
    compensation = code == "UK" and draw(st.booleans())  # PL's needs exchange rates: tested in test_compute
    debtor = draw(st.sampled_from(["business", "consumer"]))
    numbers = [i.number for i in invoices]
    payments = tuple(
        m.Payment(day, amount, invoice)
        for day, amount, invoice in draw(st.lists(
            st.tuples(days_in_range, small_amounts, st.none() | st.sampled_from(numbers)), max_size=4))
    )
    case = m.Case(
        id="p", source="p.yaml", jurisdiction=code, languages=("en",), currency=CURRENCY[code],
        creditor=_party("business"), debtor=_party(debtor),
        contract=m.Contract(date=date(2024, 1, 1), subject="-",
                            late_payment=m.LatePayment(interest, rate, fee, compensation)),
        invoices=tuple(invoices), payments=payments, documents=m.Documents(),
    )
    return case, draw(days_in_range)


def _claim(case: m.Case, as_of: dt.date):
    return compute_claim(case, registry.get(case.jurisdiction), as_of)


def _charged(cl) -> Decimal:
    """Interest, fees and compensation charged so far, before any payment."""
    lines = cl.ledger.lines
    return cl.interest_accrued + sum((line.fees + (line.compensation.amount if line.compensation else 0) for line in lines), D(0))


@SETTINGS
@given(cases())
def test_nothing_owed_is_ever_negative(drawn) -> None:
    case, as_of = drawn
    cl = _claim(case, as_of)
    assert all(p.amount >= 0 and p.rate_percent >= 0 and p.days >= 1 for p in cl.ledger.periods)
    for line in cl.ledger.lines:
        assert line.principal >= 0 and line.interest >= 0 and line.fees >= 0 and line.costs >= 0
    assert cl.principal >= 0 and cl.interest >= 0 and cl.fees >= 0 and cl.compensation >= 0
    assert cl.interest_accrued >= cl.interest_paid >= 0
    assert cl.court_fee.amount >= 0 and cl.total >= 0


@SETTINGS
@given(cases())
def test_claim_total_is_the_sum_of_its_parts(drawn) -> None:
    case, as_of = drawn
    cl = _claim(case, as_of)
    assert cl.total == cl.principal + cl.interest + cl.fees + cl.compensation
    out = cl.to_json()
    parts = D(out["principal_outstanding"]) + D(out["interest"]["outstanding"]) + D(out["fees"]) + D(out["compensation"])
    assert D(out["claim_total"]) == parts
    # Every payment is accounted for: allocated to some component or recorded as overpaid.
    paid = sum((p.amount for p in case.payments if p.date <= as_of), D(0))
    assert sum((a.total for a in cl.ledger.allocations), D(0)) + cl.ledger.overpaid == paid
    # The account balances: invoiced + interest + fees + compensation charged − paid.
    allocated = sum((a.total for a in cl.ledger.allocations), D(0))
    assert cl.total == sum((i.amount for i in case.invoices), D(0)) + _charged(cl) - allocated
    # What was invoiced is either still owed or was paid off as principal.
    assert sum((a.principal for a in cl.ledger.allocations), D(0)) + cl.principal == sum(i.amount for i in case.invoices)


@SETTINGS
@given(cases(), days_in_range, small_amounts, st.booleans())
def test_a_payment_never_increases_the_claim(drawn, day, amount, designate) -> None:
    case, as_of = drawn
    target = case.invoices[0].number if designate else None
    more = m.Case(**{**case.__dict__, "payments": case.payments + (m.Payment(day, amount, target),)})
    before, after = _claim(case, as_of), _claim(more, as_of)
    assert after.total <= before.total
    if day <= as_of:
        # The claim falls by the payment plus whatever interest and fees it saved by
        # coming earlier: never by more than the payment and everything charged before.
        assert before.total - after.total <= amount + _charged(before)
        assert after.ledger.overpaid >= before.ledger.overpaid


# --- splitting an interval -------------------------------------------------------------

@st.composite
def intervals(draw):
    """A jurisdiction's statutory rate steps over an interval, with a split date."""
    code, b2b = draw(st.sampled_from([("UK", True), ("UK", False), ("PL", True), ("PL", False), ("RU", True)]))
    # Ranges the rate tables cover; RU from 2022 takes in the 2022 moratorium.
    lo, hi = {"UK": (date(2022, 1, 1), date(2025, 12, 31)), "PL": (date(2022, 1, 1), date(2026, 3, 5)),
              "RU": (date(2021, 12, 20), date(2025, 12, 31))}[code]
    first = draw(st.dates(min_value=lo, max_value=hi - dt.timedelta(days=1)))
    last = draw(st.dates(min_value=first + ONE_DAY, max_value=min(hi, first + dt.timedelta(days=800))))
    split = draw(st.dates(min_value=first, max_value=last - ONE_DAY))
    principal = draw(amounts)
    issued = draw(st.dates(min_value=first - dt.timedelta(days=200), max_value=first - ONE_DAY))
    invoice = m.Invoice("A", issued, first - ONE_DAY, principal)
    case = m.Case(
        id="s", source="s.yaml", jurisdiction=code, languages=("en",), currency=CURRENCY[code],
        creditor=_party("business"), debtor=_party("business" if b2b else "consumer"),
        contract=m.Contract(date=date(2020, 1, 1), subject="-", late_payment=m.LatePayment("statutory")),
        invoices=(invoice,), documents=m.Documents(),
    )
    return case, invoice, first, split, last


def _periods(case, invoice, first, last):
    law = registry.get(case.jurisdiction)
    steps = law.rates(case, invoice, first, last)
    return periods(invoice.number, invoice.amount, first, last, steps, law.day_basis, case.currency)


def _exact(ps) -> Decimal:
    return sum((p.principal * p.rate_percent * p.days / (100 * p.day_basis) for p in ps), D(0))


@SETTINGS
@given(intervals())
def test_splitting_an_interval_changes_only_the_rounding(drawn) -> None:
    case, invoice, first, split, last = drawn
    whole = _periods(case, invoice, first, last)
    parts = _periods(case, invoice, first, split) + _periods(case, invoice, split + ONE_DAY, last)
    # The periods tile the interval without gaps or overlaps, in both versions.
    for ps in (whole, parts):
        assert ps[0].start == first and ps[-1].end == last
        assert all(b.start == a.end + ONE_DAY for a, b in zip(ps, ps[1:]))
    # Each day carries the same rate and basis either way.
    def by_day(ps):
        return {p.start + dt.timedelta(days=k): (p.rate_percent, p.day_basis) for p in ps for k in range(p.days)}
    assert by_day(whole) == by_day(parts)
    # Before rounding the totals agree (to Decimal's 28 digits); after, within a minor
    # unit per period of the finer split.
    assert abs(_exact(whole) - _exact(parts)) < D("1e-15")
    unit = minor_unit(case.currency)
    assert abs(sum(p.amount for p in whole) - sum(p.amount for p in parts)) <= unit * len(parts)
    assert all(p.amount >= 0 for p in whole + parts)
