"""A separate process posting refunds at the same moment as its siblings.

    python -m tests.concurrency_worker <database_url> <spec.json>

The spec names the actor, when to start (epoch seconds, so every process fires together)
and the operations to run concurrently on this process's own connection pool (refund posts,
drafts and create-and-posts, credit applications). Prints one JSON list: per operation the
refund's id and number (or the application's id), or the error code.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from tortoise import Tortoise

from app.db import PoolOptions, tortoise_config
from app.services import ar_documents, credit_applications, refunds
from app.services.access import Principal, Scope
from app.services.errors import DomainError
from app.services.users import principal_of
from models import Entity, User


def _document(operation: dict[str, Any]) -> dict[str, Any]:
    return {
        "customer_id": operation["customer_id"],
        "number": operation["number"],
        "document_date": date.fromisoformat(operation["payment_date"]),
        "currency": "USD",
    }


def _lines(operation: dict[str, Any], account: str) -> list[ar_documents.LineInput]:
    return [ar_documents.LineInput(amount=operation["amount"], gl_account_number=account)]


async def _invoice(actor: Principal, scope: Scope, operation: dict[str, Any]) -> int:
    data = ar_documents.InvoiceInput(**_document(operation), lines=_lines(operation, "4000"))
    return int((await ar_documents.post_invoice(actor, scope, data)).id)


async def _credit_memo(actor: Principal, scope: Scope, operation: dict[str, Any]) -> int:
    data = ar_documents.AdjustmentInput(
        **_document(operation), lines=_lines({"amount": f"-{operation['amount']}"}, "4900")
    )
    return int((await ar_documents.post_adjustment(actor, scope, data)).id)


def _receipt(operation: dict[str, Any]) -> ar_documents.ReceiptInput:
    return ar_documents.ReceiptInput(
        **_document(operation),
        amount=operation["amount"],
        bank_account_id=operation["bank_account_id"],
        applications=[
            ar_documents.ApplicationInput(invoice_id=invoice_id, amount=operation["amount"])
            for invoice_id in operation.get("invoice_ids", [])
        ],
    )


async def _payment(actor: Principal, scope: Scope, operation: dict[str, Any]) -> int:
    return int((await ar_documents.record_received_payment(actor, scope, _receipt(operation))).id)


async def _advance(actor: Principal, scope: Scope, operation: dict[str, Any]) -> int:
    return int((await ar_documents.record_advance(actor, scope, _receipt(operation))).id)


# Documents posted for a customer, racing its refunds and applications.
_DOCUMENTS: dict[str, Callable[[Principal, Scope, dict[str, Any]], Awaitable[int]]] = {
    "invoice": _invoice,
    "credit_memo": _credit_memo,
    "payment": _payment,
    "advance": _advance,
}


async def _run(database_url: str, spec: dict[str, Any]) -> list[dict[str, Any]]:
    # "pgbouncer": the URL is a PgBouncer in transaction mode (tests/test_pgbouncer.py).
    pool = PoolOptions(pgbouncer=True) if spec.get("pgbouncer") else None
    await Tortoise.init(config=tortoise_config(database_url, pool=pool))
    try:
        actor = await principal_of(await User.get(id=spec["user_id"]))
        scope = Scope(entity=await Entity.get(id=spec["entity_id"]))

        async def one(operation: dict[str, Any]) -> dict[str, Any]:
            try:
                if operation["kind"] in _DOCUMENTS:
                    return {"id": await _DOCUMENTS[operation["kind"]](actor, scope, operation)}
                if operation["kind"] == "apply":
                    application = await credit_applications.apply_credit(
                        actor,
                        scope,
                        credit_applications.ApplicationInput(
                            credit_id=operation["credit_id"],
                            invoice_id=operation["invoice_id"],
                            amount=operation["amount"],
                            applied_on=date.fromisoformat(operation["payment_date"]),
                        ),
                    )
                    return {"id": application.id, "kind": "apply"}
                if operation["kind"] == "post":
                    refund = await refunds.post(actor, scope, operation["refund_id"])
                elif operation["kind"] == "draft":
                    refund = await refunds.create_draft(
                        actor,
                        scope,
                        refunds.RefundInput(
                            customer_id=operation["customer_id"],
                            bank_account_id=operation["bank_account_id"],
                            currency="USD",
                            payment_date=date.fromisoformat(operation["payment_date"]),
                        ),
                        [refunds.AllocationInput(operation["credit_id"], operation["amount"])],
                    )
                else:
                    refund = await refunds.record(
                        actor,
                        scope,
                        refunds.RefundInput(
                            customer_id=operation["customer_id"],
                            bank_account_id=operation["bank_account_id"],
                            currency="USD",
                            payment_date=date.fromisoformat(operation["payment_date"]),
                        ),
                        [refunds.AllocationInput(operation["credit_id"], operation["amount"])],
                    )
            except DomainError as error:
                return {"error": error.code.value}
            return {
                "id": refund.id,
                "number": refund.number,
                "sequence_number": refund.sequence_number,
            }

        await asyncio.sleep(max(spec["start_at"] - time.time(), 0))
        return list(await asyncio.gather(*(one(op) for op in spec["operations"])))
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    url, spec_file = sys.argv[1], sys.argv[2]
    with open(spec_file, encoding="utf-8") as handle:
        results = asyncio.run(_run(url, json.load(handle)))
    sys.stdout.write(json.dumps(results))
