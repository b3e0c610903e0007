"""Money: integer minor units inside, exact decimal strings at the edges. Never floats.

The number of minor digits comes from ISO 4217. An input with more digits than the currency
allows is refused, never rounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.services.errors import DomainError, ErrorCode, ErrorCollector

# ISO 4217 minor units of the active currencies (list one, 2025). Absent means unknown.
_ZERO_DIGITS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE_DIGITS = "BHD IQD JOD KWD LYD OMR TND"
_FOUR_DIGITS = "CLF UYW"
_TWO_DIGITS = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB "
    "EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS "
    "KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
    "MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
    "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS "
    "UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG"
)
MINOR_DIGITS: dict[str, int] = {
    code: digits
    for codes, digits in (
        (_ZERO_DIGITS, 0),
        (_TWO_DIGITS, 2),
        (_THREE_DIGITS, 3),
        (_FOUR_DIGITS, 4),
    )
    for code in codes.split()
}

# A plain decimal: optional minus, digits, optional fraction. No exponent, NaN or Infinity.
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?", re.ASCII)
# Amounts must fit a BIGINT of minor units with room for sums.
MAX_ABS_MINOR = 10**17


def currency_digits(currency: str, *, field: str = "currency") -> int:
    """The minor digits of an ISO 4217 code; unknown codes are refused."""
    digits = MINOR_DIGITS.get(currency)
    if digits is None:
        raise DomainError(
            f"{currency!r} is not an ISO 4217 currency code.",
            field=field,
            code=ErrorCode.UNKNOWN_CURRENCY,
        )
    return digits


def currency_code(value: str, *, field: str = "currency") -> str:
    """The one way a currency code is read from any input: spaces around trimmed, upper
    case, and refused (UNKNOWN_CURRENCY) unless ISO 4217 knows it."""
    code = value.strip().upper()
    currency_digits(code, field=field)
    return code


def collect_currency(errors: ErrorCollector, value: str, *, field: str = "currency") -> str | None:
    """``currency_code``, but an unknown code joins ``errors`` (and None comes back), so
    that what does not depend on the currency is still checked."""
    code = None
    with errors.check():
        code = currency_code(value, field=field)
    return code


def parse_amount(value: str, currency: str, *, field: str) -> int:
    """Minor units of a decimal string in ``currency``; refuses anything inexact."""
    text = value.strip()
    if not _DECIMAL.fullmatch(text):
        raise DomainError(
            f"{value!r} is not an amount: send a plain decimal string such as '12.34'.",
            field=field,
            code=ErrorCode.INVALID_AMOUNT,
        )
    digits = currency_digits(currency)
    fraction = text.partition(".")[2]
    if len(fraction) > digits:
        raise DomainError(
            f"{currency} amounts have at most {digits} decimal digit(s); got {value!r}.",
            field=field,
            code=ErrorCode.TOO_MANY_DECIMALS,
        )
    minor = int(Decimal(text).scaleb(digits))
    if abs(minor) > MAX_ABS_MINOR:
        raise DomainError(f"{value!r} is too large.", field=field, code=ErrorCode.INVALID_AMOUNT)
    return minor


def canonical_amount(value: str) -> str:
    """An amount as its meaning ("2.0", "2.00" and " 2" are "2"), to compare two requests;
    text that is no plain decimal stays as it is (it will be refused anyway)."""
    text = value.strip()
    if not _DECIMAL.fullmatch(text):
        return value
    return format(Decimal(text).normalize(), "f")


def parse_positive_amount(value: str, currency: str, *, field: str) -> int:
    minor = parse_amount(value, currency, field=field)
    if minor <= 0:
        raise DomainError(
            "The amount must be greater than zero.",
            field=field,
            code=ErrorCode.AMOUNT_NOT_POSITIVE,
        )
    return minor


def exact_int(value: object) -> int:
    """An integer sum from the database. PostgreSQL sums BIGINT as NUMERIC (a Decimal such
    as Decimal('-1E+4')); the value is still an exact integer, and must stay one."""
    if type(value) is int:  # the common case, first: every integer column read
        return value
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"not an integer amount: {value!r}")
    if isinstance(value, Decimal) and value != value.to_integral_value():
        raise ValueError(f"not an integer amount: {value!r}")
    return int(value)


def format_minor(minor: int, currency: str) -> str:
    """The exact decimal string of an amount in minor units, e.g. 12345 USD -> '123.45'."""
    digits = MINOR_DIGITS.get(currency, 2)
    if not digits:
        return str(minor)
    # Digits of the absolute value, padded to one whole digit: cheaper than divmod and a
    # format spec, and this runs for every amount of every answer.
    text = str(-minor if minor < 0 else minor).rjust(digits + 1, "0")
    return f"{'-' if minor < 0 else ''}{text[:-digits]}.{text[-digits:]}"


@dataclass(frozen=True, slots=True)
class Money:
    amount_minor: int
    currency: str

    def __str__(self) -> str:
        return f"{format_minor(self.amount_minor, self.currency)} {self.currency}"

    @property
    def amount(self) -> str:
        return format_minor(self.amount_minor, self.currency)
