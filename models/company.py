"""The company, its entities (subsidiaries) and customers."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.constraints import CheckConstraint
from models.enums import CustomerStatus

# Three capital letters, written so that SQLite and PostgreSQL read it the same way.
CURRENCY_CODE_CHECK = (
    "length({col}) = 3 AND upper({col}) = {col} AND substr({col}, 1, 1) BETWEEN 'A' AND 'Z' "
    "AND substr({col}, 2, 1) BETWEEN 'A' AND 'Z' AND substr({col}, 3, 1) BETWEEN 'A' AND 'Z'"
)


class Company(Model):
    """One company per database; it owns the entities, the chart of accounts and the users."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    entities: fields.ReverseRelation[Entity]

    class Meta:
        table = "company"


class Entity(Model):
    """A subsidiary with its own base currency; a request works inside one or at the top level."""

    id = fields.BigIntField(primary_key=True)
    company: fields.ForeignKeyRelation[Company] = fields.ForeignKeyField(
        "models.Company", related_name="entities", on_delete=fields.RESTRICT
    )
    code = fields.CharField(max_length=20, unique=True)
    name = fields.CharField(max_length=200)
    base_currency = fields.CharField(max_length=3)
    created_at = fields.DatetimeField(auto_now_add=True)

    company_id: int

    class Meta:
        table = "entity"
        ordering = ["code"]
        constraints = (
            CheckConstraint(
                name="ck_entity_base_currency_iso",
                check=CURRENCY_CODE_CHECK.format(col="base_currency"),
            ),
        )


class Customer(Model):
    """A customer of one entity, or shared at the top level when ``entity`` is null."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    status = fields.CharEnumField(CustomerStatus, default=CustomerStatus.ACTIVE)
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="customers", null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    entity_id: int | None

    class Meta:
        table = "customer"
        ordering = ["code"]
        indexes = (("entity_id", "status"),)
