"""The case file's schema: one declarative Cerberus description, documented per field.

The same dictionary drives validation and `python -m generator schema` (JSON Schema for
editors), so the two cannot drift apart. Custom types: `amount` (a decimal written as a
quoted string or a plain number), `date` (an ISO date), `percent`.
"""

from __future__ import annotations

import functools
import re
import warnings
from decimal import Decimal, InvalidOperation
from typing import Any

import cerberus

from generator.case.codes import JURISDICTIONS, LANGUAGES  # noqa: E402 - shared with the command line
DELIVERED_BY = ["email", "letter", "registered_letter", "hand", "courier", "ksef", "edo", "portal"]
PRIMARY_KINDS = ["acceptance_protocol", "act", "upd", "torg12", "delivery_note", "timesheet", "other"]
EVENT_KINDS = ["note", "dispute", "promise", "time_request", "acknowledgement", "no_response"]
CONTRACT_TYPES = ["work", "sale", "services", "mandate", "other"]
CASE_ID = r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"


def _s(type_: str | list[str], description: str, **rules: Any) -> dict[str, Any]:
    return {"type": type_, "meta": {"description": description}, **rules}


def _amount(description: str, **rules: Any) -> dict[str, Any]:
    return _s("amount", description + " Write it as a quoted string, e.g. \"1250.00\".", **rules)


def _date(description: str, **rules: Any) -> dict[str, Any]:
    return _s("date", description + " ISO date, YYYY-MM-DD.", **rules)


def _text(description: str, **rules: Any) -> dict[str, Any]:
    return _s("string", description, empty=False, maxlength=rules.pop("maxlength", 500), **rules)


_LANG_KEYS = {"type": "string", "allowed": list(LANGUAGES)}
ROLE_WORDS = "ceo, director, board_member, president, owner, proxy, manager, partner, or your own wording"
BASIS_WORDS = "charter, power_of_attorney, board, krs, articles, or your own wording"


def _representative() -> dict[str, Any]:
    return _s("dict", "Who signs for the party: an organisation's officer or a proxy.", schema={
        "name": _text("Full name of the person who signs.", required=True, maxlength=120),
        "names": _s("dict", "The name in another language's script, per language (e.g. ru: ...).",
                    keysrules=_LANG_KEYS, valuesrules=_text("The name in that language.", maxlength=120)),
        "role": _text(f"Role: {ROLE_WORDS}.", maxlength=120),
        "position": _text("The title exactly as the party's documents write it (Prezes Zarządu, "
                          "Генеральный директор).", maxlength=120),
        "basis": _text(f"Authority to sign: {BASIS_WORDS}.", maxlength=200),
        "poa": _s("dict", "The power of attorney, when the basis is one.", schema={
            "number": _text("Its number.", maxlength=60),
            "date": _date("Its date."),
            "until": _date("Valid until."),
        }),
        "gender": _s("string", "female or male: grammar of letters that name the signatory.",
                     allowed=["female", "male"]),
    })


def _bank() -> dict[str, Any]:
    return _s("dict", "Payment details. Give the form your bank uses: iban (+ bic); UK sort_code "
                      "+ account_number; RU account (р/с) + bik + correspondent (к/с); IL bank_code + "
                      "branch + account; or text as you would write it.", schema={
        "iban": _text("IBAN; its check digits are verified.", maxlength=50),
        "bic": _text("BIC (SWIFT) code of the bank.", maxlength=20),
        "sort_code": _text("UK sort code, e.g. 20-32-06.", maxlength=10),
        "account_number": _text("UK account number, eight digits.", maxlength=10),
        "account": _text("Account number: RU р/с (20 digits, checked against the БИК) or IL account.",
                         maxlength=30),
        "bik": _text("RU БИК, nine digits.", maxlength=12),
        "correspondent": _text("RU к/с of the bank, 20 digits (checked against the БИК).", maxlength=30),
        "bank_code": _text("IL bank number (e.g. 10 for Leumi).", maxlength=4),
        "branch": _text("IL branch number.", maxlength=5),
        "name": _text("The bank's name.", maxlength=120),
        "text": _text("Payment details as free text, printed as written when nothing else is given.",
                      maxlength=300),
    })


def _party(who: str) -> dict[str, Any]:
    return _s("dict", f"The {who}.", required=True, schema={
        "name": _text(f"The {who}'s full legal name (a person's full name, a company's registered name).",
                      required=True, maxlength=200),
        "kind": _s("string", "business (including sole traders acting in business) or consumer.",
                   required=True, allowed=["business", "consumer"]),
        "city": _text("Place where letters are signed, printed in the date line.", maxlength=80),
        "address": _s("list", "Address lines, first to last.", required=True, minlength=1, maxlength=6,
                      schema=_text("An address line.", maxlength=200)),
        "sole_trader": _s("boolean", "A business run by one individual in their own name (the same as "
                                     "form: sole_trader)."),
        "ids": _s("dict", "Registration numbers (NIP, REGON, KRS, ИНН, ОГРН, ОГРНИП, КПП, ח.פ., עוסק מורשה, "
                          "Company No., VAT, ...), printed as given; known ones are checked.",
                  keysrules={"type": "string", "regex": r"^[A-Za-zА-Яа-яЁё\u0590-\u05FF0-9 ._/\"'-]{1,30}$"},
                  valuesrules=_text("A registration number.", maxlength=60)),
        "email": _text("E-mail address for correspondence.", regex=r"^[^@\s]+@[^@\s]+$", maxlength=200),
        "phone": _text("Telephone number.", regex=r"^\+?[0-9 ()./-]{5,30}$", maxlength=30),
        "bank_account": _text("Legacy: the account payments go to, one line (IBAN, sort code and account, "
                              "...); prefer `bank`.", maxlength=120),
        "bank_name": _text("Legacy: the bank holding the account; prefer `bank.name`.", maxlength=120),
        "signatory": _s("dict", "Legacy: who signs for the party; prefer `representative`.", schema={
            "name": _text("Signatory's name.", required=True, maxlength=120),
            "role": _text("Signatory's role or title.", maxlength=120),
        }),
        "names": _s("dict", "The name in another language's script, per language (e.g. ru: ...); "
                            "documents in that language use it.",
                    keysrules=_LANG_KEYS, valuesrules=_text("The name in that language.", maxlength=200)),
        "form": _s("string", "Legal form: individual, sole_trader, company or other (an association, a "
                             "partnership without legal personality, ...). Inferred when absent: consumer -> "
                             "individual; ОГРНИП, עוסק מורשה without ח.פ., NIP without KRS -> sole_trader; "
                             "otherwise company.",
                   allowed=["individual", "sole_trader", "company", "other"]),
        "trading_name": _text("A sole trader's business name (trading as, pod firmą).", maxlength=200),
        "gender": _s("string", "female or male: persons only (an individual or sole trader).",
                     allowed=["female", "male"]),
        "title": _s("string", "Salutation title of a person in English letters.",
                    allowed=["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]),
        "id_number": _text("A person's own number where filings need it: PESEL (PL), ת.ז. (IL), "
                           "ИНН of a person (RU); checked.", maxlength=30),
        "birth_date": _date("A person's date of birth (RU: printed in a court-order application against a "
                            "citizen, ГПК РФ ст. 124 ч. 2 п. 3; left blank to fill in when not given)."),
        "birth_place": _text("A person's place of birth, as in the passport (RU, as birth_date).", maxlength=200),
        "addresses": _s("dict", "The address in another language's script, per language.",
                        keysrules=_LANG_KEYS,
                        valuesrules=_s("list", "Address lines.", minlength=1, maxlength=6,
                                       schema=_text("An address line.", maxlength=200))),
        "bank": _bank(),
        "representative": _representative(),
        "registered_office": _s("list", "UK company: the registered office, where it is not `address` (printed "
                                        "on business letters, SI 2015/17 reg 25).", minlength=1, maxlength=6,
                                schema=_text("An address line.", maxlength=200)),
        "registered_in": _s("string", "UK company: the part of the UK it is registered in (default England "
                                      "and Wales).", allowed=["England and Wales", "Wales", "Scotland",
                                                              "Northern Ireland"]),
    })


SENT_BY = ["email", "letter", "registered_letter", "courier", "hand", "e_delivery"]
PROOF_KINDS = ["registered_mail", "tracking", "e_delivery", "email", "courier", "hand"]


def _sent() -> dict[str, Any]:
    return {
        "sent": _date("When this document was actually sent; it then counts as evidence and for `status`."),
        "sent_by": _s("string", "How it was sent.", allowed=SENT_BY),
        "reference": _text("Your outgoing number for this letter (исх. №), as your register of outgoing mail "
                           "gives it; RU letters print it (else a blank to fill in by hand).", maxlength=60),
        "proof": _s("dict", "Proof of sending, once it was sent.", schema={
            "kind": _s("string", "registered_mail, tracking, e_delivery, email, courier or hand.",
                       required=True, allowed=PROOF_KINDS),
            "number": _text("Registered-mail number, tracking number (ШПИ), e-delivery id, ...", maxlength=60),
            "address": _text("Where it was sent: postal or e-mail address.", maxlength=300),
        }),
    }


SCHEMA: dict[str, Any] = {
    "case": _s("string", "Case id: lower-case letters, digits and '-'; equals the file name without .yaml.",
               required=True, regex=CASE_ID),
    "jurisdiction": _s("string", "Whose law and courts: UK (England and Wales), PL, RU or IL.",
                       required=True, allowed=list(JURISDICTIONS)),
    "languages": _s("list", "Languages to render every document in.", required=True, minlength=1,
                    schema={"type": "string", "allowed": list(LANGUAGES)}),
    "currency": _s("string", "ISO 4217 code; every amount in the file is in it.", required=True,
                   regex=r"^[A-Z]{3}$"),
    "paper": _s("string", "Paper size for the PDFs.", allowed=["A4", "letter"]),
    "creditor": _party("creditor"),
    "debtor": _party("debtor"),
    "contract": _s("dict", "The agreement the debt arises from.", required=True, schema={
        "number": _text("Contract number or reference.", maxlength=60),
        "date": _date("Date the contract was made.", required=True),
        "subject": _text("What the contract is for.", required=True),
        "price": _amount("Total contract price."),
        "extra_work": _text("Work agreed beyond the contract price, and how it was agreed (invoices above the "
                            "price are otherwise questioned)."),
        "type": _s("string", "What kind of contract it is: work (a result to deliver, e.g. a website or a print "
                             "run: umowa o dzieło), sale (of goods), services, mandate (zlecenie) or other. PL: it "
                             "decides the limitation period `status` counts (art. 646, 554, 751, 118 KC); without it "
                             "the shortest period that may apply is counted.", allowed=CONTRACT_TYPES),
        "work_delivered": _date("type: work, the day the work was delivered (oddanie dzieła); PL: limitation runs "
                                "from it (art. 646 KC)."),
        "prepayment": _s("dict", "Clause: a share paid before work starts.", schema={
            "percent": _s("percent", "Share of the price, in per cent.", required=True),
            "due_days": _s("integer", "Days after signing by which the prepayment is due.", required=True, min=0, max=365),
        }),
        "payment_terms_days": _s("integer", ("Days after issue by which an invoice is due. PL: days from the invoice's delivery (KC art. 111 § 2); "
                                          "with `invoices[].delivered` an earlier `due` is moved to delivery + days (warning)"), min=0, max=365),
        "late_payment": _s("dict", "What a late payer owes on top of the debt.", schema={
            "interest": _s("string", "statutory, contractual (give rate_percent or rate_per_day_percent) or none.",
                           required=True,
                           allowed=["statutory", "contractual", "none"]),
            "rate_percent": _s("percent", "Contractual interest rate per year, in per cent."),
            "rate_per_day_percent": _s("percent", "Contractual penalty per day of delay, in per cent "
                                                  "(пени \"0,1 % за каждый день\" is \"0.1\")."),
            "cap": _s("dict", "The contract's cap on the interest or penalty: percent of the debt, or an amount.",
                      schema={
                "percent": _s("percent", "The cap as a share of the overdue amount, in per cent.",
                              excludes="amount"),
                "amount": _amount("The cap as an amount.", excludes="percent"),
            }),
            "fee": _s("dict", "A fixed late fee agreed in the contract.", schema={
                "amount": _amount("The fee.", required=True),
                "per": _s("string", "once, or per started month of delay.", required=True, allowed=["once", "month"]),
                "cap": _amount("The most the fees may add up to, per invoice."),
            }),
            "compensation": _s("boolean", "Claim the statutory flat recovery compensation where the law grants it."),
            "substantial_remedy": _s("boolean", "UK, business debtor, contractual rate: true = the agreed rate is a "
                                     "substantial remedy and is claimed; false = it is not (LPCDA ss.8-9), so the Act's "
                                     "interest and s.5A sums are claimed instead."),
        }),
        "dispute_resolution": _s("dict", "How disputes are settled.", schema={
            "negotiation_days": _s("integer", "Days of talks before any proceedings.", min=0, max=365),
            "method": _s("string", "court, arbitration or mediation.", required=True,
                         allowed=["court", "arbitration", "mediation"]),
            "venue": _text("The court, arbitral institution or mediator named in the contract."),
            "clause": _text("The contract's clause that holds this agreement, e.g. \"8.2\": court papers cite it "
                            "(the basis of the court's or the arbitral tribunal's jurisdiction).", maxlength=20),
        }),
    }),
    # The maxima are what one debt case needs (one contract, one debtor: five years of
    # monthly invoices, four part payments each), and keep one case's build bounded:
    # at these maxima about a minute of CPU and 200 MB (README, Benchmark). At the
    # earlier 500 invoices and 2,000 payments and events one case took 160 s and 722 MB.
    "invoices": _s("list", "Invoices issued under the contract (at most 60).", required=True, minlength=1,
                   maxlength=60, schema={
        "type": "dict", "schema": {
            "number": _text("Invoice number, unique in the case.", required=True, maxlength=60),
            "issued": _date("Issue date.", required=True),
            "due": _date("Due date.", required=True),
            "amount": _amount("Gross amount of the invoice.", required=True),
            "description": _text("What the invoice is for."),
            "delivered": _date("When the invoice reached the debtor (payment terms may run from it)."),
            "delivered_by": _s("string", "How the invoice was delivered.", allowed=DELIVERED_BY),
            "acceptance": _s("list", "Documents of performance or acceptance (protokół odbioru, акт, УПД, ...).",
                             maxlength=50, schema={"type": "dict", "schema": {
                "kind": _s("string", "acceptance_protocol (protokół odbioru), act (акт), upd (УПД), torg12 "
                                     "(ТОРГ-12), delivery_note, timesheet or other.", required=True,
                           allowed=PRIMARY_KINDS),
                "number": _text("Its number.", maxlength=60),
                "date": _date("Its date."),
                "signed_by_debtor": _s("boolean", "Did the debtor sign it (without remarks)?"),
                "description": _text("What it records, e.g. for `other`."),
            }}),
        },
    }),
    "payments": _s("list", "Payments received (at most 240).", maxlength=240, schema={
        "type": "dict", "schema": {
            "date": _date("Date the money arrived.", required=True),
            "amount": _amount("Amount received.", required=True),
            "invoice": _text("Invoice the debtor designated; without it, the jurisdiction's rule decides.", maxlength=60),
            "note": _text("Free note (transfer reference, ...)."),
            "overpayment": _s("boolean", "Set when this payment knowingly takes the total paid above the total invoiced."),
        },
    }),
    "exchange_rates": _s("list", "Official exchange rates the law needs (PL compensation: NBP EUR mid rate).",
                         maxlength=200, schema={
        "type": "dict", "schema": {
            "currency": _s("string", "The foreign currency, e.g. EUR.", required=True, regex=r"^[A-Z]{3}$"),
            "date": _date("The rate's table date.", required=True),
            "rate": _s("amount", "Units of the case currency per one unit of the foreign currency.", required=True),
            "table": _text("The official table it comes from, e.g. 041/A/NBP/2025.", required=True, maxlength=60),
        },
    }),
    "events": _s("list", "Correspondence log: the evidence trail (at most 240 entries).", maxlength=240, schema={
        "type": "dict", "schema": {
            "date": _date("When it happened.", required=True),
            "channel": _s("string", "How.", required=True, allowed=["phone", "email", "letter", "meeting", "message"]),
            "summary": _text("What was said or agreed.", required=True, maxlength=1000),
            "kind": _s("string", "note (default), dispute, promise (to pay), time_request, acknowledgement "
                                 "(of the debt) or no_response (an attempt at contact the debtor did not "
                                 "answer).", allowed=EVENT_KINDS),
            "disputed": _text("dispute: what the debtor disputes, in a few words.", maxlength=500),
            "amount": _amount("The amount disputed, promised or acknowledged."),
            "invoice": _text("The invoice it concerns.", maxlength=60),
            "by": _date("promise: the date payment was promised by; time_request: the date asked for."),
        },
    }),
    "documents": _s("dict", "Documents to produce; each dated, so output never depends on today.", required=True, schema={
        "contract_clauses": _s("dict", "Contract clauses that prevent late payment.", schema={}),
        "reminders": _s("list", "Reminders, level 1 (friendly) to 3 (final).", maxlength=3, schema={
            "type": "dict", "schema": {
                "date": _date("Date of the reminder.", required=True),
                "pay_within_days": _s("integer", "Days given to pay.", min=1, max=90),
                **_sent(),
            },
        }),
        "pretrial_claim": _s("dict", "The formal pre-trial claim (letter before claim).", schema={
            "date": _date("Date of the claim.", required=True),
            "respond_within_days": _s("integer", "Days given to pay or answer.", min=1, max=120),
            "enclosures": _s("list", "What goes with the letter, each as you would list it (\"copy of invoice "
                                     "FV/12/2025\"); PL: printed under Enclosures as written; without it the letter "
                                     "lists none.", maxlength=20, schema=_text("An enclosure.", maxlength=200)),
            "debt_register": _s("dict", "PL: warn of listing in this debt register (BIG).", schema={
                "name": _text("The bureau's firm name.", required=True, maxlength=200),
                "address": _text("The bureau's address.", required=True, maxlength=300),
            }),
            "annex_1_enclosed": _s("boolean", "UK, individual debtor: the official Information Sheet and Reply "
                                   "Form of Annex 1 to the Pre-Action Protocol for Debt Claims (printed from "
                                   "justice.gov.uk) go with the letter; the letter then names them."),
            **_sent(),
        }),
        "payment_plan": _s("dict", "An instalment agreement.", schema={
            "date": _date("Date of the agreement.", required=True),
            "installments": _s("integer", "Number of instalments.", required=True, min=2, max=60),
            "first_due": _date("Due date of the first instalment; the rest follow monthly.", required=True),
            "signed": _date("When both parties signed the agreement, once they have."),
            **_sent(),
        }),
        "small_claim": _s("dict", "The small-claims filing packet.", schema={
            "date": _date("Filing date.", required=True),
            "court": _text("The court the claim is filed with.", required=True, maxlength=200),
            "claim_court": _text("RU: the court of the statement of claim where it is not `court`: a мировой судья "
                                 "issues the судебный приказ, but a claim above his limit (ГПК РФ ст. 23) goes to the "
                                 "районный суд (ст. 24), e.g. \"Ленинский районный суд г. Екатеринбурга\".",
                                 maxlength=200),
            "filed": _date("When the claim was actually filed with the court, once it has been."),
        }),
    }),
}

# Cerberus 1.3 warns that type-test methods are deprecated; a TypeDefinition cannot
# express "parses as a decimal", and the methods work until Cerberus 2.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)

    class CaseValidator(cerberus.Validator):
        """Cerberus with the case file's own scalar types."""

        types_mapping = cerberus.Validator.types_mapping.copy()
        # YAML's true is a Python int; an integer field must not accept it.
        types_mapping["integer"] = cerberus.TypeDefinition("integer", (int,), (bool,))

        def _validate_regex(self, pattern, field, value):
            """{'type': 'string'}"""
            # Cerberus matches with `$`, which also matches before a final newline:
            # "abc\n" would pass as a case id. The whole value must match.
            if isinstance(value, str) and not re.fullmatch(pattern, value):
                self._error(field, cerberus.errors.REGEX_MISMATCH)

        def _validate_type_amount(self, value: Any) -> bool:
            return parse_decimal(value) is not None

        def _validate_type_percent(self, value: Any) -> bool:
            return parse_decimal(value) is not None


def parse_decimal(value: Any) -> Decimal | None:
    """An exact decimal from a string, Decimal or int; None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (Decimal, int)):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip()
        if not text or not all(c in "0123456789.-+" for c in text):
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None

@functools.lru_cache(maxsize=1)
def make_validator() -> CaseValidator:
    """One validator per process: building one normalises and hashes the whole schema
    (about a third of validating a case); validate() resets its state on each call."""
    return CaseValidator(SCHEMA, allow_unknown=False)
