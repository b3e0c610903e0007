"""Reads from a PostgreSQL streaming replica, when that cannot show a client stale data.

With ``DATABASE_REPLICA_URL`` set, Tortoise has a second connection, ``replica``. Nothing
reads from it unless a request allows it (``use_replica``): GraphQL queries and REST
``GET``s do, mutations and other writes never. Within such a request:

- every read outside a transaction goes to the replica: ORM queries through
  ``ReadReplicaRouter``, report SQL through ``read_connection()``;
- everything in a transaction, and every write, goes to the primary.

Whether a request may read from the replica is decided once, when it starts
(``ReplicaRouting.choose``), in this order:

1. the replica failed to answer within ``HEALTH_TIMEOUT_SECONDS`` less than
   ``DATABASE_REPLICA_RETRY_SECONDS`` ago, or fails now: the primary (``UNAVAILABLE``);
2. it is not in recovery (a promoted or mistaken server, no longer following the primary):
   the primary (``NOT_A_REPLICA``);
3. it is more than ``DATABASE_REPLICA_MAX_LAG_SECONDS`` behind: the primary (``LAGGING``);
4. read-your-writes: the requesting user wrote through this process, or the client sends
   ``X-Read-After-LSN`` (the ``writeLsn`` of one of its writes), and the replica has not
   replayed that position of the primary's WAL yet: the primary (``RECENT_WRITE``);
5. otherwise the replica.

After every write request the primary's current WAL position (``pg_current_wal_lsn()``,
which is at or past the write's commit record) is remembered for the user in this process
and returned to the client (``extensions.replica.writeLsn``, REST ``X-Write-LSN``). A
process cannot know another's writes: behind a load balancer or with ``serve --workers N``,
clients that must read their own writes send that value back as ``X-Read-After-LSN``.

Lag is the replica's own measure: 0 when it has replayed everything it received, otherwise
the time since the last transaction it replayed was committed on the primary.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient

from app.db import DEFAULT, REPLICA, is_database_unavailable
from app.log import error_summary, get_logger
from app.settings import Settings

log = get_logger("app.replica")

# Whether the running request may read from the replica (set per request, never globally).
_reads_on_replica: ContextVar[bool] = ContextVar("reads_on_replica", default=False)

READ_AFTER_LSN_HEADER = "X-Read-After-LSN"
WRITE_LSN_HEADER = "X-Write-LSN"

_LSN = re.compile(r"^([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})$")


def parse_lsn(text: str | None) -> int | None:
    """A PostgreSQL LSN (``16/B374D848``) as a number; None for anything else."""
    match = _LSN.match((text or "").strip())
    if match is None:
        return None
    return (int(match.group(1), 16) << 32) | int(match.group(2), 16)


def format_lsn(value: int) -> str:
    return f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"


def use_replica(allowed: bool) -> Token[bool]:
    """Let (or forbid) this request's reads go to the replica; reset with the token."""
    return _reads_on_replica.set(allowed)


def reset_replica(token: Token[bool]) -> None:
    _reads_on_replica.reset(token)


def _reads_go_to_replica() -> bool:
    if not _reads_on_replica.get():
        return False
    # Inside a transaction the primary's connection is the transaction's: every read there
    # must see what the transaction sees.
    return not isinstance(connections.get(DEFAULT), TransactionalDBClient)


def read_connection() -> BaseDBAsyncClient:
    """Where a read-only statement of this request runs: the replica when allowed, else the
    primary (inside a transaction: the transaction's connection)."""
    client: BaseDBAsyncClient = connections.get(REPLICA if _reads_go_to_replica() else DEFAULT)
    return client


class ReadReplicaRouter:
    """Tortoise's router (``config["routers"]``): ORM reads follow ``read_connection``,
    writes always go to the primary."""

    def db_for_read(self, model: type) -> str:
        return REPLICA if _reads_go_to_replica() else DEFAULT

    def db_for_write(self, model: type) -> str:
        return DEFAULT


@dataclass(frozen=True, slots=True)
class ReadRoute:
    """Where one request reads, and how far behind the replica was."""

    used: bool
    lag_seconds: float | None = None
    reason: str | None = None  # why not the replica: UNAVAILABLE, NOT_A_REPLICA, LAGGING, ...

    def extension(self) -> dict[str, Any]:
        return {"used": self.used, "lagSeconds": self.lag_seconds, "reason": self.reason}

    def headers(self) -> dict[str, str]:
        headers = {"X-Replica-Used": "true" if self.used else "false"}
        if self.lag_seconds is not None:
            headers["X-Replica-Lag-Seconds"] = f"{self.lag_seconds:.3f}"
        if self.reason is not None:
            headers["X-Replica-Reason"] = self.reason
        return headers


_PROBE = """
SELECT pg_is_in_recovery() AS standby,
       pg_last_wal_replay_lsn()::text AS replay_lsn,
       CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
            ELSE EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp())
       END AS lag_seconds
"""


@dataclass(frozen=True, slots=True)
class ReplicaStatus:
    standby: bool
    replay_lsn: int | None
    lag_seconds: float | None


class ReplicaRouting:
    """One per app (per process): the replica's health and each user's last write."""

    def __init__(
        self,
        *,
        max_lag_seconds: float,
        retry_seconds: float,
        probe_timeout_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_lag_seconds = max_lag_seconds
        self.retry_seconds = retry_seconds
        self.probe_timeout_seconds = probe_timeout_seconds
        self._clock = clock
        self._down_until = 0.0
        # user id -> the primary's WAL position after that user's last write here.
        self._writes: dict[int, int] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> ReplicaRouting | None:
        if not settings.database_replica_url:
            return None
        return cls(
            max_lag_seconds=settings.database_replica_max_lag_seconds,
            retry_seconds=settings.database_replica_retry_seconds,
            probe_timeout_seconds=settings.health_timeout_seconds,
        )

    async def choose(self, user_id: int | None, read_after: str | None = None) -> ReadRoute:
        """Where a read-only request of this user reads (see the module's rule)."""
        if self._clock() < self._down_until:
            return ReadRoute(used=False, reason="UNAVAILABLE")
        try:
            status = await self._probe()
        except Exception as error:
            if not is_database_unavailable(error):
                log.error("replica.probe_failed", error=error_summary(error))
            else:
                log.warning("replica.unavailable", error=error_summary(error))
            self._down_until = self._clock() + self.retry_seconds
            return ReadRoute(used=False, reason="UNAVAILABLE")
        return self.decide(status, user_id, parse_lsn(read_after))

    def decide(
        self, status: ReplicaStatus, user_id: int | None, read_after: int | None
    ) -> ReadRoute:
        lag = status.lag_seconds
        if not status.standby or status.replay_lsn is None:
            return ReadRoute(used=False, reason="NOT_A_REPLICA")
        if lag is None or lag > self.max_lag_seconds:
            return ReadRoute(used=False, lag_seconds=lag, reason="LAGGING")
        written = self._writes.get(user_id, 0) if user_id is not None else 0
        if max(written, read_after or 0) > status.replay_lsn:
            return ReadRoute(used=False, lag_seconds=lag, reason="RECENT_WRITE")
        if written and user_id is not None:
            # Replayed: this user's writes are on the replica; nothing more to remember.
            self._writes.pop(user_id, None)
        return ReadRoute(used=True, lag_seconds=lag)

    async def record_write(self, user_id: int | None) -> str | None:
        """After a write request: the primary's WAL position, remembered for this user.

        The write is done (or failed) by then, so a failure here must not change its
        answer: it is logged, and the position is unknown (None)."""
        try:
            _, rows = await connections.get(DEFAULT).execute_query(
                "SELECT pg_current_wal_lsn()::text AS lsn"
            )
        except Exception as error:
            log.warning("replica.write_position_unknown", error=error_summary(error))
            return None
        lsn = parse_lsn(str(rows[0]["lsn"])) or 0
        if user_id is not None:
            self._writes[user_id] = max(self._writes.get(user_id, 0), lsn)
        return format_lsn(lsn)

    async def _probe(self) -> ReplicaStatus:
        probe = asyncio.ensure_future(connections.get(REPLICA).execute_query(_PROBE))
        done, _ = await asyncio.wait({probe}, timeout=self.probe_timeout_seconds)
        if not done:
            # A frozen replica: not waited for (the statement times out on its own).
            probe.cancel()
            probe.add_done_callback(lambda task: task.cancelled() or task.exception())
            raise TimeoutError(
                f"the replica did not answer within {self.probe_timeout_seconds:g} s"
            )
        _, rows = probe.result()
        row = rows[0]
        lag = row["lag_seconds"]
        return ReplicaStatus(
            standby=bool(row["standby"]),
            replay_lsn=parse_lsn(row["replay_lsn"]),
            # Not money: a duration shown to people, to the millisecond.
            lag_seconds=None if lag is None else round(float(Decimal(str(lag))), 3),
        )
