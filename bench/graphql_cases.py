"""The requests of ``bench.graphql_hot``: the GraphQL documents a partner sends, with variables.

Shared by the harness (which sends them to the app and to the raw handler) and by the raw
handler (``bench.graphql_raw``), which recognises each document by its exact text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CUSTOMER_CREDITS = """query CustomerCredits($id: ID!, $first: Int!) {
  customer(id: $id) {
    id
    name
    eligibleCredits(first: $first) {
      id
      documentNumber
      documentDate
      openAmount { amount currency }
      heldByDrafts { amount }
      available { amount }
    }
  }
}"""

CUSTOMERS_LIST = """query CustomerList($first: Int!, $nested: Int!) {
  customers(first: $first) {
    totalCount
    edges {
      node {
        id
        code
        name
        balance { total { amount currency } }
        eligibleCredits(first: $nested) { id documentNumber openAmount { amount } }
        documents(first: $nested) {
          __typename
          id
          number
          documentDate
          ... on Invoice { balanceDue { amount } }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}"""

VIEWER = """query Viewer {
  viewer {
    user { id username displayName email }
    permissions
    menu { label items { key label } }
    entities { code name }
    currentEntity { code baseCurrency }
  }
}"""

# Nested lists of the customers list: credits and documents per customer.
LIST_NESTED = 5


@dataclass(frozen=True, slots=True)
class Case:
    key: str
    title: str
    query: str
    variables: dict[str, Any]

    def body(self) -> dict[str, Any]:
        return {"query": self.query, "variables": self.variables}
