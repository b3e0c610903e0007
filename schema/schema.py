"""The GraphQL schema: one root Query composed from per-area classes, limits from settings."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry import relay
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from app.settings import Settings
from schema.ar.mutations import ArDocumentMutation
from schema.ar.queries import ArQuery
from schema.ar.types import (
    AdvanceType,
    ArAdjustmentType,
    BankAccountType,
    CreditType,
    InvoiceType,
    ReceivedPaymentType,
)
from schema.common import EntityType, UserType
from schema.customers.queries import CustomerQuery
from schema.errors import log_errors
from schema.execution import plain_fields_context
from schema.ledger import GLAccountType, JournalType
from schema.money import AMOUNT_SCALAR, Amount
from schema.refunds.mutations import RefundMutation
from schema.refunds.queries import RefundQuery
from schema.refunds.types import RefundType
from schema.reports.mutations import ReportMutation
from schema.reports.queries import ReportQuery
from schema.setup.mutations import SetupMutation
from schema.setup.queries import SetupQuery
from schema.viewer.queries import ViewerQuery


@strawberry.type
class Mutation(SetupMutation, ArDocumentMutation, RefundMutation, ReportMutation):
    pass


def _query_type() -> type:
    """The root Query, made per schema: Strawberry's relay node field binds to one schema."""

    @strawberry.type
    class Query(ViewerQuery, SetupQuery, CustomerQuery, ArQuery, RefundQuery, ReportQuery):
        node: relay.Node | None = relay.node(
            description="Fetch an object by its global id; null if it is not visible to you."
        )

    return Query


class RefundsSchema(strawberry.Schema):
    """The API's schema. The HTTP view runs operations through
    ``schema.operation.OperationRunner``; ``execute`` here has none of the request rules and
    serves tests and tools only."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        log_errors(errors, execution_context.operation_name if execution_context else None)


def build_schema(settings: Settings) -> RefundsSchema:
    """The schema, without extensions: the request rules (limits, caches, rate limits,
    read routing, public errors) run in ``schema.operation.OperationRunner``."""
    return RefundsSchema(
        query=_query_type(),
        mutation=Mutation,
        types=[
            EntityType,
            UserType,
            CreditType,
            InvoiceType,
            ArAdjustmentType,
            ReceivedPaymentType,
            AdvanceType,
            BankAccountType,
            RefundType,
            GLAccountType,
            JournalType,
        ],
        # Plain fields (an attribute, no resolver) completed in one step: the same answers,
        # a fraction of graphql-core's work per field (schema/execution.py).
        execution_context_class=plain_fields_context(),
        config=StrawberryConfig(
            auto_camel_case=True,
            scalar_map={Amount: AMOUNT_SCALAR},
            disable_field_suggestions=not settings.graphql_field_suggestions,
        ),
    )
