"""The per-request GraphQL context: who asks, where, and this request's loaders."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from strawberry.types import Info as StrawberryInfo

from app.db_replica import ReplicaRouting
from app.rate_limits import RateLimits
from app.services.access import Principal, Scope
from app.settings import Settings
from schema.loaders import Loaders


@dataclass(slots=True)
class Context:
    request: Request
    response: Response
    principal: Principal
    scope: Scope
    loaders: Loaders
    settings: Settings
    request_id: str
    rate_limits: RateLimits
    # The read replica's routing; None without DATABASE_REPLICA_URL.
    replica: ReplicaRouting | None = None


Info = StrawberryInfo[Context, None]
