"""The sales register and the invoice analysis: documents of a period with what was paid,
credited and refunded, summed per currency in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from app.services import cursors
from app.services.access import Principal, Scope
from app.services.ar_documents import DocumentRow, document_row
from app.services.credits import refunded_from
from app.services.money import currency_code
from app.services.reports.common import open_report
from app.services.sql import Row, as_date, as_int, fetch, fetch_rows

# What refunds took from the credit a document left (none: 0). Most documents left no
# credit: the CASE spares them the lookup (over a whole period's totals, that is most of it).
_REFUNDED = f"CASE WHEN c.id IS NULL THEN 0 ELSE {refunded_from('c.id')} END"


_SALES_CURSOR = "sales_register"
# The documents of the sales register: kind, table, and the credit's column naming it.
_SALES_PARTS = (
    ("invoice", "invoice", "invoice_id"),
    ("ar_adjustment", "ar_adjustment", "adjustment_id"),
)
_INVOICES_CURSOR = "invoice_analysis"

# The period totals, from the documents' day totals the database maintains
# (models.balances.DocumentDayTotal): one figure per measure. What refunds took from the
# documents' credits is what the credits gave less what was applied from them.
_SUM = "SUM(CASE WHEN measure = '{}' THEN amount_minor ELSE 0 END)"
_TOTAL = _SUM.format("total")
_COUNT = _SUM.format("count")
_REFUNDED_TOTAL = f"{_SUM.format('credit_used')} - {_SUM.format('credit_applied')}"
_BALANCE_TOTAL = f"{_SUM.format('due')} - {_SUM.format('credit_open')}"


async def _day_totals(
    scope: Scope,
    date_from: date,
    date_to: date,
    figures: dict[str, str],
    *,
    currency: str | None = None,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """Per currency with documents in the period, each of ``figures`` (name: SQL sum)."""
    entity, params = scope.documents_sql("entity_id")
    conditions = ""
    if currency is not None:
        conditions, params = " AND currency = ?", [*params, currency_code(currency)]
    if kind is not None:
        conditions, params = f"{conditions} AND kind = ?", [*params, kind]
    sums = ", ".join(f"{sql} AS {name}" for name, sql in figures.items())
    return await fetch(
        f"SELECT currency, {sums} FROM document_day_total"
        f" WHERE document_date >= ? AND document_date <= ?{entity}{conditions}"
        f" GROUP BY currency HAVING {_COUNT} > 0 ORDER BY currency",
        [date_from, date_to, *params],
    )


def _sales_page(after: str | None, kind: str) -> tuple[str, list[Any]]:
    """Keyset condition over (document_date, kind, id) for the part of one ``kind`` (its
    documents ``d``): the kind is a constant there, so the condition is over (date, id) and
    the index on (document_date, id) serves it."""
    key = cursors.decode(_SALES_CURSOR, after, (date, str, int))
    if key is None:
        return "", []
    day, after_kind, pk = key
    if kind > after_kind:
        return " AND d.document_date >= ?", [day]
    if kind < after_kind:
        return " AND d.document_date > ?", [day]
    return " AND (d.document_date > ? OR (d.document_date = ? AND d.id > ?))", [day, day, pk]


def _invoices_page(after: str | None) -> tuple[str, list[Any]]:
    """Keyset condition over (document_date, id)."""
    key = cursors.decode(_INVOICES_CURSOR, after, (date, int))
    if key is None:
        return "", []
    day, pk = key
    return " AND (i.document_date > ? OR (i.document_date = ? AND i.id > ?))", [day, day, pk]


@dataclass(frozen=True, slots=True)
class SalesLine:
    kind: str  # invoice or ar_adjustment
    document_id: int
    document_date: date
    customer_id: int
    currency: str
    total_minor: int
    credit_id: int | None  # the credit the document left, if its total is negative
    refunded_minor: int  # taken from that credit by posted refunds
    number: str

    @property
    def cursor(self) -> str:
        return cursors.encode(_SALES_CURSOR, self.document_date, self.kind, self.document_id)


@dataclass(frozen=True, slots=True)
class CurrencyTotals:
    currency: str
    amounts: dict[str, int]


@dataclass(frozen=True, slots=True)
class SalesRegister:
    lines: list[SalesLine]
    totals: list[CurrencyTotals]
    has_next_page: bool

    @property
    def end_cursor(self) -> str | None:
        return self.lines[-1].cursor if self.lines else None


async def sales_register(
    actor: Principal,
    scope: Scope,
    *,
    date_from: date,
    date_to: date,
    currency: str | None = None,
    first: int = 100,
    after: str | None = None,
) -> SalesRegister:
    """Invoices and AR adjustments of the period; for credit documents, what was refunded."""
    open_report(actor, first=first, date_from=date_from, date_to=date_to)
    entity, entity_params = scope.documents_sql("d.entity_id")
    currency_condition, currency_params = "", []
    if currency is not None:
        currency_condition, currency_params = " AND d.currency = ?", [currency_code(currency)]
    part_params = [date_from, date_to, *entity_params, *currency_params]
    totals = await _day_totals(
        scope,
        date_from,
        date_to,
        {"total": _TOTAL, "refunded": _REFUNDED_TOTAL, "documents": _COUNT},
        currency=currency,
    )
    # The page: each kind's first rows after the cursor in (date, id) order, through the
    # index, never the whole period sorted; then the two short lists merged.
    parts, page_params = [], []
    for kind, table, source in _SALES_PARTS:
        condition, condition_params = _sales_page(after, kind)
        parts.append(
            f"SELECT * FROM (SELECT '{kind}' AS kind, d.id, d.document_date, d.customer_id,"
            f" d.currency, d.total_minor, d.number, c.id AS credit_id, {_REFUNDED} AS refunded"
            f" FROM {table} d LEFT JOIN ar_credit c ON c.{source} = d.id"
            f" WHERE d.document_date >= ? AND d.document_date <= ?{entity}{currency_condition}"
            f"{condition} ORDER BY d.document_date, d.id LIMIT ?) p_{kind}"
        )
        page_params += [*part_params, *condition_params, first + 1]
    rows = await fetch(
        f"SELECT t.* FROM ({' UNION ALL '.join(parts)}) t"
        " ORDER BY t.document_date, t.kind, t.id LIMIT ?",
        [*page_params, first + 1],
    )
    return SalesRegister(
        lines=[
            SalesLine(
                kind=str(r["kind"]),
                document_id=as_int(r["id"]),
                document_date=as_date(r["document_date"]),
                customer_id=as_int(r["customer_id"]),
                currency=str(r["currency"]),
                total_minor=as_int(r["total_minor"]),
                credit_id=as_int(r["credit_id"]) if r["credit_id"] is not None else None,
                refunded_minor=as_int(r["refunded"]),
                number=str(r["number"]),
            )
            for r in rows[:first]
        ],
        totals=[
            CurrencyTotals(
                str(t["currency"]),
                {
                    "total": as_int(t["total"]),
                    "refunded": as_int(t["refunded"]),
                    "documents": as_int(t["documents"]),
                },
            )
            for t in totals
        ],
        has_next_page=len(rows) > first,
    )


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    CREDIT_OPEN = "credit_open"
    CREDIT_PARTIALLY_USED = "credit_partially_used"
    CREDIT_USED = "credit_used"


class InvoiceFigures(NamedTuple):
    """An invoice's figures on a page (a hundred a page: a named tuple, cheap to build)."""

    invoice_id: int
    document_date: date
    customer_id: int
    currency: str
    total_minor: int
    paid_minor: int  # payments applied to it
    credited_minor: int  # credits applied to it
    credit_applied_minor: int  # a negative invoice's credit applied to other invoices
    refunded_minor: int  # refunded from its credit (negative invoices)
    balance_minor: int  # owed on it; negative: its credit still open
    status: InvoiceStatus

    @property
    def cursor(self) -> str:
        return cursors.encode(_INVOICES_CURSOR, self.document_date, self.invoice_id)


@dataclass(frozen=True, slots=True)
class InvoiceAnalysis:
    invoices: list[InvoiceFigures]
    totals: list[CurrencyTotals]
    has_next_page: bool
    # The page's invoices as read by its statement (every column): for ``documents``.
    invoice_rows: Sequence[Row] = ()

    @property
    def end_cursor(self) -> str | None:
        return self.invoices[-1].cursor if self.invoices else None

    def documents(self) -> list[DocumentRow]:
        """The page's invoices, in page order, built from the page's own rows: no second
        read, and plain rows rather than ORM objects."""
        return [document_row("invoice", row) for row in self.invoice_rows]


def _status(total: int, balance: int) -> InvoiceStatus:
    if total >= 0:
        if balance == 0:
            return InvoiceStatus.PAID
        return InvoiceStatus.OPEN if balance == total else InvoiceStatus.PARTIALLY_PAID
    if balance == 0:
        return InvoiceStatus.CREDIT_USED
    return InvoiceStatus.CREDIT_OPEN if balance == total else InvoiceStatus.CREDIT_PARTIALLY_USED


def _invoice_figures(row: Row) -> InvoiceFigures:
    total, balance = as_int(row["total_minor"]), as_int(row["balance"])
    return InvoiceFigures(
        invoice_id=as_int(row["id"]),
        document_date=as_date(row["document_date"]),
        customer_id=as_int(row["customer_id"]),
        currency=str(row["currency"]),
        total_minor=total,
        paid_minor=as_int(row["paid"]),
        credited_minor=as_int(row["credited"]),
        credit_applied_minor=as_int(row["credit_applied"]),
        refunded_minor=as_int(row["refunded"]),
        balance_minor=balance,
        status=_status(total, balance),
    )


async def invoice_analysis(
    actor: Principal,
    scope: Scope,
    *,
    date_from: date,
    date_to: date,
    customer_id: int | None = None,
    first: int = 100,
    after: str | None = None,
) -> InvoiceAnalysis:
    """Per invoice, negative ones included: total, paid, credited, refunded, balance, status."""
    open_report(actor, first=first, date_from=date_from, date_to=date_to)
    entity, entity_params = scope.documents_sql("i.entity_id")
    customer_condition, customer_params = "", []
    if customer_id is not None:
        customer_condition, customer_params = " AND i.customer_id = ?", [customer_id]
    figures = (
        "SELECT i.id, i.document_date, i.customer_id, i.currency, i.total_minor,"
        " COALESCE(p.paid, 0) AS paid,"
        " COALESCE(ca.credited, 0) AS credited, COALESCE(own.applied, 0) AS credit_applied,"
        f" {_REFUNDED} AS refunded,"
        " CASE WHEN i.total_minor >= 0 THEN i.balance_due_minor"
        "  ELSE -COALESCE(c.open_minor, 0) END AS balance"
        " FROM invoice i"
        " LEFT JOIN (SELECT invoice_id, SUM(amount_minor) AS paid FROM payment_application"
        "  GROUP BY invoice_id) p ON p.invoice_id = i.id"
        " LEFT JOIN (SELECT invoice_id, SUM(amount_minor) AS credited FROM credit_application"
        "  GROUP BY invoice_id) ca ON ca.invoice_id = i.id"
        " LEFT JOIN ar_credit c ON c.invoice_id = i.id"
        " LEFT JOIN (SELECT credit_id, SUM(amount_minor) AS applied FROM credit_application"
        "  GROUP BY credit_id) own ON own.credit_id = c.id"
        f" WHERE i.document_date >= ? AND i.document_date <= ?{entity}{customer_condition}"
    )
    params = [date_from, date_to, *entity_params, *customer_params]
    if customer_id is None:  # every customer: the days' totals the database maintains
        totals = await _day_totals(
            scope,
            date_from,
            date_to,
            {
                "total": _TOTAL,
                "paid": _SUM.format("paid"),
                "credited": _SUM.format("credited"),
                "credit_applied": _SUM.format("credit_applied"),
                "refunded": _REFUNDED_TOTAL,
                "balance": _BALANCE_TOTAL,
            },
            kind="invoice",
        )
    else:  # one customer's invoices: few, summed from the documents
        totals = await fetch(
            "SELECT currency, SUM(total_minor) AS total, SUM(paid) AS paid,"
            " SUM(credited) AS credited, SUM(credit_applied) AS credit_applied,"
            " SUM(refunded) AS refunded, SUM(balance) AS balance"
            f" FROM ({figures}) t GROUP BY currency ORDER BY currency",
            params,
        )
    # The page: its invoices first, through the index on (document_date, id), never the
    # whole period sorted; then each one's figures, for those rows only.
    page_condition, page_params = _invoices_page(after)
    # Every column of the invoice (``documents``), then its figures (names no invoice
    # column has).
    rows = await fetch_rows(
        "SELECT i.*,"
        # Sums cast back to BIGINT: PostgreSQL sums BIGINT as NUMERIC, which the driver
        # reads as a Decimal, slower to read and to check for an exact integer.
        " CAST(COALESCE((SELECT SUM(pa.amount_minor) FROM payment_application pa"
        "  WHERE pa.invoice_id = i.id), 0) AS BIGINT) AS paid,"
        " CAST(COALESCE((SELECT SUM(ia.amount_minor) FROM credit_application ia"
        "  WHERE ia.invoice_id = i.id), 0) AS BIGINT) AS credited,"
        " CAST(COALESCE((SELECT SUM(oa.amount_minor) FROM credit_application oa"
        "  WHERE oa.credit_id = c.id), 0) AS BIGINT) AS credit_applied,"
        f" CAST({_REFUNDED} AS BIGINT) AS refunded,"
        " CASE WHEN i.total_minor >= 0 THEN i.balance_due_minor"
        "  ELSE -COALESCE(c.open_minor, 0) END AS balance"
        " FROM (SELECT i.* FROM invoice i"
        f"  WHERE i.document_date >= ? AND i.document_date <= ?{entity}{customer_condition}"
        f"{page_condition} ORDER BY i.document_date, i.id LIMIT ?) i"
        " LEFT JOIN ar_credit c ON c.invoice_id = i.id"
        " ORDER BY i.document_date, i.id",
        [*params, *page_params, first + 1],
    )
    return InvoiceAnalysis(
        invoices=[_invoice_figures(row) for row in rows[:first]],
        totals=[
            CurrencyTotals(
                str(t["currency"]),
                {
                    key: as_int(t[key])
                    for key in (
                        "total",
                        "paid",
                        "credited",
                        "credit_applied",
                        "refunded",
                        "balance",
                    )
                },
            )
            for t in totals
        ],
        has_next_page=len(rows) > first,
        invoice_rows=rows[:first],
    )
