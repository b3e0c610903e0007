"""Typed domain errors. Adapters turn them into data: a stable code, the field and a message."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum


class ErrorCode(StrEnum):
    """Stable, machine-readable codes; partners branch on them, so never rename one."""

    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"  # masked; the request id finds the log
    UNAUTHENTICATED = "UNAUTHENTICATED"
    PERMISSION_DENIED = "PERMISSION_DENIED"
    ENTITY_FORBIDDEN = "ENTITY_FORBIDDEN"
    ENTITY_REQUIRED = "ENTITY_REQUIRED"
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    INVALID_ID = "INVALID_ID"
    INVALID_TEXT = "INVALID_TEXT"  # NUL, a control character or half a surrogate pair
    ALREADY_EXISTS = "ALREADY_EXISTS"
    IN_USE = "IN_USE"  # what the books depend on cannot change any more
    TOP_LEVEL_REQUIRED = "TOP_LEVEL_REQUIRED"  # company-wide setup is done at the top level
    COMPANY_REQUIRED = "COMPANY_REQUIRED"  # name the company before adding entities
    # The service (HTTP status in the comment; each answer carries the request id)
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"  # 503: the database did not answer; retry
    DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED"  # 503: the request ran past its time limit; retry
    MALFORMED_REQUEST = "MALFORMED_REQUEST"  # 400: not a GraphQL request (body, JSON, shape)
    BODY_TOO_LARGE = "BODY_TOO_LARGE"  # 413
    BODY_TIMEOUT = "BODY_TIMEOUT"  # 408: the body did not arrive in time
    RATE_LIMITED = "RATE_LIMITED"  # 429: too many requests of a kind; see Retry-After
    # GraphQL documents refused before anything runs (HTTP 200, data null)
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"  # not GraphQL syntax
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"  # not valid against the schema
    TOO_MANY_TOKENS = "TOO_MANY_TOKENS"  # GRAPHQL_MAX_TOKENS
    QUERY_TOO_DEEP = "QUERY_TOO_DEEP"  # GRAPHQL_MAX_DEPTH
    TOO_MANY_ALIASES = "TOO_MANY_ALIASES"  # GRAPHQL_MAX_ALIASES
    QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY"  # GRAPHQL_MAX_COST; extensions carry cost and limit
    INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"  # GRAPHQL_INTROSPECTION=false
    # Persisted queries (extensions.persistedQuery; the answer's message is the protocol's)
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"  # 200: resend with the query
    PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"  # 400
    PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED"  # 400: not version 1
    PERSISTED_QUERY_NOT_IN_LIST = "PERSISTED_QUERY_NOT_IN_LIST"  # 403: trusted documents only
    # REST (/api/v1) only: HTTP-level problems GraphQL has no counterpart for
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"  # 405: the path exists, the method does not
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"  # 415: a body that is not JSON
    NOT_ACCEPTABLE = "NOT_ACCEPTABLE"  # 406: Accept asks for nothing the resource offers
    IDEMPOTENCY_KEY_REQUIRED = "IDEMPOTENCY_KEY_REQUIRED"  # 400: money moves only with a key
    VERSION_REQUIRED = "VERSION_REQUIRED"  # 428: a change needs If-Match with the version
    # Money
    UNKNOWN_CURRENCY = "UNKNOWN_CURRENCY"
    INVALID_AMOUNT = "INVALID_AMOUNT"
    TOO_MANY_DECIMALS = "TOO_MANY_DECIMALS"
    AMOUNT_NOT_POSITIVE = "AMOUNT_NOT_POSITIVE"
    ZERO_AMOUNT = "ZERO_AMOUNT"
    CURRENCY_MISMATCH = "CURRENCY_MISMATCH"
    CURRENCY_REQUIRED = "CURRENCY_REQUIRED"
    # AR documents
    CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"
    CUSTOMER_INACTIVE = "CUSTOMER_INACTIVE"
    CUSTOMER_ON_HOLD = "CUSTOMER_ON_HOLD"
    CUSTOMER_MISMATCH = "CUSTOMER_MISMATCH"
    BANK_ACCOUNT_NOT_FOUND = "BANK_ACCOUNT_NOT_FOUND"
    GL_ACCOUNT_NOT_FOUND = "GL_ACCOUNT_NOT_FOUND"
    INVOICE_NOT_FOUND = "INVOICE_NOT_FOUND"
    ENTITY_NOT_FOUND = "ENTITY_NOT_FOUND"
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND"
    DUPLICATE_NUMBER = "DUPLICATE_NUMBER"
    EMPTY_DOCUMENT = "EMPTY_DOCUMENT"
    APPLICATION_EXCEEDS_BALANCE = "APPLICATION_EXCEEDS_BALANCE"
    APPLICATIONS_EXCEED_PAYMENT = "APPLICATIONS_EXCEED_PAYMENT"
    AR_NOT_CONFIGURED = "AR_NOT_CONFIGURED"
    # Refunds
    REFUNDS_DISABLED = "REFUNDS_DISABLED"
    REFUNDS_CONFIG_INCOMPLETE = "REFUNDS_CONFIG_INCOMPLETE"
    JOURNAL_NOT_FOUND = "JOURNAL_NOT_FOUND"
    SEQUENCE_IN_USE = "SEQUENCE_IN_USE"
    SEQUENCE_PREFIX_TAKEN = "SEQUENCE_PREFIX_TAKEN"
    REFUND_NOT_FOUND = "REFUND_NOT_FOUND"
    REFUND_NOT_DRAFT = "REFUND_NOT_DRAFT"
    REFUND_NOT_POSTED = "REFUND_NOT_POSTED"
    STALE_VERSION = "STALE_VERSION"
    PAYMENT_METHOD_NOT_ALLOWED = "PAYMENT_METHOD_NOT_ALLOWED"
    CREDIT_NOT_FOUND = "CREDIT_NOT_FOUND"
    CREDIT_NOT_ELIGIBLE = "CREDIT_NOT_ELIGIBLE"
    DUPLICATE_CREDIT = "DUPLICATE_CREDIT"
    AMOUNT_EXCEEDS_AVAILABLE = "AMOUNT_EXCEEDS_AVAILABLE"
    EMPTY_REFUND = "EMPTY_REFUND"
    VOID_REASON_REQUIRED = "VOID_REASON_REQUIRED"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    IDEMPOTENCY_IN_PROGRESS = "IDEMPOTENCY_IN_PROGRESS"
    # CSV import
    CSV_MALFORMED = "CSV_MALFORMED"  # the file as a whole: not UTF-8, no or a bad header row
    MISSING_COLUMN = "MISSING_COLUMN"  # a required column absent, or a row short of fields
    VALUE_REQUIRED = "VALUE_REQUIRED"
    INVALID_DATE = "INVALID_DATE"
    DUPLICATE_KEY = "DUPLICATE_KEY"  # a key again, after other rows
    OTHER_ROW_REFUSED = "OTHER_ROW_REFUSED"  # a row of a refund another row of which was refused
    # The connection was lost during COMMIT: retry with the same idempotency key.
    COMMIT_OUTCOME_UNKNOWN = "COMMIT_OUTCOME_UNKNOWN"
    # PostgreSQL cancelled the transaction (a deadlock, or a serialization failure) against
    # concurrent work, after the service's own retries: nothing was written; retry.
    TRANSACTION_CONFLICT = "TRANSACTION_CONFLICT"


class DomainError(Exception):
    """A failure the caller can understand and fix."""

    code: ErrorCode = ErrorCode.INVALID

    def __init__(
        self, message: str, *, field: str | None = None, code: ErrorCode | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code

    @property
    def errors(self) -> list[DomainError]:
        return [self]


class InvalidInput(DomainError):
    """Several fixable problems found in one request, reported together."""

    def __init__(self, errors: list[DomainError]) -> None:
        super().__init__(errors[0].message, field=errors[0].field, code=errors[0].code)
        self._errors = errors

    @property
    def errors(self) -> list[DomainError]:
        return list(self._errors)


class ErrorCollector:
    """Validate every field, then report all problems at once (a form shows them together)."""

    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    @contextmanager
    def check(self) -> Iterator[None]:
        try:
            yield
        except DomainError as error:
            for each in error.errors:
                self._keep(each)

    def add(self, message: str, *, field: str | None, code: ErrorCode) -> None:
        self._keep(DomainError(message, field=field, code=code))

    def _keep(self, error: DomainError) -> None:
        # One problem found by several checks (an unknown currency) is reported once.
        if all((e.code, e.field) != (error.code, error.field) for e in self.errors):
            self.errors.append(error)

    def raise_if_any(self) -> None:
        if self.errors:
            raise InvalidInput(self.errors)


class NotFound(DomainError):
    code = ErrorCode.NOT_FOUND


class AlreadyExists(DomainError):
    code = ErrorCode.ALREADY_EXISTS


class PermissionDenied(DomainError):
    code = ErrorCode.PERMISSION_DENIED


class EntityForbidden(DomainError):
    """The entity does not exist or the user may not work in it; the two look the same."""

    code = ErrorCode.ENTITY_FORBIDDEN
