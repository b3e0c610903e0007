"""Money in GraphQL: exact decimal strings out (with the currency), strings in."""

from __future__ import annotations

from typing import Any, NewType

import strawberry
from graphql import EnumValueNode, GraphQLError, StringValueNode, ValueNode
from strawberry.types.scalar import ScalarDefinition

from app.services.money import Money, format_minor

Amount = NewType("Amount", str)


_AS_STRING = 'Amounts are decimal strings, e.g. "12.34", never numbers.'


def _parse_amount(value: object) -> Amount:
    # Numbers in JSON are floats to most clients: an amount must travel as a string.
    if not isinstance(value, str):
        raise GraphQLError(_AS_STRING)
    return Amount(value)


def _parse_amount_literal(node: ValueNode, _variables: dict[str, Any] | None = None) -> Amount:
    """An amount typed into the query itself, as in GraphiQL."""
    if isinstance(node, EnumValueNode):  # NaN, Infinity, or any bare word
        raise GraphQLError(f"{node.value} is not an amount. {_AS_STRING}")
    if not isinstance(node, StringValueNode):
        raise GraphQLError(_AS_STRING)
    return Amount(node.value)


AMOUNT_SCALAR: ScalarDefinition = strawberry.scalar(
    name="Amount",
    description=(
        'An exact decimal amount as a string, e.g. "1234.50", in the currency given beside '
        "it; no more decimal digits than the currency has (ISO 4217)."
    ),
    serialize=str,
    parse_value=_parse_amount,
    parse_literal=_parse_amount_literal,
)


@strawberry.type(name="Money", description="An exact amount and its ISO 4217 currency.")
class MoneyType:
    amount: str = strawberry.field(description='Exact decimal string, e.g. "-12.30".')
    currency: str

    @classmethod
    def of(cls, minor: int, currency: str) -> MoneyType:
        # Every amount of every answer comes through here: the two attributes set directly,
        # without the dataclass __init__'s keyword handling (a third of the time).
        money = object.__new__(cls)
        money.amount = format_minor(minor, currency)
        money.currency = currency
        return money

    @classmethod
    def later(cls, minor: int, currency: str) -> MoneyType:
        """``of``, with the text made on its first read (``_AmountText``): for the amounts
        of report lines, of which a query asks for one or two. A read costs more than
        ``of``'s, so amounts usually read are made by ``of``."""
        money = object.__new__(cls)
        money._minor = minor  # type: ignore[attr-defined] # read by _AmountText only
        money.currency = currency
        return money

    @classmethod
    def from_money(cls, money: Money) -> MoneyType:
        return cls.of(money.amount_minor, money.currency)


class _AmountText:
    """``MoneyType.amount`` of a MoneyType made by ``later``: the text, made on the first read
    and kept in the instance, which later reads find first (a non-data descriptor)."""

    def __get__(self, money: MoneyType | None, owner: type | None = None) -> str:
        minor = money.__dict__.get("_minor") if money is not None else None
        if money is None or minor is None:
            raise AttributeError("amount")
        text: str = format_minor(minor, money.currency)
        money.__dict__["amount"] = text
        return text


MoneyType.amount = _AmountText()  # type: ignore[assignment]
