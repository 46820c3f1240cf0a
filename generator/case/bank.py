"""Payment details: structured forms checked, legacy one-line forms parsed when they can be.

Russian accounts carry a control key (the 9th digit) computed with the bank's БИК by the
Bank of Russia's "Порядок расчета контрольного ключа в номере лицевого счета" (утв. ЦБ РФ
08.09.1997 № 515): the three digits of the bank's conditional number followed by the
20-digit account, each digit multiplied by the weights 7, 1, 3, 7, 1, 3, ...; the sum of
the last digits of the products must end in 0. The conditional number is the БИК's 7th-9th
digits for a client's account at a credit institution, and "0" + the БИК's 5th-6th digits
for a credit institution's correspondent account at the Bank of Russia (Приложение,
примеры 1 и 3 of that Порядок).
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import bic as std_bic
from stdnum import exceptions as sx
from stdnum import iban as std_iban

from generator.case.model import BankDetails

Problems = list[tuple[tuple[str, ...], str]]  # (field path below the party, message)

_WEIGHTS = (7, 1, 3)


def ru_key_ok(conditional: str, account: str) -> bool:
    digits = conditional + account
    total = sum(int(d) * _WEIGHTS[i % 3] % 10 for i, d in enumerate(digits))
    return total % 10 == 0


def ru_account_ok(account: str, bik: str) -> bool:
    """A client's account (р/с) at the bank with this БИК."""
    return ru_key_ok(bik[-3:], account)


def ru_correspondent_ok(correspondent: str, bik: str) -> bool:
    """The bank's correspondent account (к/с) at the Bank of Russia."""
    return ru_key_ok("0" + bik[4:6], correspondent)


def _compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", value)


def check_bank(raw: dict[str, Any], jurisdiction: str) -> tuple[BankDetails, Problems]:
    """Structured `bank:` details: each field's form and check digits."""
    problems: Problems = []
    out: dict[str, str | None] = {k: (str(v).strip() if v is not None else None) for k, v in raw.items()}

    def bad(field: str, message: str) -> None:
        problems.append(((field,), message))

    if out.get("iban"):
        compact = _compact(out["iban"]).upper()
        try:
            std_iban.validate(compact)
            out["iban"] = compact
        except sx.InvalidChecksum:
            bad("iban", f"'{raw['iban']}' is not a valid IBAN: its check digits are wrong (a typing mistake?)")
        except sx.ValidationError:
            bad("iban", f"'{raw['iban']}' is not a valid IBAN: wrong length or form for its country")
    if out.get("bic"):
        compact = _compact(out["bic"]).upper()
        if not std_bic.is_valid(compact):
            bad("bic", f"'{raw['bic']}' is not a BIC: 8 or 11 letters and digits (WBKPPLPP)")
        else:
            out["bic"] = compact
            iban = out.get("iban") or ""
            if len(iban) > 2 and iban[:2] != compact[4:6]:
                bad("bic", f"the BIC is of a bank in {compact[4:6]}, the IBAN of an account in {iban[:2]}")
    if out.get("sort_code") or out.get("account_number"):
        sc = _compact(out.get("sort_code") or "")
        acc = _compact(out.get("account_number") or "")
        if not out.get("sort_code"):
            bad("sort_code", "a UK account number needs its sort code")
        elif not re.fullmatch(r"[0-9]{6}", sc):
            bad("sort_code", f"'{raw['sort_code']}' is not a sort code: six digits, e.g. 20-32-06")
        else:
            out["sort_code"] = sc
        if not out.get("account_number"):
            bad("account_number", "a sort code needs the account number")
        elif not re.fullmatch(r"[0-9]{8}", acc):
            hint = "; a shorter one is written with leading zeros" if re.fullmatch(r"[0-9]{6,7}", acc) else ""
            bad("account_number", f"'{raw['account_number']}' is not a UK account number: eight digits{hint}")
        else:
            out["account_number"] = acc
    ru = any(out.get(k) for k in ("bik", "correspondent"))
    if ru:
        bik = _compact(out.get("bik") or "")
        if not out.get("bik"):
            bad("bik", "a Russian account needs the bank's БИК")
            bik = ""
        elif not re.fullmatch(r"04[0-9]{7}", bik):
            bad("bik", f"'{raw['bik']}' is not a БИК: nine digits starting 04")
            bik = ""
        else:
            out["bik"] = bik
        account = _compact(out.get("account") or "")
        if not out.get("account"):
            bad("account", "give the account (р/с), 20 digits")
        elif not re.fullmatch(r"[0-9]{20}", account):
            bad("account", f"'{raw['account']}' is not a Russian account number (р/с): 20 digits")
        else:
            out["account"] = account
            if bik and not ru_account_ok(account, bik):
                bad("account", f"the account {account} does not match the БИК {bik}: its control key "
                               f"(the 9th digit) is wrong, so one of the two is mistyped")
        if out.get("correspondent"):
            ks = _compact(out["correspondent"])
            if not re.fullmatch(r"30101[0-9]{15}", ks):
                bad("correspondent", f"'{raw['correspondent']}' is not a correspondent account (к/с): "
                                     f"20 digits starting 30101")
            else:
                out["correspondent"] = ks
                if bik and not ru_correspondent_ok(ks, bik):
                    bad("correspondent", f"the к/с {ks} does not match the БИК {bik}: its control key "
                                         f"(the 9th digit) is wrong, so one of the two is mistyped")
    il = any(out.get(k) for k in ("bank_code", "branch"))
    if il:
        for field, pattern, words in (("bank_code", r"[0-9]{2}", "two digits (10 for Leumi, 12 for Hapoalim)"),
                                      ("branch", r"[0-9]{3}", "three digits")):
            value = _compact(out.get(field) or "")
            if not out.get(field):
                bad(field, f"an Israeli account needs the {field.replace('_', ' ')}")
            elif not re.fullmatch(pattern, value):
                bad(field, f"'{raw[field]}' is not a {field.replace('_code', '').replace('_', ' ')} number: {words}")
            else:
                out[field] = value
        account = _compact(out.get("account") or "").replace("/", "")
        if not out.get("account"):
            bad("account", "give the account number")
        elif not re.fullmatch(r"[0-9]{4,13}", account):
            bad("account", f"'{raw['account']}' is not an Israeli account number: 4 to 13 digits")
    if out.get("account") and not ru and not il:
        bad("account", "an account needs its bank: bik (Russia) or bank_code and branch (Israel); "
                       "for an IBAN use iban, for the UK sort_code and account_number, or write text")
    given = [k for k in ("iban", "sort_code", "bik", "bank_code") if raw.get(k)]
    if len(given) > 1:
        bad(given[1], f"give one form of payment details, not both {given[0]} and {given[1]}")
    if not problems and not any(out.get(k) for k in ("iban", "sort_code", "account", "text")):
        bad("text", "no account is given: give iban, sort_code and account_number, account with bik or "
                    "bank_code, or text")
    del jurisdiction  # every form is accepted in every jurisdiction (a Polish creditor may hold a UK account)
    return BankDetails(**{k: out.get(k) for k in BankDetails.__dataclass_fields__}), problems


_UK_LINE = re.compile(r"^(?:sort\s*code[:\s]*)?([0-9]{2})[- ]?([0-9]{2})[- ]?([0-9]{2})[,;\s]+"
                      r"(?:(?:account|acc|a/c)(?:\s*(?:number|no\.?))?[:\s]*)?([0-9]{8})$", re.IGNORECASE)
_BIK = re.compile(r"БИК[:\s№]*([0-9]{9})")
_KS = re.compile(r"(?:к/с|кор\.?\s*сч[её]т|корр?\.?\s*сч\.?)[:\s№]*([0-9]{20})", re.IGNORECASE)


def parse_legacy(account: str | None, bank_name: str | None) -> tuple[BankDetails | None, Problems]:
    """`bank_account` / `bank_name` as users wrote them: an IBAN, a UK sort code and
    account, a Russian р/с with БИК and к/с in the bank line, or free text."""
    if not account:
        return (BankDetails(name=bank_name) if bank_name else None), []
    compact = _compact(account).upper()
    if re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", compact):
        try:
            std_iban.validate(compact)
        except sx.InvalidChecksum:
            return None, [(("bank_account",), f"'{account}' is not a valid IBAN: its check digits are wrong "
                                              f"(a typing mistake?)")]
        except sx.ValidationError:
            return None, [(("bank_account",), f"'{account}' is not a valid IBAN: wrong length or form for its "
                                              f"country")]
        return BankDetails(iban=compact, name=bank_name), []
    uk = _UK_LINE.match(account.strip())
    if uk:
        return BankDetails(sort_code="".join(uk.groups()[:3]), account_number=uk.group(4), name=bank_name), []
    if re.fullmatch(r"[0-9]{20}", compact) and bank_name and _BIK.search(bank_name):
        bik = _BIK.search(bank_name).group(1)  # type: ignore[union-attr]
        ks = _KS.search(bank_name)
        name = re.split(r",?\s*(?:БИК|к/с)", bank_name)[0].strip(" ,") or None
        details, problems = check_bank({"account": compact, "bik": bik, "correspondent": ks.group(1) if ks else None,
                                        "name": name}, "RU")
        return details, [((("bank_account",) if f == ("account",) else ("bank_name",)), m) for f, m in problems]
    return BankDetails(text=account, name=bank_name), []


def legacy_lines(bank: BankDetails) -> tuple[str | None, str | None]:
    """`bank_account` and `bank_name` for templates that print those two (kept working)."""
    kind = bank.kind
    if kind == "iban":
        return bank.iban_display, bank.name
    if kind == "uk":
        return f"{bank.sort_code_display} {bank.account_number}", bank.name
    if kind == "ru":
        parts = [p for p in (bank.name, f"БИК {bank.bik}", f"к/с {bank.correspondent}" if bank.correspondent else None) if p]
        return bank.account, ", ".join(parts)
    if kind == "il":
        return f"{bank.bank_code}-{bank.branch}-{bank.account}", bank.name
    return bank.text, bank.name
