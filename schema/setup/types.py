"""GraphQL types of the setup that have no other home: the company."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models import Company


@strawberry.type(name="Company", description="The company this database keeps the books of.")
class CompanyType:
    name: str
    created_at: datetime

    @classmethod
    def from_model(cls, company: Company) -> CompanyType:
        return cls(name=company.name, created_at=company.created_at)
