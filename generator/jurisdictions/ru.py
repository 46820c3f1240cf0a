"""Russia.

References:
- ГК РФ ст. 395 (interest at the key rate), ст. 193 (a term ending on a non-working day
  moves to the next working day), ст. 319 (order of application of payments).
- АПК РФ ст. 4 ч. 5 (претензия, 30 calendar days), ст. 229.2; ГПК РФ ст. 121.
- НК РФ ст. 333.19, 333.21 (state duty, from 9.9.2024).
- ПП РФ № 497 от 28.03.2022 (moratorium); ФЗ о банкротстве ст. 9.1 п. 3, ст. 63 п. 1;
  Пленум ВС РФ № 44 от 24.12.2020 п. 7: no 395 interest and no неустойка for the
  moratorium on obligations that arose before it.
- ГК РФ ст. 330 (неустойка, пени per day), ст. 395 п. 4 and Пленум ВС РФ № 7 от
  24.03.2016 п. 42 (no 395 interest where the contract provides a неустойка).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from dataclasses import dataclass
from dataclasses import replace as dataclass_replace

from generator.case.model import Case, Invoice
from generator.jurisdictions.base import Figure, Jurisdiction, RateStep, series
from generator.jurisdictions.data import MissingFigure, table_set


# ГПК РФ ст. 124, 125 as amended with effect from 01.09.2024: the applicant for a судебный
# приказ sends the debtor copies of the application and enclosures first and attaches
# proof; otherwise the application is returned. Sources: прокуратура Никольского района,
# nikolskij-r19.gosweb.gosuslugi.ru «Изменен порядок направления заявлений о выдаче
# судебных приказов»; legalacademy.ru (the same amending law, in force 01.09.2024).
GENERAL_ORDER_COPY_FROM = dt.date(2024, 9, 1)

# Primary documents that establish a money obligation under a contract (the order
# procedure needs them signed by the debtor: АПК РФ ст. 229.2 п. 1, 229.4 ч. 1 п. 1;
# ГПК РФ ст. 122, 125): акт, УПД, ТОРГ-12, a delivery note, an acceptance protocol.
PRIMARY_KINDS = ("act", "upd", "torg12", "delivery_note", "acceptance_protocol", "timesheet", "other")


# Russian state courts the documents name, in the other document languages (the Russian
# original is printed beside a translation), and after "в" (prepositional). English forms
# as the courts use them ("Arbitrazh Court of the City of Moscow", msk.arbitr.ru); a
# court not listed is printed in Russian only. Courts: АПК РФ ст. 34; arbitr.ru.
COURT_NAMES = {
    "Арбитражный суд города Москвы": {
        "prepositional": "Арбитражном суде города Москвы", "en": "Arbitrazh Court of the City of Moscow",
        "pl": "Sąd Arbitrażowy Miasta Moskwy", "he": "בית המשפט הארביטראז'י של העיר מוסקבה"},
    "Арбитражный суд Свердловской области": {
        "prepositional": "Арбитражном суде Свердловской области", "en": "Arbitrazh Court of the Sverdlovsk Region",
        "pl": "Sąd Arbitrażowy Obwodu Swierdłowskiego", "he": "בית המשפט הארביטראז'י של מחוז סברדלובסק"},
    "Арбитражный суд города Санкт-Петербурга и Ленинградской области": {
        "prepositional": "Арбитражном суде города Санкт-Петербурга и Ленинградской области",
        "en": "Arbitrazh Court of the City of St Petersburg and the Leningrad Region",
        "pl": "Sąd Arbitrażowy Miasta Sankt Petersburga i Obwodu Leningradzkiego",
        "he": "בית המשפט הארביטראז'י של העיר סנקט פטרבורג ומחוז לנינגרד"},
}


# A мировой судья (ГПК РФ ст. 23) as a case names him: "Мировой судья судебного участка № 1
# Ленинского судебного района г. Екатеринбурга", "мировому судье …", "судебный участок № 5".
_MAGISTRATE = re.compile(r"(?i)(миров\w*\s+суд|судебн\w*\s+участ)")


def names_magistrate(name: str | None) -> bool:
    return bool(_MAGISTRATE.search(str(name or "")))


def magistrate_dative(name: str) -> str:
    """"Мировой судья судебного участка № 1 …" → "Мировому судье судебного участка № 1 …":
    an application is addressed to the judge in the dative. Only that opening is
    declined; a name written otherwise is returned as written."""
    text = " ".join(str(name).split())
    m = re.match(r"(?i)^мировой\s+судья\b", text)
    if not m:
        return text
    head = "Мировому судье" if text[0].isupper() else "мировому судье"
    return head + text[m.end():]


# Documents of performance an invoice's description may name ("акт № 187 от 20.05.2025",
# "УПД", "ТОРГ-12", "накладная", "передаточный документ").
_PRIMARY_WORDS = re.compile(r"(?i)(?<![а-яё])(акт(?![а-яё]|ив)|акта|актом|упд|торг-?12|накладн|передаточн)")


def mentions_primary(text: str | None) -> bool:
    return bool(_PRIMARY_WORDS.search(str(text or "")))


# Permanent arbitral institutions (постоянно действующие арбитражные учреждения, 382-ФЗ ст.
# 44) by the short names contracts use, with their full names. The full name of the РСПП
# centre is as the lawyer's review (docs/reviews/ru-2026-12-01.md, M3) and the centre
# (arbitration-rspp.ru) write it; no source found by search here prints it.
ARBITRAL_INSTITUTIONS = {
    "Арбитражный центр при РСПП":
        "Арбитражный центр при Общероссийской общественной организации «Российский союз промышленников и предпринимателей»",
}


def institution_name(venue: str | None) -> str | None:
    """The arbitral institution's full name where we know it, else the venue as written."""
    if not venue:
        return None
    text = " ".join(str(venue).split())
    return ARBITRAL_INSTITUTIONS.get(text, text)


@dataclass(frozen=True)
class CourtLine:
    """A court or tribunal an application is addressed to. Field names matter: `court`
    (the name as the case gives it) and `name` (the form the heading prints: "Мировому
    судье …" for a мировой судья) are user text, escaped before rendering."""

    court: str | None  # None: the case names no court that fits, the heading leaves a blank
    name: str | None
    kind: str  # court | magistrate | blank
    forms: dict  # translations per language and the prepositional ("none" if unknown)


def court_line(name: str | None) -> CourtLine:
    if not name:
        return CourtLine(None, None, "blank", court_forms(None))
    if names_magistrate(name):
        return CourtLine(name, magistrate_dative(name), "magistrate", court_forms(name))
    return CourtLine(name, " ".join(str(name).split()), "court", court_forms(name))


@dataclass(frozen=True)
class PrimaryMention:
    """An open invoice whose description names a document of performance that the case
    does not record (`acceptance`). Both fields are user text."""

    invoice: str
    description: str


def court_forms(name: str | None) -> dict[str, str]:
    """A court's name per language ('none' where we have no translation) and after "в"."""
    known = COURT_NAMES.get(" ".join(str(name or "").split()), {})
    return {k: known.get(k, "none") for k in ("prepositional", "en", "pl", "he")}


@dataclass(frozen=True)
class Rep:
    """Who signs for a party, as the Russian documents need it (ГК РФ ст. 53: an
    organisation acts through its bodies: "в лице Генерального директора …, действующего
    на основании Устава"; or a proxy under a power of attorney, ГК РФ ст. 185)."""

    name: str
    role: str  # ceo | director | manager | proxy | ... | other
    # Field names matter: `description` and `note` hold user text and are escaped for
    # Markdown before rendering like every user-text field (render/markdown.py USER_TEXT).
    description: str  # the title as the party writes it ("Генеральный директор"), or "none"
    basis: str  # charter | power_of_attorney | other | none
    note: str  # the user's wording of the basis when basis is other, else "none"
    poa_number: str | None
    poa_date: dt.date | None
    gender: str  # female | male | unknown


def name_in(person, lang: str) -> str:
    """The name as the case writes it in `lang`'s script, else the legal name."""
    f = getattr(person, "name_in", None)
    return f(lang) if f else person.name


@dataclass(frozen=True)
class LangName:
    """A party's name in the document's language (`name`) and its legal name (`note`),
    printed beside it where the law needs the original. Both are user text (escaped)."""

    name: str
    note: str

    @property
    def translated(self) -> bool:
        return self.name != self.note


def addressee_in(party, lang: str) -> dict:
    """Whom a letter addresses (render/grammar.addressee), with the name as the case
    writes it in `lang` ("Dear Ms Petrova", "Уважаемая Анна Викторовна!")."""
    from dataclasses import replace

    from generator.render.grammar import addressee

    rep = getattr(party, "representative", None)
    if rep is not None and hasattr(rep, "name_in") and rep.name_in(lang) != rep.name:
        return addressee(replace(party, representative=replace(rep, name=rep.name_in(lang))))
    if getattr(party, "is_individual", False) and name_in(party, lang) != party.name:
        return addressee(party, name_in(party, lang))
    return addressee(party)


def rep_of(party, lang: str = "ru") -> Rep | None:
    r = getattr(party, "representative", None) or getattr(party, "signatory", None)
    if r is None or not getattr(r, "name", None):
        return None
    from generator.render.grammar import gender_of

    role = getattr(r, "role_code", None)
    position = getattr(r, "position", None)
    if role is None and not hasattr(r, "role_code"):  # the legacy signatory: role is free text
        position = getattr(r, "role", None)
        role = "ceo" if position and position.strip().lower() == "генеральный директор" else None
    basis = getattr(r, "basis_code", None)
    basis_text = getattr(r, "basis_text", None)
    poa = getattr(r, "poa", None)
    return Rep(name=name_in(r, lang), role=role or "other", description=position or "none",
               basis=basis if basis in ("charter", "power_of_attorney") else ("other" if basis_text else "none"),
               note=basis_text or "none", poa_number=getattr(poa, "number", None),
               poa_date=getattr(poa, "date", None), gender=gender_of(r))


@dataclass(frozen=True)
class Recipient:
    """Whom a letter's address block names, as Russian letters write it: "Генеральному
    директору ООО «Ромашка» Петровой А. В."; a citizen "Петровой Анне Викторовне". `name`
    is the person's name in the form the language prints (Russian: the dative, with
    initials for an officer; others: the name as the case writes it in that language).
    `name`, `position` and `role` are user text (escaped)."""

    form: str  # representative | person | organisation
    name: str | None
    role: str  # the representative's role code, or "other"
    position: str  # the title as the party writes it, or "none"


def _dative_initials(full: str, gender: str) -> str:
    """"Петрова Анна Викторовна" → "Петровой А. В." (petrovich declines the surname)."""
    from generator.render.grammar import inflect_ru, russian_name_parts

    parts = russian_name_parts(full)
    if not parts:
        return full
    surname, given, patronymic = parts
    declined = inflect_ru(full, "dative", gender).split()
    first = declined[0] if full.split()[0] == surname else declined[2]
    return f"{first} {given[0]}. {patronymic[0]}."


def recipient_in(party, lang: str) -> Recipient:
    from generator.render.grammar import gender_of, inflect_ru, is_person

    if is_person(party):
        name = name_in(party, lang)
        if lang == "ru":
            name = inflect_ru(name, "dative", gender_of(party))
        return Recipient("person", name, "other", "none")
    rep = rep_of(party, lang)
    if rep is None:
        return Recipient("organisation", None, "other", "none")
    name = _dative_initials(rep.name, rep.gender) if lang == "ru" else rep.name
    return Recipient("representative", name, rep.role, rep.description)


@dataclass(frozen=True)
class Requisites:
    """The creditor's bank details for a Russian payment order: р/с, банк, БИК, к/с."""

    account: str | None
    name: str | None  # the bank (user text: escaped before rendering)
    bik: str | None
    correspondent: str | None
    note: str | None  # free text when nothing parses (legacy bank_name)


def requisites_of(party) -> Requisites | None:
    b = getattr(party, "bank", None)
    if b is not None and (b.account or b.text or getattr(b, "iban", None)):
        return Requisites(b.account or getattr(b, "iban", None), b.name, b.bik, b.correspondent,
                          None if (b.bik or b.name) else b.text)
    if getattr(party, "bank_account", None):
        return Requisites(party.bank_account, None, None, None, party.bank_name)
    return None


@dataclass(frozen=True)
class PrimaryEntry:
    invoice: str
    kind: str
    number: str | None
    date: dt.date | None
    signed: str  # "true" | "false" | "unknown"
    description: str | None


@dataclass(frozen=True)
class RuPacket:
    """What the Russian documents decide from the case: the court, the route and why."""

    court_kind: str  # arbitrazh | general
    consumer: bool  # the debtor is a citizen outside business: мировой судья / районный суд
    arbitration: bool  # an arbitration clause (третейский суд): no state-court packet
    arbitration_venue: str | None
    route: str  # order (заявление о выдаче судебного приказа) | claim (исковое заявление)
    reasons: tuple[str, ...]  # why not the order: over_limit, no_primary_docs, unsigned_primary_docs, disputed, arbitration
    order_limit: Figure | None  # looked up only for the pre-trial claim and the packet
    simplified_limit: Figure | None
    simplified: bool  # the claim value fits упрощённое производство
    claim_fee: Figure | None  # госпошлина for an исковое заявление on the claim value (packet only)
    order_fee: Figure | None  # half of it (НК 333.21 п. 1 пп. 3 / 333.19 п. 1), minimum as tabled
    primary: tuple[PrimaryEntry, ...]  # primary documents of the open invoices
    missing_primary: tuple[str, ...]  # open invoices with no primary document signed by the debtor
    venue_basis: str  # contract | defendant
    venue: str | None
    copy_first: bool  # ГПК: the applicant sends the debtor a copy of the order application first
    moratorium: bool  # a period of the calculation falls in the 2022 moratorium
    penalty_per_day: Decimal | None  # contractual пени, % per day
    note: tuple[str, ...]  # what the debtor disputes (events of kind dispute; user text)
    contract_kind: str  # supply (Поставщик/Покупатель, УПД) | work (Исполнитель/Заказчик)
    requisites: Requisites | None
    court_forms: dict  # doc.court per language: en/pl/he translation, prepositional ("none" if unknown)
    venue_forms: dict  # the contract's court, the same way
    pretrial_proof: object | None  # Proof of the претензия's sending (ШПИ, address), if recorded
    by_lang: tuple["RuLang", ...]  # names, addressee and signatories per document language
    creditor_rep: "Rep | None" = None  # as in the case (its legal name): codes for conditions
    # The courts the packet's applications go to (ГПК РФ ст. 23, 24: a мировой судья issues
    # the судебный приказ; a claim above his limit goes to the районный суд), the arbitral
    # institution in full; the мировой судья's limit; what in the case does not fit.
    order_court: CourtLine | None = None
    claim_court: CourtLine | None = None
    magistrate_limit: Figure | None = None
    court_warnings: tuple[str, ...] = ()  # claim_court_blank | claim_below_limit | order_not_magistrate
    # The amending law the cited wording of АПК РФ ст. 229.2 / 227 comes from ("fz667"), or "none".
    order_edition: str = "none"
    simplified_edition: str = "none"
    primary_mentioned: tuple[PrimaryMention, ...] = ()
    clause: str | None = None  # the contract clause of the dispute-resolution agreement
    debtor_business: bool = True
    performance: str = "supply"  # supply | supply_work | work: what the facts say was done (performance_kind)
    debtor_person: bool = False  # the debtor is a citizen (form individual): ГПК 124 ч. 2 п. 3 details


@dataclass(frozen=True)
class RuLang:
    """What the documents say in one language: the parties' names in its script, whom a
    letter addresses, who signs. Templates pick theirs:
    `{% set L = local.by_lang|selectattr("lang", "equalto", lang)|first %}`."""

    lang: str
    addressee: dict
    creditor_name: "LangName"
    debtor_name: "LangName"
    creditor_rep: "Rep | None"
    debtor_rep: "Rep | None"
    recipient: "Recipient | None" = None  # the debtor, as a letter's address block names it


def by_lang(case: Case) -> tuple[RuLang, ...]:
    return tuple(RuLang(lang, addressee_in(case.debtor, lang),
                        LangName(name_in(case.creditor, lang), case.creditor.name),
                        LangName(name_in(case.debtor, lang), case.debtor.name),
                        rep_of(case.creditor, lang), rep_of(case.debtor, lang),
                        recipient_in(case.debtor, lang)) for lang in LANGS)


LANGS = ("en", "pl", "ru", "he")


@dataclass(frozen=True)
class ContractFacts:
    """What the contract clauses need (no claim yet)."""

    contract_kind: str
    requisites: Requisites | None
    venue_forms: dict
    by_lang: tuple[RuLang, ...]
    arbitration_venue: str | None = None  # the arbitral institution in full (382-ФЗ)
    penalty_per_day: Decimal | None = None  # contractual пени, % per day (ГК РФ ст. 330)


def contract_kind(case: Case) -> str:
    """A supply contract (поставка: Поставщик/Покупатель, УПД, ГК РФ ст. 506) or a contract
    for work and services (Исполнитель/Заказчик): from the subject and the documents."""
    subject = case.contract.subject.lower()
    kinds = {d.kind for i in case.invoices for d in (getattr(i, "acceptance", ()) or ())}
    if "поставк" in subject or "supply" in subject or kinds & {"upd", "torg12"}:
        return "supply"
    return "work"


GOODS_KINDS = frozenset({"upd", "torg12", "delivery_note"})  # documents of a transfer of goods
WORKS_KINDS = frozenset({"act", "acceptance_protocol", "timesheet"})  # of works or services accepted
WORKS_WORDS = ("монтаж", "работ", "услуг", "install", "service", "work")


def performance_kind(case: Case) -> str:
    """What the facts say the creditor did, from the documents `acceptance` records (second
    review, Minor 4): "supply" (goods delivered), "supply_work" (goods delivered and works
    performed: a supply contract with an акт of works beside the УПД/накладная, or an акт
    where the subject names works, e.g. «Поставка и монтаж»), or "work"."""
    kind = contract_kind(case)
    if kind != "supply":
        return kind
    kinds = {d.kind for i in case.invoices for d in (getattr(i, "acceptance", ()) or ())}
    subject = case.contract.subject.lower()
    if kinds & WORKS_KINDS and (kinds & GOODS_KINDS or any(w in subject for w in WORKS_WORDS)):
        return "supply_work"
    return "supply"


class Russia(Jurisdiction):
    code = "RU"
    holidays_country = "RU"
    language = "ru"
    currency = "RUB"
    rolls_due_date = True  # ГК ст. 193
    actual_day_basis = True  # Пленум ВС РФ № 7 от 24.03.2016 п. 48: actual days in the year
    # ГК 319: издержки кредитора по получению исполнения, then проценты (only interest
    # that is the price of using money: ГК 317.1, 809, 823), then the principal. The
    # cases hold no such издержки or проценты; 395 interest and неустойка (the "costs" of
    # the ledger: contractual штрафы) are liability, paid after the principal
    # (Пленум ВС РФ № 7 п. 37). So: principal, then 395 interest, then penalties.
    allocation_order = ("principal", "interest", "costs")
    allocation_source = "ГК РФ ст. 319; Пленум ВС РФ № 7 п. 37"

    # --- checks on a valid case (warnings, never errors) -------------------------
    def case_warnings(self, case: Case) -> list[tuple[tuple, str]]:
        """An invoice whose recorded due date fits none of the contract's terms (third
        review, Minor 4). A period in days ends on the last day of the period, counted from
        the day after its start (ГК РФ ст. 191, 192 п. 1), and a term ending on a day off
        moves to the next working day (ст. 193), so both the computed day and its moved day
        are accepted. The terms: the invoice's issue date + payment_terms_days and, when the
        contract has a prepayment, the contract date + prepayment.due_days (the advance
        invoice: fourth review, Minor a). The engine keeps the recorded date."""
        out: list[tuple[tuple, str]] = []
        days = case.contract.payment_terms_days
        if days is None:
            return out
        pp = case.contract.prepayment
        advance = case.contract.date + dt.timedelta(days=pp.due_days) if pp else None
        for i, inv in enumerate(case.invoices):
            expected = inv.issued + dt.timedelta(days=days)
            accepted = {expected, self.effective_due(expected)}
            if advance is not None:
                accepted |= {advance, self.effective_due(advance)}
            if inv.due not in accepted:
                also = (f" nor the contract date {case.contract.date.isoformat()} + prepayment.due_days "
                        f"{pp.due_days} = {advance.isoformat()}" if advance is not None else "")
                out.append((("invoices", i, "due"),
                            f"invoice {inv.number}: the recorded due date {inv.due.isoformat()} is not the issue date "
                            f"{inv.issued.isoformat()} + payment_terms_days {days} = {expected.isoformat()}{also} "
                            "(ГК РФ ст. 191; a day off moves to the next working day, ст. 193); the documents and "
                            f"the interest use the recorded due date {inv.due.isoformat()}: correct it if the "
                            "contract's term applies"))
        return out

    def rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        lp = case.contract.late_payment
        per_day = getattr(lp, "rate_per_day_percent", None)
        if lp.interest == "contractual" and per_day is not None:
            steps = [RateStep(first, per_day, "договор; ГК РФ ст. 330", "пени за каждый день просрочки", per_day=True)]
        elif lp.interest == "contractual":
            assert lp.rate_percent is not None
            steps = [RateStep(first, lp.rate_percent, "договор; ГК РФ ст. 395 п. 1")]
        else:
            return self.statutory_rates(case, invoice, first, last)
        return self._moratorium(invoice, first, last, steps, lambda day: steps[0])

    def _moratorium(self, invoice: Invoice, first: dt.date, last: dt.date, steps: list[RateStep], resume_on) -> list[RateStep]:
        """No interest or неустойка while the 2022 moratorium lasts, on obligations that
        arose before it (ФЗ о банкротстве ст. 9.1 п. 3, ст. 63 п. 1 абз. 10; Пленум ВС РФ
        № 44 п. 7); the rate in force resumes the day after."""
        for m in table_set("ru", "moratorium").versions:
            start, end = m.start, m.get("to")
            if invoice.issued >= m.get("arose_before") or last < start or first > end:
                continue
            per_day = steps[0].per_day
            steps = [s for s in steps if not (start <= s.start <= end)]
            steps.append(RateStep(max(start, first), Decimal(0), m.source, "мораторий ПП № 497", per_day=per_day))
            if end < last:
                resume = resume_on(end + dt.timedelta(days=1))
                steps.append(dataclass_replace(resume, start=end + dt.timedelta(days=1)))
            steps.sort(key=lambda s: s.start)
            steps = [s for s in steps if s.start >= first] or steps[-1:]
        return steps

    def statutory_rates(self, case: Case, invoice: Invoice, first: dt.date, last: dt.date) -> list[RateStep]:
        key = series("ru", "cbr_key_rate")
        steps = [RateStep(max(e.start, first), e.rate, "ГК РФ ст. 395 п. 1", f"ключевая ставка {e.rate}%")
                 for e in key.changes_between(first, last)]

        def resume(day: dt.date) -> RateStep:
            entry = key.rate_on(day)
            return RateStep(day, entry.rate, "ГК РФ ст. 395 п. 1", f"ключевая ставка {entry.rate}%")

        return self._moratorium(invoice, first, last, steps, resume)

    def interest_basis(self, case: Case) -> str:
        lp = case.contract.late_payment
        if lp.interest == "contractual" and getattr(lp, "rate_per_day_percent", None) is not None:
            return "penalty_per_day"
        if lp.interest != "statutory":
            return lp.interest
        return "gk_395"

    def small_claims_limit(self, case: Case, on: dt.date) -> Figure:
        """The судебный приказ limit of this case's court (ГПК 121 ч. 1; АПК 229.2 п. 1): the
        two codes set it separately (АПК 750 000 руб. from 05.01.2024, 667-ФЗ)."""
        table = table_set("ru", "small_claims").in_force(on, court=self.court(case))
        assert table.limit is not None
        return Figure(table.limit, table.source)

    def simplified_limit(self, case: Case, on: dt.date) -> Figure | None:
        """The упрощённое производство limit for this defendant (АПК 227 ч. 1 п. 1; ГПК 232.2)."""
        if self.court(case) == "arbitrazh":
            key = "arbitrazh-sole_trader" if case.debtor.is_individual else "arbitrazh-company"
        else:
            key = "general"
        try:
            table = table_set("ru", "simplified_procedure").in_force(on, court=key)
        except MissingFigure:
            return None
        assert table.limit is not None
        return Figure(table.limit, table.source)

    def local_facts(self, case: Case, doc, claim) -> RuPacket | ContractFacts:
        """What the Russian documents decide from the case (templates see it as `local`)."""
        if claim is None:
            dr = case.contract.dispute_resolution
            return ContractFacts(contract_kind(case), requisites_of(case.creditor),
                                 court_forms(dr.venue if dr else None), by_lang(case),
                                 institution_name(dr.venue) if dr and dr.method == "arbitration" else None,
                                 case.contract.late_payment.rate_per_day_percent
                                 if case.contract.late_payment.interest == "contractual" else None)
        on = doc.date
        kind = self.court(case)
        dr = case.contract.dispute_resolution
        arbitration = bool(dr and dr.method == "arbitration")
        open_numbers = [line.invoice.number for line in claim.ledger.lines if line.principal > 0 or line.interest > 0]
        primary: list[PrimaryEntry] = []
        missing: list[str] = []
        for number in open_numbers:
            inv = case.invoice(number)
            docs = tuple(getattr(inv, "acceptance", ()) or ())
            for d in docs:
                signed = d.signed_by_debtor
                primary.append(PrimaryEntry(number, d.kind, d.number, d.date,
                                            "unknown" if signed is None else ("true" if signed else "false"),
                                            d.description))
            if not any(d.signed_by_debtor for d in docs):
                missing.append(number)
        disputed = tuple(e.disputed or e.summary for e in case.events
                         if getattr(e, "kind", "note") == "dispute" and e.date <= on)
        # Court figures are looked up only by the documents that state them (compute/claim.py
        # DOCUMENT_FIGURES): the pre-trial claim names the route, the packet also the fees.
        route_needed = doc.kind in ("pretrial_claim", "small_claim")
        order_limit = self.small_claims_limit(case, on) if route_needed else None
        reasons: list[str] = []
        if arbitration:
            reasons.append("arbitration")
        if order_limit is not None and claim.limit_value > order_limit.amount:
            reasons.append("over_limit")
        if missing:
            unsigned = any(p.invoice in missing for p in primary)
            reasons.append("unsigned_primary_docs" if unsigned else "no_primary_docs")
        if disputed:
            reasons.append("disputed")
        claim_fee = order_fee = None
        if doc.kind == "small_claim":
            table = table_set("ru", "court_fees").in_force(on, court=kind)
            full = table.charge(claim.fee_value)
            half = table.round(full * Decimal(str(table.get("court_order_share"))))
            minimum = table.get("court_order_min")
            if minimum is not None:
                half = max(half, Decimal(str(minimum)))
            claim_fee = Figure(full, table.source, "исковое заявление")
            order_fee = Figure(half, table.source, "заявление о выдаче судебного приказа")
        simplified = self.simplified_limit(case, on) if route_needed else None
        venue = dr.venue if dr and dr.method == "court" and dr.venue else None
        lp = case.contract.late_payment
        courts = self.courts(case, doc, claim, route="claim" if reasons else "order") if doc.kind == "small_claim" else {}
        mentioned = tuple(PrimaryMention(n, case.invoice(n).description or "") for n in open_numbers
                          if not case.invoice(n).acceptance and mentions_primary(case.invoice(n).description))
        return RuPacket(
            court_kind=kind, consumer=case.debtor.kind == "consumer", arbitration=arbitration,
            arbitration_venue=institution_name(dr.venue) if arbitration and dr else None,
            route="claim" if reasons else "order", reasons=tuple(reasons),
            order_limit=order_limit, simplified_limit=simplified,
            simplified=bool(simplified and claim.fee_value <= simplified.amount),
            claim_fee=claim_fee, order_fee=order_fee,
            primary=tuple(primary), missing_primary=tuple(missing),
            venue_basis="contract" if venue else "defendant", venue=venue,
            copy_first=kind == "general" and on >= GENERAL_ORDER_COPY_FROM,
            moratorium=any(p.rate_percent == 0 and (p.note or "").startswith("мораторий") for p in claim.ledger.periods),
            penalty_per_day=getattr(lp, "rate_per_day_percent", None) if lp.interest == "contractual" else None,
            note=disputed,
            contract_kind=contract_kind(case),
            requisites=requisites_of(case.creditor),
            court_forms=court_forms(doc.court), venue_forms=court_forms(dr.venue if dr else None),
            pretrial_proof=getattr(case.documents.pretrial_claim.sending, "proof", None) if case.documents.pretrial_claim else None,
            by_lang=by_lang(case), creditor_rep=rep_of(case.creditor),
            order_edition=self.edition("small_claims", on, court=kind) if route_needed else "none",
            simplified_edition=self.edition("simplified_procedure", on, court=self.simplified_key(case))
            if route_needed else "none",
            primary_mentioned=mentioned, clause=dr.clause if dr else None,
            debtor_business=case.debtor.kind == "business",
            performance=performance_kind(case),
            debtor_person=case.debtor.form == "individual",
            **courts,
        )

    def edition(self, table: str, on: dt.date, **match) -> str:
        """The amending law the cited wording comes from (the table's `edition`), or "none"."""
        try:
            return str(table_set("ru", table).in_force(on, **match).get("edition") or "none")
        except MissingFigure:
            return "none"

    def simplified_key(self, case: Case) -> str:
        if self.court(case) == "arbitrazh":
            return "arbitrazh-sole_trader" if case.debtor.is_individual else "arbitrazh-company"
        return "general"

    def courts(self, case: Case, doc, claim, route: str) -> dict:
        """Where the packet's applications go. Arbitrazh: the court the case names hears the
        order and the claim. General courts: the судебный приказ is the мировой судья's (ГПК
        РФ ст. 23 ч. 1 п. 1); a claim is his only up to the limit of ст. 23 ч. 1 п. 4 (data/ru/
        magistrate_limit.yaml), above it the районный суд's (ст. 24): `claim_court`, or a
        blank where the case names only the мировой судья. Arbitration: the institution."""
        small = case.documents.small_claim
        dr = case.contract.dispute_resolution
        if dr and dr.method == "arbitration":
            line = court_line(institution_name(dr.venue) or doc.court)
            return {"order_court": None, "claim_court": line}
        if self.court(case) == "arbitrazh":
            line = court_line(doc.court)
            return {"order_court": line, "claim_court": line}
        limit_table = table_set("ru", "magistrate_limit").in_force(doc.date, court="property")
        assert limit_table.limit is not None
        limit = Figure(limit_table.limit, limit_table.source)
        over = claim.fee_value > limit.amount
        given = getattr(small, "claim_court", None)
        warnings: list[str] = []
        if route == "order" and not names_magistrate(doc.court):
            warnings.append("order_not_magistrate")
        if given:
            claim_name = given
        elif names_magistrate(doc.court) and over:
            claim_name = None
            warnings.append("claim_court_blank")
        else:
            claim_name = doc.court
        if claim_name and not over and not names_magistrate(claim_name):
            warnings.append("claim_below_limit")
        return {"order_court": court_line(doc.court), "claim_court": court_line(claim_name),
                "magistrate_limit": limit, "court_warnings": tuple(warnings)}

    def court(self, case: Case) -> str:
        """Arbitrazh courts hear disputes between businesses; general courts the rest."""
        return "arbitrazh" if case.is_b2b else "general"

    def court_fee(self, case: Case, value: Decimal, on: dt.date) -> Figure:
        table = table_set("ru", "court_fees").in_force(on, court=self.court(case))
        full = table.charge(value)
        limit = self.small_claims_limit(case, on).amount
        if value > limit:
            return Figure(full, table.source, "исковое заявление")
        share = Decimal(str(table.get("court_order_share")))
        fee = table.round(full * share)
        minimum = table.get("court_order_min")
        if minimum is not None:
            fee = max(fee, Decimal(str(minimum)))
        return Figure(fee, table.source, "заявление о выдаче судебного приказа")

    def pretrial_min_days(self, case: Case) -> int:
        # АПК ст. 4 ч. 5: 30 calendar days in disputes between businesses.
        return 30 if case.is_b2b else 10
