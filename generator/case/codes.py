"""The codes a case file and the command line share, in a module that imports nothing:
the command line needs them before it knows whether any case will be validated."""

JURISDICTIONS = ("UK", "PL", "RU", "IL")
LANGUAGES = ("en", "pl", "ru", "he")
