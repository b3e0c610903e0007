"""The dataset of ``bench.graphql_hot``, made through the app's own services and factories.

A company (tests.factories.build_world: entities US01 in USD and EU01 in EUR, accounts,
journals, bank accounts), then in US01:

- ``X-20``: one customer with 20 eligible credits (credit memos and advances, some held in
  part by a draft refund);
- ``X-2000``: one customer with 2,000 eligible credits;
- ``A-00`` .. ``A-49``: 50 customers, each with two invoices (one partly paid), a credit
  memo and an advance: balances, credits and documents for the customers list;
- ``partner``: an ar_clerk restricted to US01, with one API token (what a partner
  integration holds).

Documents are posted a few at a time concurrently (different customers, so no lock is
shared); building it takes about a minute on a 2-core machine.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from tortoise import Tortoise

from app.db import init_orm
from app.services import credits, refunds, users
from app.settings import Settings
from models import Customer
from tests import factories

START = date(2026, 1, 5)
LIST_CUSTOMERS = 50
SMALL_CREDITS = 20
LARGE_CREDITS = 2_000
CONCURRENCY = 4


@dataclass(frozen=True, slots=True)
class Dataset:
    token: str
    entity_code: str
    small_customer_id: int
    large_customer_id: int
    list_customers: int
    documents: int


def _amount(n: int) -> str:
    return str(Decimal(1_000 + (n * 7919) % 90_000) / 100)


async def _in_batches(work: list[Callable[[], Awaitable[object]]]) -> None:
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(job: Callable[[], Awaitable[object]]) -> None:
        async with gate:
            await job()

    await asyncio.gather(*(one(job) for job in work))


def _credit_jobs(
    world: factories.World, code: str, count: int
) -> list[Callable[[], Awaitable[object]]]:
    """``count`` credits of ``code``: credit memos and advances, alternately, over a year."""
    jobs: list[Callable[[], Awaitable[object]]] = []
    for n in range(count):
        day = START + timedelta(days=n % 330)
        number, amount = f"{code}-{n:05d}", _amount(n)
        if n % 2:
            jobs.append(partial(factories.advance, world, code, f"AD{number}", amount, on=day))
        else:
            jobs.append(
                partial(factories.adjustment, world, code, f"CM{number}", f"-{amount}", on=day)
            )
    return jobs


async def _list_customer(world: factories.World, code: str, n: int) -> None:
    day = START + timedelta(days=n)
    first = await factories.invoice(world, code, f"IN{code}-1", _amount(n), "25.00", on=day)
    await factories.invoice(world, code, f"IN{code}-2", _amount(n + 1), on=day + timedelta(1))
    await factories.payment(
        world, code, f"PY{code}", "10.00", applications={first: "10.00"}, on=day + timedelta(2)
    )
    await factories.adjustment(world, code, f"CM{code}", f"-{_amount(n + 2)}", on=day)
    await factories.advance(world, code, f"AD{code}", _amount(n + 3), on=day + timedelta(3))


async def _hold_with_draft(world: factories.World, customer: Customer) -> None:
    """A draft refund selecting part of two credits: heldByDrafts and available differ."""
    await factories.enable_refunds(world)
    scope = world.scope("US01")
    found = await credits.refundable_credits(world.actor, scope, [customer.id], "USD")
    await refunds.create_draft(
        world.actor,
        scope,
        refunds.RefundInput(
            customer_id=customer.id,
            bank_account_id=world.banks["US-OPER"].id,
            currency="USD",
            payment_date=START + timedelta(days=340),
            reference="bench draft",
        ),
        [refunds.AllocationInput(credit_id=c.id, amount="1.00") for c in found[customer.id][:2]],
    )


async def build() -> Dataset:
    """Everything above, in the database Tortoise is connected to (migrated, empty)."""
    world = await factories.build_world()
    us = world.us
    for code in ("X-20", "X-2000", *(f"A-{n:02d}" for n in range(LIST_CUSTOMERS))):
        world.customers[code] = await Customer.create(code=code, name=f"Customer {code}", entity=us)
    jobs = _credit_jobs(world, "X-20", SMALL_CREDITS) + _credit_jobs(world, "X-2000", LARGE_CREDITS)
    jobs += [partial(_list_customer, world, f"A-{n:02d}", n) for n in range(LIST_CUSTOMERS)]
    await _in_batches(jobs)
    await _hold_with_draft(world, world.customers["X-20"])
    await users.create_user(
        "partner", display_name="Partner API", roles=("ar_clerk",), entity_codes=["US01"]
    )
    token = (await users.issue_token("partner", "bench")).secret
    return Dataset(
        token=token,
        entity_code="US01",
        small_customer_id=world.customers["X-20"].id,
        large_customer_id=world.customers["X-2000"].id,
        list_customers=LIST_CUSTOMERS,
        documents=SMALL_CREDITS + LARGE_CREDITS + 5 * LIST_CUSTOMERS,
    )


async def reopen(url: str) -> Dataset:
    """The dataset of a database built before (``--keep-db``), with a new partner token."""
    await init_orm(Settings(database_url=url, log_level="WARNING"))
    try:
        small = await Customer.get(code="X-20")
        large = await Customer.get(code="X-2000")
        token = (await users.issue_token("partner", "bench")).secret
    finally:
        await Tortoise.close_connections()
    return Dataset(
        token=token,
        entity_code="US01",
        small_customer_id=small.id,
        large_customer_id=large.id,
        list_customers=LIST_CUSTOMERS,
        documents=SMALL_CREDITS + LARGE_CREDITS + 5 * LIST_CUSTOMERS,
    )
