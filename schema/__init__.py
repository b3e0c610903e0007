"""GraphQL adapter: translates GraphQL to service calls and back; no business rules here."""

from schema.schema import build_schema

__all__ = ["build_schema"]
