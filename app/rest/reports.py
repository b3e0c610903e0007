"""The seven reports as GET resources over app/services/reports, with the filters and
cursors of the GraphQL report fields (reports.read).

Each answers one page as flat rows (one value per column; amounts as decimal strings in
the report's currency; the documents and refunds a row comes from as ids), so the JSON
and the CSV forms hold the same rows. ``Accept: text/csv`` streams the page as CSV; the
header figures (opening, closing, totals) and the next cursor come in ``X-Report-*``
headers there (``X-Report-Next-Cursor``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import AsyncIterator, Iterable
from datetime import date
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic.alias_generators import to_camel
from starlette.responses import Response
from tortoise.models import Model

from app.rest import models as m
from app.rest.deps import REPORT, Actor, Where
from app.rest.guard import wants_csv
from app.rest.paging import After, ReportFirst, next_link
from app.services.money import format_minor
from app.services.reports import bank, customers, ledger, sales

router = APIRouter(prefix="/reports", tags=["reports"], dependencies=[REPORT])

RecordId = Annotated[int, Path(ge=1, le=m.MAX_ID, description="A record number.")]
DateFrom = Annotated[date, Query(alias="dateFrom")]
DateTo = Annotated[date, Query(alias="dateTo")]
Currency = Annotated[str | None, Query(max_length=3)]
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The page as JSON, or as CSV with Accept: text/csv.",
        "content": {"text/csv": {"schema": {"type": "string"}}},
    }
}
# Figures that count things rather than money.
_COUNTS = frozenset({"documents", "invoices"})


def _cell(value: Any) -> m.Cell:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Model):
        return int(value.pk)
    if isinstance(value, bool | int | str) or value is None:
        return value
    return str(value)


def flat(obj: Any, currency: str, prefix: str = "") -> dict[str, m.Cell]:
    """One flat row of a report's dataclass or named tuple: ``*_minor`` as amounts in ``currency``
    (computed ``*_minor`` properties too), related rows as their ids, dicts spread out;
    lists are left to the caller (they are the report's rows)."""
    row: dict[str, m.Cell] = {}
    named: tuple[str, ...] | None = getattr(obj, "_fields", None)  # a named tuple's
    fields = list(named) if named is not None else [f.name for f in dataclasses.fields(obj)]
    names = fields + [
        name
        for name in dir(type(obj))
        if name.endswith("_minor") and isinstance(getattr(type(obj), name), property)
    ]
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, list):
            continue
        key = prefix + name
        if isinstance(value, dict):
            for sub, each in value.items():
                minor = name.endswith("_minor") or sub not in _COUNTS
                label = f"{key.removesuffix('_minor')}_{sub}"
                row[to_camel(label)] = format_minor(each, currency) if minor else each
        elif dataclasses.is_dataclass(value):
            row.update(flat(value, currency, prefix=f"{key}_"))
        elif isinstance(value, Model):
            row[to_camel(f"{key}_id")] = int(value.pk)
        elif name.endswith("_minor") and isinstance(value, int):
            row[to_camel(key.removesuffix("_minor"))] = format_minor(value, currency)
        else:
            row[to_camel(key)] = _cell(value)
    return row


def _columns(rows: Iterable[dict[str, m.Cell]]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


async def _csv(columns: list[str], rows: list[dict[str, m.Cell]]) -> AsyncIterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for i, row in enumerate(rows, start=1):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        if i % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _answer(
    request: Request,
    name: str,
    summary: dict[str, m.Cell],
    rows: list[dict[str, m.Cell]],
    cursor: str | None,
) -> m.Report | Response:
    columns = _columns(rows)
    if wants_csv(request.headers.get("accept")):
        headers = {
            "Content-Disposition": f'attachment; filename="{name}.csv"',
            "X-Report-Summary": json.dumps(summary, separators=(",", ":")),
        }
        if cursor is not None:
            headers["X-Report-Next-Cursor"] = cursor
            headers["Link"] = f'<{next_link(request, cursor)}>; rel="next"'
        return StreamingResponse(
            _csv(columns, rows), media_type="text/csv; charset=utf-8", headers=headers
        )
    return m.Report(
        report=name,
        summary=summary,
        columns=columns,
        rows=rows,
        next=next_link(request, cursor),
        next_cursor=cursor,
    )


def _next(has_next_page: bool, end_cursor: str | None) -> str | None:
    return end_cursor if has_next_page else None


@router.get(
    "/ar-ledger/{customer_id}",
    summary="AR ledger: a customer's AR transactions with running balance",
    responses=CSV_RESPONSE,
)
async def ar_ledger(
    request: Request,
    customer_id: RecordId,
    actor: Actor,
    where: Where,
    date_from: DateFrom,
    date_to: DateTo,
    currency: Currency = None,
    first: ReportFirst = 100,
    after: After = None,
) -> m.Report:
    page = await ledger.ar_ledger(
        actor,
        where,
        customer_id,
        date_from=date_from,
        date_to=date_to,
        currency=currency,
        first=first,
        after=after,
    )
    summary = {"customerId": customer_id, **flat(page, page.currency)}
    rows = [flat(line, page.currency) for line in page.lines]
    return _answer(  # type: ignore[return-value]
        request, "ar-ledger", summary, rows, _next(page.has_next_page, page.end_cursor)
    )


@router.get(
    "/ar-statement/{customer_id}",
    summary="AR statement: opening balance, activity, closing balance and aging",
    responses=CSV_RESPONSE,
)
async def ar_statement(
    request: Request,
    customer_id: RecordId,
    actor: Actor,
    where: Where,
    date_from: DateFrom,
    date_to: DateTo,
    currency: Currency = None,
    first: ReportFirst = 100,
    after: After = None,
) -> m.Report:
    statement = await ledger.ar_statement(
        actor,
        where,
        customer_id,
        date_from=date_from,
        date_to=date_to,
        currency=currency,
        first=first,
        after=after,
    )
    page = statement.ledger
    summary = {
        "customerId": customer_id,
        **flat(page, page.currency),
        **flat(statement.aging, page.currency, prefix="aging_"),
    }
    rows = [flat(line, page.currency) for line in page.lines]
    return _answer(  # type: ignore[return-value]
        request, "ar-statement", summary, rows, _next(page.has_next_page, page.end_cursor)
    )


def _customer_cells(customer_id: int, code: str) -> dict[str, m.Cell]:
    return {"customerId": customer_id, "customerCode": code}


@router.get(
    "/customer-reconciliation",
    summary="Customer reconciliation: AR subledger against the GL AR control account",
    responses=CSV_RESPONSE,
)
async def customer_reconciliation(
    request: Request,
    actor: Actor,
    where: Where,
    first: ReportFirst = 100,
    after: After = None,
    only_differences: Annotated[bool, Query(alias="onlyDifferences")] = False,
) -> m.Report:
    page = await customers.customer_reconciliation(
        actor, where, first=first, after=after, only_differences=only_differences
    )
    rows = [
        _customer_cells(row.customer.id, row.customer.code) | flat(balance, balance.currency)
        for row in page.rows
        for balance in row.balances
    ]
    summary: dict[str, m.Cell] = {}
    for total in page.totals:
        for key, value in flat(total, total.currency).items():
            if key != "currency":
                summary[f"{total.currency}.{key}"] = value
    return _answer(  # type: ignore[return-value]
        request,
        "customer-reconciliation",
        summary,
        rows,
        _next(page.has_next_page, page.end_cursor),
    )


@router.get(
    "/bank-register/{bank_account_id}",
    summary="Bank register: deposits and withdrawals with running balance",
    responses=CSV_RESPONSE,
)
async def bank_register(
    request: Request,
    bank_account_id: RecordId,
    actor: Actor,
    where: Where,
    date_from: DateFrom,
    date_to: DateTo,
    first: ReportFirst = 100,
    after: After = None,
) -> m.Report:
    page = await bank.bank_register(
        actor,
        where,
        bank_account_id,
        date_from=date_from,
        date_to=date_to,
        first=first,
        after=after,
    )
    currency = page.bank.currency
    summary = {"currency": currency, **flat(page, currency)}
    rows = [flat(item, currency) for item in page.items]
    return _answer(  # type: ignore[return-value]
        request, "bank-register", summary, rows, _next(page.has_next_page, page.end_cursor)
    )


@router.get(
    "/bank-reconciliation/{bank_account_id}",
    summary="Bank reconciliation: cleared and uncleared items at a statement date",
    responses=CSV_RESPONSE,
)
async def bank_reconciliation(
    request: Request,
    bank_account_id: RecordId,
    actor: Actor,
    where: Where,
    statement_date: Annotated[date, Query(alias="statementDate")],
    statement_balance: Annotated[
        str, Query(alias="statementBalance", max_length=40, description="A decimal string.")
    ],
    status: bank.ClearedStatus = bank.ClearedStatus.UNCLEARED,
    first: ReportFirst = 100,
    after: After = None,
) -> m.Report:
    rec = await bank.bank_reconciliation(
        actor,
        where,
        bank_account_id,
        statement_date=statement_date,
        statement_balance=statement_balance,
        status=status,
        first=first,
        after=after,
    )
    currency = rec.bank.currency
    summary = {"currency": currency, **flat(rec, currency)}
    rows = [flat(item, currency) for item in rec.items]
    return _answer(  # type: ignore[return-value]
        request, "bank-reconciliation", summary, rows, _next(rec.has_next_page, rec.end_cursor)
    )


@router.get(
    "/sales-register",
    summary="Sales register: invoices and adjustments, with what was refunded from each",
    responses=CSV_RESPONSE,
)
async def sales_register(
    request: Request,
    actor: Actor,
    where: Where,
    date_from: DateFrom,
    date_to: DateTo,
    currency: Currency = None,
    first: ReportFirst = 100,
    after: After = None,
) -> m.Report:
    register = await sales.sales_register(
        actor,
        where,
        date_from=date_from,
        date_to=date_to,
        currency=currency,
        first=first,
        after=after,
    )
    summary = _totals(register.totals)
    rows = [flat(line, line.currency) for line in register.lines]
    return _answer(  # type: ignore[return-value]
        request,
        "sales-register",
        summary,
        rows,
        _next(register.has_next_page, register.end_cursor),
    )


def _totals(totals: list[sales.CurrencyTotals]) -> dict[str, m.Cell]:
    summary: dict[str, m.Cell] = {}
    for total in totals:
        for key, value in total.amounts.items():
            summary[f"{total.currency}.{key}"] = (
                value if key in _COUNTS else format_minor(value, total.currency)
            )
    return summary


@router.get(
    "/invoice-analysis",
    summary="Invoice analysis: total, paid, credited, refunded, balance and status",
    responses=CSV_RESPONSE,
)
async def invoice_analysis(
    request: Request,
    actor: Actor,
    where: Where,
    date_from: DateFrom,
    date_to: DateTo,
    customer_id: Annotated[int | None, Query(alias="customerId", ge=1, le=m.MAX_ID)] = None,
    first: ReportFirst = 100,
    after: After = None,
) -> m.Report:
    analysis = await sales.invoice_analysis(
        actor,
        where,
        date_from=date_from,
        date_to=date_to,
        customer_id=customer_id,
        first=first,
        after=after,
    )
    rows = [flat(line, line.currency) for line in analysis.invoices]
    return _answer(  # type: ignore[return-value]
        request,
        "invoice-analysis",
        _totals(analysis.totals),
        rows,
        _next(analysis.has_next_page, analysis.end_cursor),
    )
