"""Decimal helpers: the case currency's minor units and the one rounding rule we use."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_precision


def minor_unit(currency: str) -> Decimal:
    """0.01 for PLN, 1 for JPY: the smallest amount the currency writes."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Half up to the minor unit, as courts and published calculators round."""
    return amount.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


def as_text(amount: Decimal, currency: str) -> str:
    """The JSON form: a string with exactly the currency's minor units."""
    return str(amount.quantize(minor_unit(currency)))
