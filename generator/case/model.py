"""The case as immutable, typed domain objects: what every later stage reads."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


# Legal forms a party can have, whatever the jurisdiction calls them.
FORMS = ("individual", "sole_trader", "company", "other")
# Representatives' roles and bases of authority with a fixed meaning; templates word them
# per language. Any other text is the user's own wording, printed as given.
ROLES = ("ceo", "director", "board_member", "president", "owner", "proxy", "manager", "partner")
BASES = ("charter", "power_of_attorney", "board", "krs", "articles")


@dataclass(frozen=True)
class Signatory:
    """The legacy view of a representative: a name and the role as printed."""

    name: str
    role: str | None = None


@dataclass(frozen=True)
class PowerOfAttorney:
    number: str | None = None
    date: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class LocalName:
    """A name as written in one language's script."""

    lang: str
    name: str


@dataclass(frozen=True)
class LocalAddress:
    lang: str
    address: tuple[str, ...]


@dataclass(frozen=True)
class Representative:
    """Who signs for a party: an organisation's officer or a proxy.

    Codes and the user's wording are kept apart (templates word the codes per language;
    the user's text is printed as written): `role_code` is one of ROLES or None, and
    `position` the title as the party's documents write it (a `role:` that is not a code
    lands here); `basis_code` is one of BASES or None, `basis_text` the user's wording."""

    name: str
    role_code: str | None = None
    position: str | None = None
    basis_code: str | None = None
    basis_text: str | None = None
    poa: PowerOfAttorney | None = None
    gender: str | None = None  # female | male (given, or read from a Russian patronymic)
    names: tuple[LocalName, ...] = ()

    @property
    def role(self) -> str | None:
        """The role as written: the code, or the user's own title."""
        return self.role_code or self.position

    @property
    def basis(self) -> str | None:
        return self.basis_code or self.basis_text

    @property
    def role_text(self) -> str | None:
        """The role as the legacy templates print it: the title as written, else the code."""
        return self.position or self.role_code

    def name_in(self, lang: str) -> str:
        return next((n.name for n in self.names if n.lang == lang), self.name)


@dataclass(frozen=True)
class BankDetails:
    """Where payments go. `kind` says which form the details take."""

    iban: str | None = None  # compact, upper case (print with .iban_display)
    bic: str | None = None
    sort_code: str | None = None  # UK, six digits
    account_number: str | None = None  # UK, eight digits
    account: str | None = None  # RU р/с (20 digits) or IL account number
    bik: str | None = None  # RU БИК
    correspondent: str | None = None  # RU к/с
    bank_code: str | None = None  # IL bank number
    branch: str | None = None  # IL branch number
    name: str | None = None  # the bank
    text: str | None = None  # free text as the user wrote it

    @property
    def kind(self) -> str:
        if self.iban:
            return "iban"
        if self.sort_code and self.account_number:
            return "uk"
        if self.bik and self.account:
            return "ru"
        if self.bank_code and self.branch and self.account:
            return "il"
        return "text"

    @property
    def iban_display(self) -> str | None:
        """The IBAN in groups of four, as printed on paper."""
        if not self.iban:
            return None
        return " ".join(self.iban[i:i + 4] for i in range(0, len(self.iban), 4))

    @property
    def sort_code_display(self) -> str | None:
        if not self.sort_code:
            return None
        return "-".join(self.sort_code[i:i + 2] for i in range(0, 6, 2))


@dataclass(frozen=True)
class Party:
    name: str
    kind: str  # business | consumer
    address: tuple[str, ...]
    ids: tuple[tuple[str, str], ...] = ()
    email: str | None = None
    phone: str | None = None
    bank_account: str | None = None  # legacy one-line account (derived from `bank` if not given)
    bank_name: str | None = None  # legacy bank line (derived from `bank` if not given)
    representative: Representative | None = None
    sole_trader: bool = False
    city: str | None = None
    form: str | None = None  # individual | sole_trader | company | other (None: from kind/sole_trader)
    trading_name: str | None = None
    gender: str | None = None  # female | male: persons only
    title: str | None = None  # Mr | Mrs | Ms | Miss | Mx | Dr
    id_number: str | None = None  # a person's own number (PESEL, ת.ז., ИНН of a person)
    # A citizen's date and place of birth: a Russian court-order application names them
    # for a citizen debtor (ГПК РФ ст. 124 ч. 2 п. 3); persons only.
    birth_date: dt.date | None = None
    birth_place: str | None = None
    names: tuple[LocalName, ...] = ()  # the name in other languages' scripts
    addresses: tuple[LocalAddress, ...] = ()
    bank: BankDetails | None = None
    # UK company trading disclosures (SI 2015/17 reg 25): the registered office when it is
    # not the address above, and the part of the UK the company is registered in.
    registered_office: tuple[str, ...] = ()
    registered_in: str | None = None
    # (form, sole_trader, kind) as last reconciled: lets dataclasses.replace() change any
    # one of the three and have the others follow (replace(p, sole_trader=False) makes a
    # sole trader a company; replace(p, form="company") clears sole_trader).
    _synced: tuple[Any, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        form, sole, kind = self.form, self.sole_trader, self.kind
        if self._synced:
            old_form, old_sole, old_kind = self._synced
            if form == old_form and (sole != old_sole or kind != old_kind):
                form = None  # derive it again from what changed
        if form is None:
            form = "individual" if kind == "consumer" else "sole_trader" if sole else "company"
        object.__setattr__(self, "form", form)
        object.__setattr__(self, "sole_trader", form == "sole_trader")
        object.__setattr__(self, "_synced", (form, form == "sole_trader", kind))

    @property
    def is_business(self) -> bool:
        return self.kind == "business"

    @property
    def is_individual(self) -> bool:
        """A consumer or a sole trader: a natural person, whatever the trade."""
        return self.form in ("individual", "sole_trader")

    @property
    def is_person(self) -> bool:
        return self.is_individual

    @property
    def is_organisation(self) -> bool:
        return not self.is_individual

    @property
    def signatory(self) -> Signatory | None:
        """Legacy: the representative as name and printed role."""
        r = self.representative
        return Signatory(r.name, r.role_text) if r else None

    def id(self, *keys: str) -> str | None:
        """The first of the named registration numbers the party has (keys compared loosely)."""
        wanted = {_id_key(k) for k in keys}
        return next((v for k, v in self.ids if _id_key(k) in wanted), None)

    @property
    def register(self) -> str | None:
        """The public register the party's number comes from, where the IDs show it:
        KRS or CEIDG (PL), ЕГРЮЛ or ЕГРИП (RU), Companies House (UK)."""
        if self.id("KRS"):
            return "KRS"
        if self.id("ОГРНИП", "OGRNIP"):
            return "ЕГРИП"
        if self.id("ОГРН", "OGRN"):
            return "ЕГРЮЛ"
        if self.id("Company No.", "Company number", "CRN"):
            return "Companies House"
        if self.id("NIP") and self.form == "sole_trader":
            return "CEIDG"
        return None

    def name_in(self, lang: str) -> str:
        """The name in `lang`'s script if the case gives one, else the legal name."""
        return next((n.name for n in self.names if n.lang == lang), self.name)

    def address_in(self, lang: str) -> tuple[str, ...]:
        return next((a.address for a in self.addresses if a.lang == lang), self.address)


def _id_key(key: str) -> str:
    """'Company No.' and 'company no' are the same key; so are 'ח.פ.' and 'ח"פ'."""
    return "".join(c for c in key.casefold() if c.isalnum())


@dataclass(frozen=True)
class Prepayment:
    percent: Decimal
    due_days: int


@dataclass(frozen=True)
class LateFee:
    amount: Decimal
    per: str  # once | month
    cap: Decimal | None = None


@dataclass(frozen=True)
class PenaltyCap:
    """A cap on contractual interest or penalty: a share of the debt or an amount."""

    percent: Decimal | None = None
    amount: Decimal | None = None


@dataclass(frozen=True)
class LatePayment:
    interest: str  # statutory | contractual | none
    rate_percent: Decimal | None = None  # per year
    fee: LateFee | None = None
    compensation: bool = False
    rate_per_day_percent: Decimal | None = None  # per day of delay (пени "0,1 % за каждый день")
    cap: PenaltyCap | None = None
    # UK: the creditor's view whether a contractual rate is a "substantial remedy" (LPCDA
    # ss.8-9): True keeps it, False claims the Act's interest instead, None = not recorded.
    substantial_remedy: bool | None = None


@dataclass(frozen=True)
class DisputeResolution:
    method: str  # court | arbitration | mediation
    negotiation_days: int | None = None
    venue: str | None = None
    clause: str | None = None  # the contract's clause that holds the agreement ("8.2")


@dataclass(frozen=True)
class Contract:
    date: dt.date
    subject: str
    number: str | None = None
    price: Decimal | None = None
    prepayment: Prepayment | None = None
    payment_terms_days: int | None = None
    late_payment: LatePayment = LatePayment(interest="none")
    dispute_resolution: DisputeResolution | None = None
    extra_work: str | None = None  # work agreed beyond the price, as the user records it
    type: str | None = None  # work | sale | services | mandate | other (None: not recorded)
    work_delivered: dt.date | None = None  # type work: the day the work was delivered (oddanie dzieła)


@dataclass(frozen=True)
class Invoice:
    number: str
    issued: dt.date
    due: dt.date
    amount: Decimal
    description: str | None = None
    delivered: dt.date | None = None  # when the invoice reached the debtor
    delivered_by: str | None = None  # email | letter | registered_letter | hand | courier | ksef | edo | portal
    acceptance: tuple["PrimaryDocument", ...] = ()


@dataclass(frozen=True)
class PrimaryDocument:
    """A document of performance or acceptance: protokół odbioru, акт, УПД, ..."""

    kind: str  # acceptance_protocol | act | upd | torg12 | delivery_note | timesheet | other
    number: str | None = None
    date: dt.date | None = None
    signed_by_debtor: bool | None = None  # None: the case does not say
    description: str | None = None


@dataclass(frozen=True)
class Payment:
    date: dt.date
    amount: Decimal
    invoice: str | None = None
    note: str | None = None
    overpayment: bool = False


@dataclass(frozen=True)
class ExchangeRate:
    currency: str
    date: dt.date
    rate: Decimal
    table: str


@dataclass(frozen=True)
class Event:
    date: dt.date
    channel: str
    summary: str
    kind: str = "note"  # note | dispute | promise | time_request | acknowledgement | no_response
    disputed: str | None = None  # dispute: what the debtor disputes
    amount: Decimal | None = None  # the amount disputed, promised or acknowledged
    invoice: str | None = None  # the invoice it concerns
    by: dt.date | None = None  # promise: pay by; time_request: time asked until


@dataclass(frozen=True)
class Sending:
    """When and how a document actually went out, if the user recorded it."""

    sent: dt.date | None = None
    sent_by: str | None = None
    proof: "Proof | None" = None
    reference: str | None = None  # the sender's outgoing number (исх. №)


@dataclass(frozen=True)
class Proof:
    """Evidence that a document went out: a registered-mail or tracking number, ..."""

    kind: str  # registered_mail | tracking | e_delivery | email | courier | hand
    number: str | None = None  # registered-mail number, ШПИ, tracking or e-delivery id
    address: str | None = None  # where it was sent (postal or e-mail address)


@dataclass(frozen=True)
class Reminder:
    level: int  # 1 friendly, 2 firm, 3 final
    date: dt.date
    pay_within_days: int
    sending: Sending = Sending()


@dataclass(frozen=True)
class DebtRegister:
    name: str
    address: str


@dataclass(frozen=True)
class PretrialClaim:
    date: dt.date
    respond_within_days: int | None  # None: the jurisdiction's minimum applies
    debt_register: DebtRegister | None = None
    sending: Sending = Sending()
    # UK: the official Annex 1 forms of the Pre-Action Protocol for Debt Claims go with it.
    annex_1_enclosed: bool = False
    enclosures: tuple[str, ...] = ()  # as the user lists them; none recorded: the letter lists none


@dataclass(frozen=True)
class PaymentPlanRequest:
    date: dt.date
    installments: int
    first_due: dt.date
    signed: dt.date | None = None
    sending: Sending = Sending()

    def due_dates(self) -> tuple[dt.date, ...]:
        """The instalments' due dates: the first, then monthly on the same day (or the
        month's last day when it has no such day)."""
        out = []
        for k in range(self.installments):
            month = self.first_due.month - 1 + k
            year, month = self.first_due.year + month // 12, month % 12 + 1
            day = min(self.first_due.day, calendar.monthrange(year, month)[1])
            out.append(dt.date(year, month, day))
        return tuple(out)


@dataclass(frozen=True)
class SmallClaimRequest:
    date: dt.date
    court: str
    filed: dt.date | None = None
    claim_court: str | None = None  # RU: the court of the statement of claim where it is not `court`


@dataclass(frozen=True)
class Documents:
    contract_clauses: bool = False
    reminders: tuple[Reminder, ...] = ()
    pretrial_claim: PretrialClaim | None = None
    payment_plan: PaymentPlanRequest | None = None
    small_claim: SmallClaimRequest | None = None

    def names(self) -> tuple[str, ...]:
        """Output document names, in the order of escalation."""
        out: list[str] = []
        if self.contract_clauses:
            out.append("contract-clauses")
        out.extend(f"reminder-{r.level}" for r in self.reminders)
        if self.pretrial_claim:
            out.append("pretrial-claim")
        if self.payment_plan:
            out.append("payment-plan")
        if self.small_claim:
            out.append("small-claim")
        return tuple(out)


@dataclass(frozen=True)
class Case:
    id: str
    source: str  # the case file as the user named it, for messages
    jurisdiction: str
    languages: tuple[str, ...]
    currency: str
    creditor: Party
    debtor: Party
    contract: Contract
    invoices: tuple[Invoice, ...]
    documents: Documents
    payments: tuple[Payment, ...] = ()
    events: tuple[Event, ...] = ()
    exchange_rates: tuple[ExchangeRate, ...] = ()
    paper: str = "A4"
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # Non-fatal findings of validation (Problem objects), printed by validate and build.
    warnings: tuple[Any, ...] = field(default=(), compare=False, hash=False, repr=False)

    @property
    def is_b2b(self) -> bool:
        return self.creditor.is_business and self.debtor.is_business

    def invoice(self, number: str) -> Invoice:
        return next(i for i in self.invoices if i.number == number)
