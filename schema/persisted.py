"""Persisted queries: a client sends the SHA-256 of a document instead of its text.

Two sources, as GraphQL clients expect them:
- *automatic persisted queries* (Apollo's protocol, spoken by Apollo Client, urql, Relay
  and others): ``extensions.persistedQuery = {"version": 1, "sha256Hash": "<hex>"}``. An
  unknown hash without the text answers ``PersistedQueryNotFound``; the client sends hash
  and text, the text is checked against the hash and remembered (bounded LRU, per process),
  and later requests send the hash alone;
- *trusted documents*: a manifest written at build time (GraphQL Codegen's or Relay's
  ``{hash: document}`` map, or Apollo's persisted-query manifest), read at start. With
  ``GRAPHQL_TRUSTED_DOCUMENTS_ONLY`` nothing else runs: no free text, no registration.

A persisted document is an ordinary document afterwards: parsed, validated, limited (depth,
aliases, tokens, cost) and authorised exactly like its text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import ErrorCode

NOT_FOUND_MESSAGE = "PersistedQueryNotFound"  # what clients match on, letter for letter
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


class PersistedQueryRefused(Exception):
    """A persisted-query request that cannot run; ``status`` and ``code`` are its answer."""

    def __init__(self, status: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def document_hash(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8", "surrogatepass")).hexdigest()


def read_manifest(path: Path) -> dict[str, str]:
    """Hash -> document from a manifest: a plain ``{hash: document}`` object or Apollo's
    ``{"format": "apollo-persisted-query-manifest", "operations": [{"id", "body"}]}``.
    Every hash is checked against its document, so a stale manifest fails at start."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("operations"), list):
        pairs = [(op.get("id"), op.get("body")) for op in data["operations"]]
    elif isinstance(data, dict):
        pairs = list(data.items())
    else:
        raise ValueError(f"{path}: a persisted-documents manifest is a JSON object")
    documents: dict[str, str] = {}
    for key, body in pairs:
        if not isinstance(key, str) or not isinstance(body, str):
            raise ValueError(f"{path}: every entry needs a hash and a document text")
        if document_hash(body) != key.lower():
            raise ValueError(f"{path}: {key} is not the SHA-256 of its document")
        documents[key.lower()] = body
    return documents


class _LeastRecentlyUsed:
    """Documents by hash, bounded by their total size in characters."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._size = 0
        self._documents: OrderedDict[str, str] = OrderedDict()

    def get(self, key: str) -> str | None:
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
        return document

    def put(self, key: str, document: str) -> None:
        if len(document) > self.budget or key in self._documents:
            return
        self._documents[key] = document
        self._size += len(document)
        while self._size > self.budget:
            _, dropped = self._documents.popitem(last=False)
            self._size -= len(dropped)


@dataclass
class PersistedDocuments:
    trusted: dict[str, str]
    trusted_only: bool
    registered: _LeastRecentlyUsed

    @classmethod
    def create(
        cls, manifest: Path | None, *, trusted_only: bool, cache_characters: int
    ) -> PersistedDocuments:
        trusted = read_manifest(manifest) if manifest is not None else {}
        return cls(trusted, trusted_only, _LeastRecentlyUsed(cache_characters))

    def document(self, query: str | None, extensions: dict[str, object] | None) -> str | None:
        """The text to run: ``query`` itself, or the document its persisted hash names.
        Raises PersistedQueryRefused; None means the request has neither."""
        persisted = (extensions or {}).get("persistedQuery")
        if persisted is None:
            if query is not None and self.trusted_only and document_hash(query) not in self.trusted:
                raise PersistedQueryRefused(
                    403,
                    ErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
                    "This server runs trusted documents only; this document is not one.",
                )
            return query
        key = _hash_of(persisted)
        if query is None:
            found = self.trusted.get(key)
            if found is None and not self.trusted_only:
                found = self.registered.get(key)
            if found is None:
                # 200 with the error, as Apollo Server answers it: clients then resend the
                # hash with the text.
                raise PersistedQueryRefused(
                    200, ErrorCode.PERSISTED_QUERY_NOT_FOUND, NOT_FOUND_MESSAGE
                )
            return found
        if document_hash(query) != key:
            raise PersistedQueryRefused(
                400,
                ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.",
            )
        if key not in self.trusted:
            if self.trusted_only:
                raise PersistedQueryRefused(
                    403,
                    ErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
                    "This server runs trusted documents only; this document is not one.",
                )
            self.registered.put(key, query)
        return query


def _hash_of(persisted: object) -> str:
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise PersistedQueryRefused(
            400,
            ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
            "extensions.persistedQuery must be {version: 1, sha256Hash: <64 hex digits>}.",
        )
    key = persisted.get("sha256Hash")
    if not isinstance(key, str) or not _SHA256_HEX.fullmatch(key.lower()):
        raise PersistedQueryRefused(
            400,
            ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
            "extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits.",
        )
    return key.lower()
