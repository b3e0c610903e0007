"""Import runs: who imported which file when and with what result, the keys each run
created objects under (so the same file imported again finds them), and undoing a run.

The CSV layer (``app/csv``) reads files and calls the domain services row group by row
group; this module keeps the books of the imports themselves.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tortoise import connections
from tortoise.exceptions import IntegrityError

from app.db import DEFAULT
from app.services import refunds
from app.services.access import Principal, Scope
from app.services.errors import AlreadyExists, DomainError, NotFound
from app.services.sql import writes_to_postgres
from app.services.transactions import atomic
from models import ImportedRecord, ImportErrorChunk, ImportRun, Refund
from models.enums import Permission, RefundState


@dataclass(frozen=True, slots=True)
class Counts:
    rows_read: int = 0
    created: int = 0
    posted: int = 0
    updated: int = 0
    skipped: int = 0
    refused: int = 0


def scope_key(scope: Scope) -> str:
    """Keys of a file are unique per scope: the entity's code, or "" at the top level."""
    return scope.entity.code if scope.entity is not None else ""


async def start_run(actor: Principal, scope: Scope, kind: str, file_name: str) -> ImportRun:
    actor.require(Permission.DATA_IMPORT)
    return await ImportRun.create(
        kind=kind,
        file_name=file_name[:255],
        entity_id=scope.entity.id if scope.entity is not None else None,
        created_by_id=actor.user_id,
    )


# Objects an import writes before PostgreSQL's statistics are refreshed at once (ANALYZE):
# below it, autovacuum's next pass is soon enough.
ANALYZE_AFTER_OBJECTS = 1_000


async def finish_run(run: ImportRun, counts: Counts) -> ImportRun:
    run.rows_read, run.created, run.posted = counts.rows_read, counts.created, counts.posted
    run.updated, run.skipped, run.refused = counts.updated, counts.skipped, counts.refused
    run.finished_at = datetime.now(UTC)
    await run.save()
    if counts.created + counts.posted + counts.updated >= ANALYZE_AFTER_OBJECTS:
        await refresh_statistics()
    return run


async def refresh_statistics() -> None:
    """After a bulk load the planner must see the tables as they now are: until autovacuum's
    next pass (a minute, or never where it is off) it plans with the old statistics, and a
    company imported into an empty database had its customer reconciliation run a nested
    loop (0.55 s instead of 0.1 s on 2,640 journal lines). SQLite plans without them."""
    if writes_to_postgres():
        await connections.get(DEFAULT).execute_script("ANALYZE")


async def imported_object(kind: str, scope: Scope, key: str) -> int | None:
    """The object an earlier run created under this key, if any."""
    record = await ImportedRecord.get_or_none(
        kind=kind, scope_key=scope_key(scope), external_key=key
    )
    return int(record.object_id) if record is not None else None


async def imported_objects(kind: str, scope: Scope, keys: Collection[str]) -> dict[str, int]:
    """The objects earlier runs created under any of these keys, in one query."""
    if not keys:
        return {}
    rows = await ImportedRecord.filter(
        kind=kind, scope_key=scope_key(scope), external_key__in=list(keys)
    ).values_list("external_key", "object_id")
    return {str(key): int(object_id) for key, object_id in rows}


class AlreadyImported(AlreadyExists):
    pass


async def remember(
    run: ImportRun | None, kind: str, scope: Scope, key: str, object_id: int
) -> None:
    """Record the key, in the transaction that created the object; a concurrent import of
    the same key loses here and its whole row group is rolled back."""
    if run is None:  # a dry run records nothing
        return
    try:
        await ImportedRecord.create(
            run_id=run.id,
            kind=kind,
            scope_key=scope_key(scope),
            external_key=key,
            object_id=object_id,
        )
    except IntegrityError:
        raise AlreadyImported(
            f"{key!r} was imported by another run at the same time.", field="key"
        ) from None


async def list_runs(actor: Principal, scope: Scope, *, limit: int = 50) -> list[ImportRun]:
    """The newest runs of the scope (every scope at the top level)."""
    actor.require(Permission.DATA_IMPORT)
    query = ImportRun.all()
    if scope.entity is not None:
        query = query.filter(entity_id=scope.entity.id)
    return await query.order_by("-id").limit(limit)


def _visible(run: ImportRun | None, scope: Scope) -> bool:
    """A run is seen in the scope it was imported in, and from the top level (which only a
    user unrestricted to entities may work at), as ``list_runs`` lists them."""
    return run is not None and (scope.entity is None or run.entity_id == scope.entity.id)


async def get_run(actor: Principal, scope: Scope, run_id: int) -> ImportRun:
    """One run the actor may see here; another scope's run is NOT_FOUND, as a missing one."""
    actor.require(Permission.DATA_IMPORT)
    run = await ImportRun.get_or_none(id=run_id)
    if run is None or not _visible(run, scope):
        raise NotFound(f"No import run {run_id} here.", field="run")
    return run


# Characters per stored piece of an error file: storing and serving it never hold more.
ERROR_CHUNK_CHARS = 256 * 1024


async def store_error_file(run: ImportRun, path: Path) -> int:
    """Keep a run's error file (as the importer wrote it) in the database, so any app
    process can serve it; the number of pieces stored."""
    seq = 0
    with path.open(encoding="utf-8", newline="") as handle:
        async with atomic():
            while piece := handle.read(ERROR_CHUNK_CHARS):
                await ImportErrorChunk.create(run_id=run.id, seq=seq, content=piece)
                seq += 1
    return seq


async def has_error_file(run_ids: list[int]) -> set[int]:
    """Which of these runs have an error file (one query)."""
    if not run_ids:
        return set()
    found = await ImportErrorChunk.filter(run_id__in=run_ids, seq=0).values("run_id")
    return {int(row["run_id"]) for row in found}


async def error_file(actor: Principal, scope: Scope, run_id: int) -> AsyncIterator[str]:
    """A run's error file, piece by piece (NOT_FOUND when the run refused no row)."""
    run = await get_run(actor, scope, run_id)
    if not await has_error_file([run.id]):
        raise NotFound(f"Import run {run_id} refused no row: it has no error file.", field="run")

    async def pieces() -> AsyncIterator[str]:
        seq = 0
        while True:
            chunk = await ImportErrorChunk.get_or_none(run_id=run.id, seq=seq)
            if chunk is None:
                return
            yield chunk.content
            seq += 1

    return pieces()


@dataclass(frozen=True, slots=True)
class Undone:
    voided: int
    deleted: int
    already_voided: int


async def undo_run(
    actor: Principal, scope: Scope, run_id: int, *, void_date: date, reason: str
) -> Undone:
    """Void every posted refund the run created (each an ordinary void: a reversing entry on
    ``void_date``, its amounts back on the credits) and delete its drafts. Refunds voided
    since are left alone; running it again finds nothing more to do."""
    actor.require(Permission.DATA_IMPORT)
    run = await ImportRun.get_or_none(id=run_id)
    # A run is undone in the scope it was imported in (its refunds live there).
    if run is None or run.entity_id != (scope.entity.id if scope.entity is not None else None):
        raise NotFound(f"No import run {run_id} here.", field="run")
    if run.kind != "customer-refunds":
        raise DomainError(
            "Only refund imports can be undone; master data stays as it is.", field="run"
        )
    records = await ImportedRecord.filter(run_id=run.id).order_by("id")
    voided = deleted = already = 0
    for record in records:
        refund = await Refund.get_or_none(id=record.object_id)
        if refund is None:
            continue  # a draft deleted since
        if refund.state == RefundState.POSTED:
            await refunds.void(
                actor,
                scope,
                refund.id,
                void_date=void_date,
                reason=reason,
                idempotency_key=f"undo-import-{run.id}-{refund.id}",
            )
            voided += 1
        elif refund.state == RefundState.DRAFT:
            await refunds.delete_draft(actor, scope, refund.id, refund.version)
            deleted += 1
        else:
            already += 1
    async with atomic():
        run.undone_at = datetime.now(UTC)
        run.undo_void_date = void_date
        await run.save(update_fields=["undone_at", "undo_void_date"])
    return Undone(voided=voided, deleted=deleted, already_voided=already)
