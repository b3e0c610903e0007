"""CSV import and export over HTTP: thin adapters over app/csv (the same importer, layouts,
error files and exporter as ``python -m app import/export``) and app/services/imports.

- ``POST /imports/{kind}`` takes the file as a ``text/csv`` body or a ``multipart/form-data``
  upload (field ``file``). The upload is streamed into a temporary file (in memory up to
  ``SPOOL_BYTES``, on disk past that), then imported row group by row group as the CLI does;
  nothing is imported before the whole upload has arrived within its limit
  (``MAX_IMPORT_BODY_BYTES``, larger than the JSON routes'), so a refused upload (413)
  writes nothing.
- A run's error file (the refused rows with line, column, code and message: what the CLI
  writes as FILE.errors.csv) is kept in the database, so any app process serves it at
  ``GET /imports/{run}/errors``. A dry run records no run: it answers its refused rows
  inline in the summary (``errors``).
- ``GET /exports/{kind}`` streams a kind as CSV (the import layouts, or the journal entries
  of a period), read in pages as the CLI export is.
"""

from __future__ import annotations

import csv
import email.message
import tempfile
from collections.abc import AsyncIterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from starlette.responses import Response
from starlette.types import Scope as AsgiScope

from app.csv import exporting, importing
from app.csv.layouts import ERROR_COLUMNS, LAYOUTS, template
from app.rest import models as m
from app.rest.deps import MUTATION, Actor, Where, location
from app.services import access, imports
from app.services.errors import DomainError, ErrorCode, NotFound
from models import Entity, ImportRun, User
from models.enums import Permission

router = APIRouter(tags=["imports"])

PREFIX = "/api/v1"
# The upload is kept in memory up to this many bytes, in a temporary file past that.
SPOOL_BYTES = 1024 * 1024
# A dry run answers at most this many refused rows inline (``errorsTruncated`` says so).
INLINE_ERRORS = 1000
_MAX_PART_HEADER = 16 * 1024
CSV_TYPES = frozenset({"text/csv", "application/csv", "text/plain"})
CSV_MEDIA = "text/csv; charset=utf-8"

RunId = Annotated[int, PathParam(ge=1, le=m.MAX_ID, description="An import run's number.")]
ImportKind = Annotated[str, PathParam(max_length=40, description=f"One of {', '.join(LAYOUTS)}.")]
ExportKind = Annotated[
    str, PathParam(max_length=40, description=f"One of {', '.join(exporting.EXPORT_KINDS)}.")
]
CSV_OK: dict[int | str, dict[str, Any]] = {
    200: {"description": "CSV.", "content": {"text/csv": {"schema": {"type": "string"}}}}
}
UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The CSV file: as the body (text/csv), or as the field `file` of a "
        "multipart/form-data upload.",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
        },
    }
}


def is_import_upload(scope: AsgiScope) -> bool:
    """Whether a request is a CSV import (``POST /api/v1/imports/{kind}``): the requests
    with the upload limits (app/main.py)."""
    if scope.get("method") != "POST":
        return False
    path: str = scope.get("path", "")
    start = PREFIX + "/imports/"
    kind = path[len(start) :] if path.startswith(start) else ""
    # Any kind (an unknown one is 404 before its body is read), not a run (all digits).
    return bool(kind) and "/" not in kind and not kind.isdigit()


# ---------------------------------------------------------------- bodies


class RefusedRow(m.Out):
    """One refused row, as its error file has it (several problems joined by "; ")."""

    line: int
    column: str
    code: str
    message: str


class ImportSummary(m.Out):
    kind: str
    dry_run: bool
    run_id: int | None = None
    rows_read: int
    created: int
    posted: int
    updated: int
    skipped: int
    refused_rows: int
    refused_groups: int
    error_file: str | None = None
    errors: list[RefusedRow] | None = None
    errors_truncated: bool = False


class ImportRunOut(m.Out):
    id: int
    kind: str
    file_name: str
    entity: str | None
    created_by: str
    started_at: datetime
    finished_at: datetime | None
    rows_read: int
    created: int
    posted: int
    updated: int
    skipped: int
    refused: int
    undone: bool
    undone_at: datetime | None
    undo_void_date: date | None
    error_file: str | None


class ImportRunList(m.Out):
    items: list[ImportRunOut]


class UndoIn(m.In):
    void_date: date
    reason: m.Text


class UndoOut(m.Out):
    run_id: int
    voided: int
    deleted: int
    already_voided: int


# ---------------------------------------------------------------- uploads


def _media(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _header_param(value: str, header: str, name: str) -> str | None:
    message = email.message.Message()
    message[header] = value
    found = message.get_param(name, header=header)
    if isinstance(found, tuple):  # RFC 2231 (charset, language, value)
        return str(found[2])
    return str(found) if found is not None else None


def _malformed(message: str) -> DomainError:
    return DomainError(message, field="file", code=ErrorCode.MALFORMED_REQUEST)


async def _spool_body(request: Request, into: IO[bytes]) -> None:
    async for chunk in request.stream():
        into.write(chunk)


class _MultipartFile:
    """The part named ``file`` of a multipart/form-data body, written to ``into`` as the
    body arrives (at most a delimiter's length held back); other parts are dropped."""

    def __init__(self, boundary: str, into: IO[bytes]) -> None:
        self.opening = b"--" + boundary.encode("latin-1")
        self.delimiter = b"\r\n" + self.opening
        self.into = into
        self.buffer = b""
        self.state = "preamble"
        self.found = False
        self.in_file = False
        self.file_name: str | None = None

    def feed(self, chunk: bytes) -> None:
        self.buffer += chunk
        step = {
            "preamble": self._preamble,
            "after-delimiter": self._after_delimiter,
            "headers": self._headers,
            "body": self._body,
        }
        while self.state != "done" and step[self.state]():
            pass

    def _preamble(self) -> bool:
        at = self.buffer.find(self.opening)
        if at < 0:
            self.buffer = self.buffer[-len(self.opening) :]
            return False
        self.buffer = self.buffer[at + len(self.opening) :]
        self.state = "after-delimiter"
        return True

    def _after_delimiter(self) -> bool:
        if len(self.buffer) < 2:
            return False
        if self.buffer.startswith(b"--"):
            self.state = "done"
            return False
        if not self.buffer.startswith(b"\r\n"):
            raise _malformed("The multipart body is malformed (after a boundary).")
        self.buffer = self.buffer[2:]
        self.state = "headers"
        return True

    def _headers(self) -> bool:
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(self.buffer) > _MAX_PART_HEADER:
                raise _malformed("A part's headers of the multipart body are too long.")
            return False
        lines = self.buffer[:end].decode("utf-8", errors="replace").split("\r\n")
        self.buffer = self.buffer[end + 4 :]
        disposition = next(
            (
                line.split(":", 1)[1].strip()
                for line in lines
                if line.lower().startswith("content-disposition:")
            ),
            "",
        )
        name = _header_param(disposition, "content-disposition", "name")
        self.in_file = name == "file" and not self.found
        if self.in_file:
            self.found = True
            self.file_name = _header_param(disposition, "content-disposition", "filename")
        self.state = "body"
        return True

    def _body(self) -> bool:
        at = self.buffer.find(self.delimiter)
        if at < 0:
            keep = len(self.delimiter) - 1
            if len(self.buffer) > keep:
                if self.in_file:
                    self.into.write(self.buffer[:-keep])
                self.buffer = self.buffer[-keep:]
            return False
        if self.in_file:
            self.into.write(self.buffer[:at])
        self.buffer = self.buffer[at + len(self.delimiter) :]
        self.state = "after-delimiter"
        return True


async def _spool_multipart(request: Request, boundary: str, into: IO[bytes]) -> str | None:
    """The multipart field ``file`` streamed into ``into``; its file name, if it has one."""
    parser = _MultipartFile(boundary, into)
    async for chunk in request.stream():
        if parser.state != "done":
            parser.feed(chunk)
    if parser.state != "done":
        raise _malformed("The multipart body ended before its closing boundary.")
    if not parser.found:
        raise DomainError(
            "Send the CSV file as the multipart field 'file'.",
            field="file",
            code=ErrorCode.VALUE_REQUIRED,
        )
    return parser.file_name


async def _receive_file(request: Request, into: IO[bytes]) -> str | None:
    """The uploaded CSV, streamed into ``into``; the file name the upload gave, if any."""
    content_type = request.headers.get("content-type", "")
    media = _media(content_type)
    if media == "multipart/form-data":
        boundary = _header_param(content_type, "content-type", "boundary")
        if not boundary or len(boundary) > 70 or not boundary.isascii():  # RFC 2046
            raise _malformed("The multipart Content-Type has no valid boundary.")
        return await _spool_multipart(request, boundary, into)
    if media in CSV_TYPES:
        await _spool_body(request, into)
        return None
    raise DomainError(
        "Send the file as text/csv, or as the field 'file' of a multipart/form-data upload.",
        field="Content-Type",
        code=ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    )


def _refused_rows(path: Path, limit: int) -> tuple[list[RefusedRow], bool]:
    """The refused rows of an error file (at most ``limit``); whether there were more."""
    rows: list[RefusedRow] = []
    with path.open(encoding="utf-8", newline="") as handle:
        first = handle.readline()
        delimiter = ";" if first.count(";") > first.count(",") else ","
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter)
        header = next(reader)
        at = [header.index(name) for name in ERROR_COLUMNS]
        for cells in reader:
            if len(rows) == limit:
                return rows, True
            line, column, code, message = (cells[i] for i in at)
            rows.append(RefusedRow(line=int(line), column=column, code=code, message=message))
    return rows, False


def _known_kind(kind: str) -> None:
    if kind not in LAYOUTS:
        raise DomainError(
            f"No such import kind {kind!r}; one of {', '.join(LAYOUTS)}.",
            field="kind",
            code=ErrorCode.NOT_FOUND,
        )


async def _import_scope(actor: Actor, where: Where, entity: str | None) -> access.Scope:
    """The scope: ``X-Entity``, or the ``entity`` parameter (as the CLI's --entity)."""
    if entity is None:
        return where
    asked = await access.resolve_scope(actor, entity)
    if where.entity is not None and (asked.entity is None or asked.entity.id != where.entity.id):
        raise DomainError(
            "The entity parameter and the X-Entity header name different entities.",
            field="entity",
            code=ErrorCode.INVALID,
        )
    return asked


def _errors_link(request: Request, run_id: int) -> str:
    return location(request, f"/imports/{run_id}/errors")


# ---------------------------------------------------------------- routes


@router.post(
    "/imports/{kind}",
    dependencies=[MUTATION],
    response_model=ImportSummary,
    response_model_exclude_none=True,
    status_code=201,
    summary="Import a CSV file",
    openapi_extra=UPLOAD_BODY,
    responses={200: {"model": ImportSummary, "description": "A dry run: nothing written."}},
)
async def import_file(
    request: Request,
    actor: Actor,
    where: Where,
    kind: ImportKind,
    dry_run: Annotated[
        bool, Query(alias="dryRun", description="Check every row; write nothing.")
    ] = False,
    opening_account: Annotated[
        str | None,
        Query(
            alias="openingAccount",
            max_length=20,
            description="ar-open-items: the GL account the opening entries balance.",
        ),
    ] = None,
    entity: Annotated[
        str | None,
        Query(max_length=20, description="The entity to import into (as X-Entity)."),
    ] = None,
    file_name: Annotated[
        str | None,
        Query(
            alias="fileName",
            max_length=255,
            description="The name the run records (default: the upload's file name).",
        ),
    ] = None,
) -> Response:
    """Import a file of ``kind``: each row group checked and written by the same services,
    rules, locks and codes as the API, plus the data.import permission. Answers the
    counts, the run (201, Location: the run) and, when rows were refused, the link to the
    error file: the refused rows as they were, with line, column, code and message; fix them
    and post that file again (rows imported before are skipped). A dry run (200) writes and
    records nothing and answers its refused rows inline (``errors``, at most 1000)."""
    _known_kind(kind)
    actor.require(Permission.DATA_IMPORT)  # before a byte of the upload is read
    scope = await _import_scope(actor, where, entity)
    with (
        tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as upload,
        tempfile.TemporaryDirectory(prefix="import-") as folder,
    ):
        given_name = await _receive_file(request, upload)
        upload.seek(0)
        error_path = Path(folder) / "errors.csv"
        try:
            summary = await importing.import_file(
                actor,
                scope,
                kind,
                upload,
                file_name=file_name or given_name or f"{kind}.csv",
                dry_run=dry_run,
                error_path=error_path,
                opening_account=opening_account,
            )
        except importing.CsvFileError as error:
            where_ = f" (line {error.line})" if error.line else ""
            raise DomainError(f"{error.message}{where_}", field="file", code=error.code) from None
        out = ImportSummary(
            kind=kind,
            dry_run=dry_run,
            run_id=summary.run_id,
            rows_read=summary.rows_read,
            created=summary.created,
            posted=summary.posted,
            updated=summary.updated,
            skipped=summary.skipped,
            refused_rows=summary.refused_rows,
            refused_groups=summary.refused_groups,
        )
        headers: dict[str, str] = {}
        if summary.error_file is not None:
            if summary.run_id is not None:
                run = await ImportRun.get(id=summary.run_id)
                await imports.store_error_file(run, summary.error_file)
                out.error_file = _errors_link(request, summary.run_id)
            else:
                out.errors, out.errors_truncated = _refused_rows(summary.error_file, INLINE_ERRORS)
        if summary.run_id is not None:
            headers["Location"] = location(request, f"/imports/{summary.run_id}")
    return Response(
        out.model_dump_json(by_alias=True, exclude_none=True),
        status_code=200 if dry_run else 201,
        media_type="application/json",
        headers=headers,
    )


async def _runs_out(request: Request, runs: list[ImportRun]) -> list[ImportRunOut]:
    """The runs as the API shows them, in a fixed number of queries."""
    entities = dict(
        await Entity.filter(id__in={r.entity_id for r in runs if r.entity_id}).values_list(
            "id", "code"
        )
    )
    users = dict(
        await User.filter(id__in={r.created_by_id for r in runs}).values_list("id", "username")
    )
    with_errors = await imports.has_error_file([r.id for r in runs])
    return [
        ImportRunOut(
            id=run.id,
            kind=run.kind,
            file_name=run.file_name,
            entity=entities.get(run.entity_id) if run.entity_id else None,
            created_by=users.get(run.created_by_id, ""),
            started_at=run.started_at,
            finished_at=run.finished_at,
            rows_read=run.rows_read,
            created=run.created,
            posted=run.posted,
            updated=run.updated,
            skipped=run.skipped,
            refused=run.refused,
            undone=run.undone_at is not None,
            undone_at=run.undone_at,
            undo_void_date=run.undo_void_date,
            error_file=_errors_link(request, run.id) if run.id in with_errors else None,
        )
        for run in runs
    ]


@router.get("/imports", response_model=ImportRunList, summary="List import runs")
async def list_runs(
    request: Request,
    actor: Actor,
    where: Where,
    limit: Annotated[int, Query(ge=1, le=500, description="How many, newest first.")] = 50,
) -> ImportRunList:
    """The newest import runs of the scope (every scope's at the top level): who, when,
    which file and kind, the counts, whether undone, the error file's link."""
    runs = await imports.list_runs(actor, where, limit=limit)
    return ImportRunList(items=await _runs_out(request, runs))


@router.get("/imports/{run}", response_model=ImportRunOut, summary="One import run")
async def get_run(request: Request, actor: Actor, where: Where, run: RunId) -> ImportRunOut:
    found = await imports.get_run(actor, where, run)
    return (await _runs_out(request, [found]))[0]


@router.get(
    "/imports/{run}/errors",
    response_class=StreamingResponse,
    responses=CSV_OK,
    summary="An import run's error file",
)
async def run_errors(actor: Actor, where: Where, run: RunId) -> StreamingResponse:
    """The rows the run refused, as they were, with error_line, error_column, error_code and
    error_message (what the CLI writes as FILE.errors.csv): fix them and import this file."""
    pieces = await imports.error_file(actor, where, run)
    return StreamingResponse(
        pieces,
        media_type=CSV_MEDIA,
        headers={"Content-Disposition": f'attachment; filename="import-{run}-errors.csv"'},
    )


@router.post(
    "/imports/{run}/undo",
    dependencies=[MUTATION],
    response_model=UndoOut,
    summary="Undo a refund import",
)
async def undo_run(actor: Actor, where: Where, run: RunId, body: UndoIn) -> UndoOut:
    """Void every posted refund the run created on ``voidDate`` (each an ordinary void with
    its reversing entry; needs refunds.void and refunds.edit) and delete its drafts.
    Running it again finds nothing more to do."""
    done = await imports.undo_run(actor, where, run, void_date=body.void_date, reason=body.reason)
    return UndoOut(
        run_id=run, voided=done.voided, deleted=done.deleted, already_voided=done.already_voided
    )


@router.get(
    "/imports/{kind}/template",
    response_class=Response,
    responses=CSV_OK,
    summary="An import layout's template",
)
async def import_template(actor: Actor, kind: ImportKind) -> Response:
    """The header row and the documented columns of a kind's layout, as a CSV file."""
    _known_kind(kind)
    return Response(
        template(LAYOUTS[kind]),
        media_type=CSV_MEDIA,
        headers={"Content-Disposition": f'attachment; filename="{kind}-template.csv"'},
    )


@router.get(
    "/exports/{kind}",
    response_class=StreamingResponse,
    responses=CSV_OK,
    summary="Export a kind as CSV",
)
async def export(
    actor: Actor,
    where: Where,
    kind: ExportKind,
    date_from: Annotated[
        date | None, Query(alias="dateFrom", description="journal-entries: the first day.")
    ] = None,
    date_to: Annotated[
        date | None, Query(alias="dateTo", description="journal-entries: the last day.")
    ] = None,
) -> StreamingResponse:
    """The rows of ``kind`` the caller may see in the scope, streamed as CSV: the import
    layouts (an export imports as it is), or ``journal-entries`` of a period (one row per
    journal line) for the ERP."""
    if kind not in exporting.EXPORT_KINDS:
        raise NotFound(
            f"No such export kind {kind!r}; one of {', '.join(exporting.EXPORT_KINDS)}.",
            field="kind",
        )
    rows = exporting.export_rows(actor, where, kind, date_from=date_from, date_to=date_to)
    # The header, and the first row: a refusal (permission, missing period) comes as a
    # problem before the answer starts.
    first = [exporting.csv_line(await anext(rows))]
    async for cells in rows:
        first.append(exporting.csv_line(cells))
        break

    async def lines() -> AsyncIterator[str]:
        for line in first:
            yield line
        async for cells in rows:
            yield exporting.csv_line(cells)

    return StreamingResponse(
        lines(),
        media_type=CSV_MEDIA,
        headers={"Content-Disposition": f'attachment; filename="{kind}.csv"'},
    )
