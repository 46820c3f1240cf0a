"""Registration and personal numbers: which key means which number, and its check.

Checksums come from python-stdnum where it has the number (NIP, REGON, PESEL, ИНН,
Israeli ID and company numbers, UK VAT). KRS, КПП and UK company numbers have no check
digit: only their form is checked. ОГРН/ОГРНИП are checked here (see _ogrn).
"""

from __future__ import annotations

import re
from typing import Callable

from stdnum import exceptions as sx
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat
from stdnum.il import hp as il_hp
from stdnum.il import idnr as il_idnr
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pl import regon as pl_regon
from stdnum.ru import inn as ru_inn


def id_key(key: str) -> str:
    """'Company No.' and 'company no' are one key; so are 'ח.פ.' and 'ח"פ'."""
    return "".join(c for c in key.casefold() if c.isalnum())


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value)


def _stdnum(module, name: str, lengths: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        try:
            module.validate(value)
        except sx.InvalidChecksum:
            return f"'{value}' is not a valid {name}: its check digit is wrong (a typing mistake?)"
        except sx.InvalidLength:
            return f"'{value}' is not a valid {name}: {lengths}"
        except sx.ValidationError:
            return f"'{value}' is not a valid {name}: {lengths}"
        return None
    return check


def _ogrn(value: str, length: int) -> str | None:
    """ОГРН (13 digits) and ОГРНИП (15 digits). The check digit is the last digit of the
    remainder of the number without it divided by 11 (ОГРН) or by 13 (ОГРНИП), as
    ru.wikipedia.org describes it ("Основной государственный регистрационный номер",
    "...индивидуального предпринимателя": "младший разряд остатка"); the FNS order that
    sets it was not located, so this is stated, not cited. python-stdnum 2.2 compares the
    whole remainder for ОГРНИП and would refuse valid numbers whose remainder is 10-12."""
    name = "ОГРН" if length == 13 else "ОГРНИП"
    digits = _digits(value)
    if not digits.isdigit():
        return f"'{value}' is not a valid {name}: digits only"
    if len(digits) != length:
        other = {13: "ОГРН", 15: "ОГРНИП"}.get(len(digits))
        hint = f"; {len(digits)} digits is an {other}: name it {other}" if other else ""
        return f"'{value}' is not a valid {name}: it has {length} digits, this has {len(digits)}{hint}"
    divisor = 11 if length == 13 else 13
    if int(digits[:-1]) % divisor % 10 != int(digits[-1]):
        return f"'{value}' is not a valid {name}: its check digit is wrong (a typing mistake?)"
    return None


def _pattern(regex: str, name: str, words: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        compact = re.sub(r"\s", "", value).upper()
        return None if re.fullmatch(regex, compact) else f"'{value}' is not a valid {name}: {words}"
    return check


def _vat(value: str) -> str | None:
    compact = re.sub(r"[\s.\-]", "", value).upper()
    if compact.startswith("GB") or (compact.isdigit() and len(compact) in (9, 12)):
        return _stdnum(gb_vat, "UK VAT number", "9 digits (GB 123 4567 89)")(value)
    if re.match(r"^[A-Z]{2}", compact):
        return _stdnum(eu_vat, "VAT number", "the country's format")(value)
    return None


_KRS = _pattern(r"[0-9]{10}", "KRS number", "ten digits (0000123456); the KRS number has no check digit, "
                "so only its form is checked")
_KPP = _pattern(r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}", "КПП", "nine characters (770301001)")
_UK_COMPANY = _pattern(r"(?:[0-9]{8}|[A-Z]{2}[0-9]{6})", "company number",
                       "eight digits, or two letters and six digits (SC123456)")

_RU_INN = _stdnum(ru_inn, "ИНН", "10 digits for an organisation, 12 for a person")
_IL_ID = _stdnum(il_idnr, "Israeli ID number", "nine digits")

# Key as users write it (compared by id_key) -> (canonical name, check).
CHECKS: dict[str, tuple[str, Callable[[str], str | None]]] = {}
for names, canonical, check in (
    (("NIP",), "NIP", _stdnum(pl_nip, "NIP", "ten digits")),
    (("REGON",), "REGON", _stdnum(pl_regon, "REGON", "9 or 14 digits")),
    (("KRS",), "KRS", _KRS),
    (("PESEL",), "PESEL", _stdnum(pl_pesel, "PESEL", "eleven digits")),
    (("ИНН", "INN"), "ИНН", _RU_INN),
    (("ОГРН", "OGRN"), "ОГРН", lambda v: _ogrn(v, 13)),
    (("ОГРНИП", "OGRNIP"), "ОГРНИП", lambda v: _ogrn(v, 15)),
    (("КПП", "KPP"), "КПП", _KPP),
    (("ח.פ.", "ח\"פ", "חפ", "ח.צ.", "ע.ר."), "ח.פ.", _stdnum(il_hp, "Israeli company number (ח.פ.)", "nine digits")),
    (("עוסק מורשה", "ע.מ.", "ע\"מ", "עוסק פטור"), "עוסק מורשה", _IL_ID),
    (("ת.ז.", "ת\"ז", "תעודת זהות"), "ת.ז.", _IL_ID),
    (("Company No.", "Company number", "Company registration number", "CRN", "Registered number"),
     "Company No.", _UK_COMPANY),
    (("VAT", "VAT No.", "VAT number", "VAT reg. no.", "VAT registration number"), "VAT", _vat),
):
    for n in names:
        CHECKS[id_key(n)] = (canonical, check)


def canonical(key: str) -> str | None:
    """The number a key names (NIP, ИНН, ОГРНИП, ח.פ., ...), or None if we do not know it."""
    entry = CHECKS.get(id_key(key))
    return entry[0] if entry else None


def check_id(key: str, value: str) -> str | None:
    """What is wrong with a registration number, or None (also for keys we do not know)."""
    entry = CHECKS.get(id_key(key))
    return entry[1](value) if entry else None


def check_personal(jurisdiction: str, value: str) -> str | None:
    """A person's own number (`id_number`): PESEL, ת.ז., a person's ИНН."""
    if jurisdiction == "PL":
        return _stdnum(pl_pesel, "PESEL", "eleven digits")(value)
    if jurisdiction == "IL":
        return _IL_ID(value)
    if jurisdiction == "RU":
        if len(_digits(value)) != 12:
            return f"'{value}' is not a person's ИНН: a person's ИНН has 12 digits"
        return _RU_INN(value)
    return None  # the UK has no national personal number that filings ask for


_FEMALE = re.compile(r"(?:вна|чна|кызы)$")
_MALE = re.compile(r"(?:вич|ьич|оглы)$")


def gender_from_patronymic(name: str) -> str | None:
    """female/male from a Russian patronymic (Анна Викторовна, Сергей Петрович); None if
    the name has none. Used only when the case does not give `gender`."""
    words = [w.strip(",.").casefold() for w in name.split()]
    if len(words) < 2 or not all(re.fullmatch(r"[а-яё-]+", w) for w in words):
        return None
    found = {("female" if _FEMALE.search(w) else "male") for w in words[1:] if _FEMALE.search(w) or _MALE.search(w)}
    return found.pop() if len(found) == 1 else None
