"""Relay global ids at the GraphQL edge: an input id must name the expected type."""

from __future__ import annotations

import re

from strawberry import relay

from app.services.errors import DomainError, ErrorCode, ErrorCollector

# Primary keys are positive BIGINTs written in ASCII digits; nothing else names a row.
_PRIMARY_KEY = re.compile(r"[1-9][0-9]{0,17}", re.ASCII)


def parse_pk(node_id: str) -> int | None:
    return int(node_id) if _PRIMARY_KEY.fullmatch(node_id) else None


def pk_of(global_id: str, type_name: str, *, field: str) -> int:
    """The primary key inside a global id of ``type_name``, or an INVALID_ID error."""
    try:
        decoded = relay.GlobalID.from_id(global_id)
    except relay.GlobalIDValueError:
        decoded = None
    pk = parse_pk(decoded.node_id) if decoded and decoded.type_name == type_name else None
    if pk is None:
        raise DomainError(f"Not the id of a {type_name}.", field=field, code=ErrorCode.INVALID_ID)
    return pk


def collect_pk(errors: ErrorCollector, global_id: str, type_name: str, *, field: str) -> int:
    """``pk_of``, but a bad id joins ``errors`` (and 0 stands in) so that every bad id of
    one input is reported at once; raise ``errors`` before using the ids."""
    pk = 0
    with errors.check():
        pk = pk_of(global_id, type_name, field=field)
    return pk
