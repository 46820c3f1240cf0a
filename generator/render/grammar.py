"""Grammar from data: who a party is, as the wording needs it.

The party model says whether a party is a person (with a title or grammatical gender
where the case gives one) or an organisation, and who signs for it. Messages choose
their forms from these arguments with Fluent selectors ("Szanowna Pani", "Уважаемые
господа!", "הנך נדרשת"); nothing here writes wording. Russian names in the oblique cases
("в лице Генерального директора Петровой Анны Викторовны") come from petrovich.
"""

from __future__ import annotations

import functools
from typing import Any

PATRONYMIC_MALE = ("вич", "ьич", "ич")
PATRONYMIC_FEMALE = ("вна", "чна", "шна")


def _words(name: str) -> list[str]:
    return str(name).split()


def _is_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("\u0400" <= c <= "\u04ff" for c in letters)


def russian_name_parts(name: str) -> tuple[str, str, str] | None:
    """(surname, given name, patronymic) of a full Russian name written either
    "Петрова Анна Викторовна" or "Анна Викторовна Петрова"; None otherwise."""
    words = _words(name)
    if len(words) != 3 or not _is_cyrillic(name):
        return None
    def patronymic(w: str) -> bool:
        return w.endswith(PATRONYMIC_MALE + PATRONYMIC_FEMALE)
    if patronymic(words[2]):
        return words[0], words[1], words[2]
    if patronymic(words[1]):
        return words[2], words[0], words[1]
    return None


def gender_of(person: Any) -> str:
    """'female', 'male' or 'unknown': as the case gives it, else from a Russian patronymic."""
    given = getattr(person, "gender", None)
    if given in ("female", "male"):
        return given
    parts = russian_name_parts(getattr(person, "name", ""))
    if parts:
        return "female" if parts[2].endswith(PATRONYMIC_FEMALE) else "male"
    title = (getattr(person, "title", None) or "").rstrip(".").lower()
    if title in ("mr", "pan", "господин", "מר"):
        return "male"
    if title in ("mrs", "ms", "miss", "pani", "госпожа", "גב'", "גברת"):
        return "female"
    return "unknown"


def is_person(party: Any) -> bool:
    form = getattr(party, "form", None)
    if form:
        return form in ("individual", "sole_trader")
    return bool(getattr(party, "is_individual", False))


def person_args(person: Any, name: str | None = None) -> dict[str, str]:
    """A person's name in the pieces salutations need (the messages pick what they use)."""
    full = str(name if name is not None else person.name)
    parts = russian_name_parts(full)
    words = _words(full)
    title = getattr(person, "title", None) or ""
    if parts:
        surname, given, patronymic = parts
    else:
        surname, given, patronymic = (words[-1] if words else full), (words[0] if len(words) > 1 else ""), ""
    # "none" for a piece the name lacks: Fluent selectors need a key to match.
    return {"name_full": full, "name_surname": surname or "none", "name_given": given or "none",
            "name_patronymic": patronymic or "none", "name_title": str(title) or "none", "gender": gender_of(person)}


def addressee(party: Any, name: str | None = None) -> dict[str, str]:
    """Whom a letter to `party` addresses: the person, an organisation's named
    representative, or nobody by name. `form` is 'person', 'representative' or
    'organisation'; `party_form` says what the party itself is (for verbs: "you owe")."""
    party_form = "person" if is_person(party) else "organisation"
    if party_form == "person":
        base_name = str(name or party.name)
        # A sole trader's own name, without the trading name ("Daniel Whitmore trading as
        # Whitmore Joinery" is addressed as Daniel Whitmore).
        for sep in (" trading as ", " t/a ", " T/A ", " prowadzący działalność", " prowadząca działalność"):
            base_name = base_name.split(sep)[0]
        return {"form": "person", "party_form": party_form, **person_args(party, base_name)}
    rep = getattr(party, "representative", None) or getattr(party, "signatory", None)
    if rep is not None and getattr(rep, "name", None):
        return {"form": "representative", "party_form": party_form, **person_args(rep)}
    return {"form": "organisation", "party_form": party_form, "name_full": str(name or party.name), "name_surname": "none",
            "name_given": "none", "name_patronymic": "none", "name_title": "none", "gender": "unknown"}


@functools.cache
def _petrovich():
    from petrovich.main import Petrovich

    return Petrovich()


def inflect_ru(name: str, case: str, gender: str = "unknown") -> str:
    """A Russian full name in an oblique case: inflect_ru("Петрова Анна Викторовна",
    "genitive") == "Петровой Анны Викторовны". Names that are not a full Russian name
    (a foreign name, an organisation) are returned unchanged: they are not declined."""
    from petrovich.enums import Case, Gender

    parts = russian_name_parts(name)
    if not parts or case == "nominative":
        return name
    surname, given, patronymic = parts
    sex = gender if gender in ("female", "male") else ("female" if patronymic.endswith(PATRONYMIC_FEMALE) else "male")
    g = Gender.FEMALE if sex == "female" else Gender.MALE
    c = {"genitive": Case.GENITIVE, "dative": Case.DATIVE, "accusative": Case.ACCUSATIVE,
         "instrumental": Case.INSTRUMENTAL, "prepositional": Case.PREPOSITIONAL}[case]
    p = _petrovich()
    out = [p.lastname(surname, c, g), p.firstname(given, c, g), p.middlename(patronymic, c, g)]
    words = _words(name)
    # Keep the user's order of the parts.
    if words[0] == surname:
        return " ".join(out)
    return f"{out[1]} {out[2]} {out[0]}"
