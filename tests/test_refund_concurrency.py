"""Refunds posted at the same moment from separate processes (separate connections) can
never refund a credit beyond what it holds. PostgreSQL only: SQLite runs one transaction
at a time, so it cannot race."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from typing import Any

import pytest

from app.services import credits, integrity, refunds, users
from app.settings import PROJECT_ROOT
from models import (
    ArCredit,
    CreditApplication,
    Customer,
    Invoice,
    JournalEntry,
    Refund,
    RefundAllocation,
)
from models.enums import RefundState
from tests.factories import World, advance, build_world, enable_refunds, invoice

pytestmark = pytest.mark.postgres_only

PROCESSES = 4
PER_PROCESS = 6  # 24 concurrent posts per round
ROUNDS = 5
ASK = "7.00"  # 24 x 7.00 = 168.00 asked of a 100.00 credit: 14 can win, 10 must lose


def _run_workers(database_url: str, specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Start one process per spec at once; collect every operation's outcome."""
    url = f"{database_url}?maxsize={PER_PROCESS + 2}"
    with tempfile.TemporaryDirectory() as tmp:
        processes = []
        for number, spec in enumerate(specs):
            path = os.path.join(tmp, f"spec{number}.json")
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(spec, handle)
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "tests.concurrency_worker", url, path],
                    cwd=PROJECT_ROOT,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env={**os.environ, "LOG_LEVEL": "WARNING"},
                )
            )
        outcomes = []
        for process in processes:
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
            outcomes.extend(json.loads(out))
    return outcomes


async def _round(world: World, database_url: str, round_no: int, *, drafts_first: bool) -> None:
    customer = await Customer.create(
        code=f"RACE-{round_no}-{drafts_first}", name="Racer", entity=world.us
    )
    world.customers[customer.code] = customer
    await advance(world, customer.code, f"ADV-R{round_no}-{drafts_first}", "100.00")
    credit = await ArCredit.get(customer=customer)
    total = PROCESSES * PER_PROCESS
    if drafts_first:
        # Drafts saved before anyone posted, together asking more than the credit holds
        # (as if saved while the credit was larger): only posting can stop them.
        operations = []
        for _ in range(total):
            draft = await Refund.create(
                entity=world.us,
                customer=customer,
                bank_account=world.banks["US-OPER"],
                currency="USD",
                payment_date=date(2026, 4, 1),
                total_minor=700,
                created_by_id=world.actor.user_id,
            )
            await RefundAllocation.create(refund=draft, credit=credit, amount_minor=700)
            operations.append({"kind": "post", "refund_id": draft.id})
    else:
        operations = [
            {
                "kind": "record",
                "customer_id": customer.id,
                "bank_account_id": world.banks["US-OPER"].id,
                "credit_id": credit.id,
                "amount": ASK,
                "payment_date": "2026-04-01",
            }
        ] * total
    start_at = time.time() + 2.0
    specs = [
        {
            "user_id": world.actor.user_id,
            "entity_id": world.us.id,
            "start_at": start_at,
            "operations": operations[n::PROCESSES],
        }
        for n in range(PROCESSES)
    ]
    outcomes = await asyncio.to_thread(_run_workers, database_url, specs)

    winners = [o for o in outcomes if "id" in o]
    losers = [o for o in outcomes if "error" in o]
    assert len(winners) == 14, outcomes
    assert Counter(o["error"] for o in losers) == {"AMOUNT_EXCEEDS_AVAILABLE": 10}, outcomes
    refunded = await Refund.filter(customer=customer, state=RefundState.POSTED)
    assert sum(r.total_minor for r in refunded) == 9800
    assert (await ArCredit.get(id=credit.id)).open_minor == 200
    assert (
        await JournalEntry.filter(
            source_type="refund", source_id__in=[r.id for r in refunded]
        ).count()
        == 14
    )


async def test_concurrent_posts_never_refund_a_credit_beyond_what_it_holds(
    db: None, database_url: str
) -> None:
    user = await users.create_user("racer", roles=("ar_clerk",))
    world = await build_world(user.id)
    await enable_refunds(world)
    for round_no in range(ROUNDS):
        await _round(world, database_url, round_no, drafts_first=round_no % 2 == 0)
    # Every winner of every round has a number; together they are unique and gap-free.
    numbers = sorted(
        int(str(number))
        for number in await Refund.filter(state=RefundState.POSTED).values_list(
            "sequence_number", flat=True
        )
    )
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) == 14 * ROUNDS
    assert await integrity.find_problems() == []


async def test_drafts_saved_while_others_post_never_hold_more_than_is_available(
    db: None, database_url: str
) -> None:
    """Saving drafts races posting on the same credit: no deadlock, and drafts never hold
    more than the credit has left."""
    user = await users.create_user("racer", roles=("ar_clerk",))
    world = await build_world(user.id)
    await enable_refunds(world)
    await advance(world, "C-US", "ADV-R", "100.00")
    credit = await ArCredit.get(document_number="ADV-R")
    actor = await users.principal_of(user)
    bank = world.banks["US-OPER"].id
    common = {
        "customer_id": world.customers["C-US"].id,
        "bank_account_id": bank,
        "credit_id": credit.id,
        "amount": ASK,
        "payment_date": "2026-04-01",
    }
    posts = []
    for _ in range(8):  # 8 x 7.00 held by drafts saved beforehand
        draft = await refunds.create_draft(
            actor,
            world.scope("US01"),
            refunds.RefundInput(
                customer_id=world.customers["C-US"].id,
                bank_account_id=bank,
                currency="USD",
                payment_date=date(2026, 4, 1),
            ),
            [refunds.AllocationInput(credit.id, ASK)],
        )
        posts.append({"kind": "post", "refund_id": draft.id})
    # 44.00 stays available whatever the interleaving (a post moves 7.00 from held to
    # refunded): of 16 new 7.00 drafts, exactly 6 fit.
    operations = posts + [{"kind": "draft", **common}] * 16
    start_at = time.time() + 2.0
    specs = [
        {
            "user_id": user.id,
            "entity_id": world.us.id,
            "start_at": start_at,
            "operations": operations[n::PROCESSES],
        }
        for n in range(PROCESSES)
    ]
    outcomes = await asyncio.to_thread(_run_workers, database_url, specs)

    assert Counter("error" in o for o in outcomes) == {False: 14, True: 10}, outcomes
    assert {o["error"] for o in outcomes if "error" in o} == {"AMOUNT_EXCEEDS_AVAILABLE"}
    assert await Refund.filter(state=RefundState.POSTED).count() == 8
    assert await Refund.filter(state=RefundState.DRAFT).count() == 6
    fresh = await ArCredit.get(id=credit.id)
    held = await credits.held_by_drafts([credit.id])
    assert (fresh.open_minor, held[credit.id]) == (4400, 4200)
    assert await integrity.find_problems() == []


async def test_applications_and_refunds_racing_on_one_credit_never_exceed_it(
    db: None, database_url: str
) -> None:
    """12 credit applications and 12 refunds, 7.00 each, fired at once from 4 processes at
    one 100.00 credit: exactly 14 win, whichever they are, and the books stay sound."""
    user = await users.create_user("racer", roles=("ar_clerk",))
    world = await build_world(user.id)
    await enable_refunds(world)
    customer = world.customers["C-US"]
    await advance(world, customer.code, "ADV-RACE", "100.00")
    target = await invoice(world, customer.code, "INV-RACE", "500.00")
    credit = await ArCredit.get(document_number="ADV-RACE")
    common = {"credit_id": credit.id, "amount": ASK, "payment_date": "2026-04-01"}
    operations = [
        {"kind": "apply", "invoice_id": target, **common},
        {
            "kind": "record",
            "customer_id": customer.id,
            "bank_account_id": world.banks["US-OPER"].id,
            **common,
        },
    ] * (PROCESSES * PER_PROCESS // 2)
    start_at = time.time() + 2.0
    specs = [
        {
            "user_id": user.id,
            "entity_id": world.us.id,
            "start_at": start_at,
            "operations": operations[n::PROCESSES],
        }
        for n in range(PROCESSES)
    ]
    outcomes = await asyncio.to_thread(_run_workers, database_url, specs)

    winners = [o for o in outcomes if "id" in o]
    losers = [o for o in outcomes if "error" in o]
    assert len(winners) == 14, outcomes
    assert Counter(o["error"] for o in losers) == {"AMOUNT_EXCEEDS_AVAILABLE": 10}, outcomes
    applied = sum(1 for o in winners if o.get("kind") == "apply")
    assert (await ArCredit.get(id=credit.id)).open_minor == 200
    assert (await Invoice.get(id=target)).balance_due_minor == 50000 - 700 * applied
    assert await CreditApplication.filter(credit_id=credit.id).count() == applied
    assert await Refund.filter(state=RefundState.POSTED).count() == 14 - applied
    assert await integrity.find_problems() == []


async def test_everything_a_customer_posts_at_once_completes_without_deadlock(
    db: None, database_url: str
) -> None:
    """Invoices, credit memos, advances, payments applied to invoices, refunds and credit
    applications for one customer, 48 at once from 4 processes: each writes the same
    customer's maintained balances, in a different order of statements, so without one lock
    taken first they deadlock. Every one must complete, and the books add up to the cent."""
    user = await users.create_user("racer", roles=("ar_clerk",))
    world = await build_world(user.id)
    await enable_refunds(world)
    customer = world.customers["C-US"]
    await advance(world, customer.code, "ADV-BIG", "1000.00")
    credit = await ArCredit.get(document_number="ADV-BIG")
    target = await invoice(world, customer.code, "INV-BIG", "1000.00")
    rounds = 8
    to_pay = [await invoice(world, customer.code, f"INV-P{n}", "5.00") for n in range(rounds)]
    common = {
        "customer_id": customer.id,
        "bank_account_id": world.banks["US-OPER"].id,
        "credit_id": credit.id,
        "payment_date": "2026-04-01",
        "amount": "5.00",
    }
    operations: list[dict[str, Any]] = []
    for n in range(rounds):
        operations += [
            {**common, "kind": "advance", "number": f"ADV-{n}"},
            {**common, "kind": "credit_memo", "number": f"CM-{n}"},
            {**common, "kind": "invoice", "number": f"INV-{n}"},
            {**common, "kind": "payment", "number": f"PAY-{n}", "invoice_ids": [to_pay[n]]},
            {**common, "kind": "record"},
            {**common, "kind": "apply", "invoice_id": target},
        ]
    start_at = time.time() + 2.0
    specs = [
        {
            "user_id": user.id,
            "entity_id": world.us.id,
            "start_at": start_at,
            "operations": operations[n::PROCESSES],
        }
        for n in range(PROCESSES)
    ]
    outcomes = await asyncio.to_thread(_run_workers, database_url, specs)

    assert [o for o in outcomes if "id" not in o] == []
    assert len(outcomes) == 6 * rounds
    # 1000.00 less 8 refunds and 8 applications of 5.00 each.
    assert (await ArCredit.get(id=credit.id)).open_minor == 100_000 - 2 * rounds * 500
    assert (await Invoice.get(id=target)).balance_due_minor == 100_000 - rounds * 500
    assert all(i.balance_due_minor == 0 for i in await Invoice.filter(id__in=to_pay))
    assert await integrity.find_problems() == []
