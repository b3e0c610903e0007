"""CSV import runs and what each imported, by the file's own keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.company import Entity

if TYPE_CHECKING:
    from models.auth import User


class ImportRun(Model):
    """One import of one file (dry runs write nothing, so they are not recorded)."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=40)
    file_name = fields.CharField(max_length=255)
    entity: fields.ForeignKeyNullableRelation[Entity] = fields.ForeignKeyField(
        "models.Entity", related_name="import_runs", null=True, on_delete=fields.RESTRICT
    )
    created_by: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="import_runs", on_delete=fields.RESTRICT
    )
    started_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)
    rows_read = fields.IntField(default=0)
    created = fields.IntField(default=0)  # objects created (refunds: drafts and posted)
    posted = fields.IntField(default=0)
    updated = fields.IntField(default=0)
    skipped = fields.IntField(default=0)  # already imported or unchanged
    refused = fields.IntField(default=0)
    undone_at = fields.DatetimeField(null=True)
    undo_void_date = fields.DateField(null=True)

    entity_id: int | None
    created_by_id: int

    class Meta:
        table = "import_run"


class ImportedRecord(Model):
    """What a row group of an import created, under the file's key for it: importing the
    same key again in the same scope finds it instead of creating it twice."""

    id = fields.BigIntField(primary_key=True)
    run: fields.ForeignKeyRelation[ImportRun] = fields.ForeignKeyField(
        "models.ImportRun", related_name="records", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=40)
    # The entity code the key belongs to, or "" at the top level (NULLs would not be unique).
    scope_key = fields.CharField(max_length=40)
    external_key = fields.CharField(max_length=100)
    object_id = fields.BigIntField()

    run_id: int

    class Meta:
        table = "imported_record"
        unique_together = (("kind", "scope_key", "external_key"),)


class ImportErrorChunk(Model):
    """A run's error file (the refused rows, as the CLI writes FILE.errors.csv), kept in the
    database so any app process can serve it, in pieces of at most ``CHUNK_CHARS`` characters
    so neither storing nor serving it holds the whole file at once."""

    id = fields.BigIntField(primary_key=True)
    run: fields.ForeignKeyRelation[ImportRun] = fields.ForeignKeyField(
        "models.ImportRun", related_name="error_chunks", on_delete=fields.CASCADE
    )
    seq = fields.IntField()
    content = fields.TextField()

    run_id: int

    class Meta:
        table = "import_error_chunk"
        unique_together = (("run", "seq"),)
