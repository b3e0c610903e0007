"""The REST API's side of the read replica (``app.db_replica`` has the rule): a ``GET`` or
``HEAD`` may read from the replica and says so in headers (``X-Replica-Used``,
``X-Replica-Lag-Seconds``, ``X-Replica-Reason``); any other method writes on the primary
and answers the primary's WAL position after it in ``X-Write-LSN``."""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.db_replica import (
    READ_AFTER_LSN_HEADER,
    WRITE_LSN_HEADER,
    ReplicaRouting,
    reset_replica,
    use_replica,
)

READ_METHODS = frozenset({"GET", "HEAD"})


class RestReadRouting:
    def __init__(self, app: ASGIApp, replica: ReplicaRouting) -> None:
        self.app = app
        self.replica = replica

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        principal = scope.get("state", {}).get("principal")
        if scope["type"] != "http" or principal is None:
            await self.app(scope, receive, send)
            return
        if scope["method"] not in READ_METHODS:

            async def send_with_lsn(message: Message) -> None:
                if message["type"] == "http.response.start":
                    # The handler has committed (or failed) by the time it answers.
                    lsn = await self.replica.record_write(principal.user_id)
                    if lsn is not None:
                        MutableHeaders(scope=message)[WRITE_LSN_HEADER] = lsn
                await send(message)

            await self.app(scope, receive, send_with_lsn)
            return
        route = await self.replica.choose(
            principal.user_id, Headers(scope=scope).get(READ_AFTER_LSN_HEADER)
        )

        async def send_with_route(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in route.headers().items():
                    headers[name] = value
            await send(message)

        token = use_replica(route.used)
        try:
            await self.app(scope, receive, send_with_route)
        finally:
            reset_replica(token)
