"""CSV import: read a file of one layout row group by row group and hand each group to the
domain services, which check and write it as they do for GraphQL and REST.

- A row group (a refund's rows, one master-data row) is imported whole or not at all; the
  other groups of the file go on.
- Keys make it repeatable: a refund key imported before (recorded by ``imports.remember``
  in the refund's own transaction) is skipped and said so; master data is found by its
  code and changed only where the file differs.
- A dry run does everything in one transaction that is rolled back at the end, each group
  in a savepoint: the services see the file's earlier groups, so two rows of the file that
  together over-refund a credit are caught, and nothing is written. It holds the credits'
  row locks until it ends.
- Memory does not grow with the file: rows are streamed, and only the keys seen are kept
  (a key that comes back after another group is refused as a duplicate).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Awaitable, Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from app import setup_file
from app.csv.layouts import ERROR_COLUMNS, LAYOUTS, Layout
from app.services import ar_documents, credits, imports, money, refunds
from app.services.access import Principal, Scope
from app.services.errors import DomainError, ErrorCode
from app.services.transactions import atomic, retrying
from models import ArCredit, BankAccount, Customer, Refund
from models.enums import Permission, RefundState

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The columns every row of a refund repeats.
_REFUND_HEADER = (
    "state",
    "customer",
    "bank_account",
    "currency",
    "payment_date",
    "reference",
    "memo",
)
_CREDIT_TYPES = credits.SOURCE_FIELDS
_SECTIONS = {
    "customers": "customers",
    "gl-accounts": "gl_accounts",
    "bank-accounts": "bank_accounts",
}
# Service field names (camelCase, as GraphQL has them) that are another column in the CSV.
_SERVICE_FIELDS = {
    "customerId": "customer",
    "bankAccountId": "bank_account",
    "paymentDate": "payment_date",
    "entityCode": "entity",
    "glAccountNumber": "gl_account",
    "baseCurrency": "currency",
    "number": "document_number",
    "documentDate": "document_date",
    "dueDate": "due_date",
    "lines.0.amount": "open_amount",
    "amount": "open_amount",
    "lines.0.glAccountNumber": "",  # the opening account, named by the import, not a column
    "openingAccountNumber": "",
}


class CsvFileError(Exception):
    """The file as a whole cannot be read as this layout (nothing of it was imported past
    ``line``, if given)."""

    def __init__(self, message: str, *, code: ErrorCode, line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.code, self.line = message, code, line


@dataclass(slots=True)
class Row:
    line: int
    cells: list[str]
    values: dict[str, str]
    errors: list[tuple[str | None, str, str]] = field(default_factory=list)

    def refuse(self, column: str | None, code: ErrorCode | str, message: str) -> None:
        self.errors.append((column, str(code), message))


@dataclass(slots=True)
class GroupResult:
    key: str
    first_line: int
    status: str  # created, posted, updated, skipped, refused
    detail: str = ""


@dataclass(slots=True)
class Summary:
    kind: str
    dry_run: bool
    rows_read: int = 0
    created: int = 0
    posted: int = 0
    updated: int = 0
    skipped: int = 0
    refused_rows: int = 0
    refused_groups: int = 0
    run_id: int | None = None
    error_file: Path | None = None
    results_file: Path | None = None

    def counts(self) -> imports.Counts:
        return imports.Counts(
            rows_read=self.rows_read,
            created=self.created,
            posted=self.posted,
            updated=self.updated,
            skipped=self.skipped,
            refused=self.refused_rows,
        )


class _CountingReader(io.RawIOBase):
    """Bytes read so far, for the progress bar's ETA."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.consumed = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.consumed += len(data)
        return len(data)


def _dialect(header_line: str) -> str:
    """Comma or semicolon, whichever the header row separates its columns with."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


class RowReader:
    """Rows of a CSV file with their line numbers; comment lines (``#``) and blank lines
    are skipped. UTF-8 with or without BOM, comma or semicolon, quoted fields."""

    def __init__(self, stream: IO[bytes], layout: Layout) -> None:
        self.counter = _CountingReader(stream)
        buffered = io.BufferedReader(self.counter)
        start = buffered.peek(3)[:3]
        if start.startswith(codecs.BOM_UTF8):
            buffered.read(3)
        self.text = io.TextIOWrapper(buffered, encoding="utf-8", errors="strict", newline="")
        self.layout = layout
        self.line = 0
        try:
            first = self._next_line()
        except UnicodeDecodeError:
            raise CsvFileError(
                "The file is not UTF-8 text.", code=ErrorCode.CSV_MALFORMED, line=1
            ) from None
        if first is None:
            raise CsvFileError("The file is empty: no header row.", code=ErrorCode.CSV_MALFORMED)
        self.delimiter = _dialect(first)
        self.header = [name.strip() for name in next(csv.reader([first], delimiter=self.delimiter))]
        self._check_header()

    def _next_line(self) -> str | None:
        """The next physical line that is not blank or a comment, or None at the end."""
        while True:
            line = self.text.readline()
            if not line:
                return None
            self.line += 1
            if line.strip() and not line.lstrip().startswith("#"):
                return line

    def _check_header(self) -> None:
        known = set(self.layout.names) | set(ERROR_COLUMNS)
        unknown = [name for name in self.header if name not in known]
        missing = [name for name in self.layout.required if name not in self.header]
        repeated = sorted({name for name in self.header if self.header.count(name) > 1})
        problems = []
        if missing:
            problems.append(f"missing required column(s) {', '.join(missing)}")
        if unknown:
            problems.append(f"unknown column(s) {', '.join(unknown)}")
        if repeated:
            problems.append(f"repeated column(s) {', '.join(repeated)}")
        if problems:
            raise CsvFileError(
                f"The header row of a {self.layout.kind} file: {'; '.join(problems)}. "
                f"Columns: {', '.join(self.layout.names)}.",
                code=ErrorCode.MISSING_COLUMN if missing else ErrorCode.CSV_MALFORMED,
                line=1,
            )

    def __iter__(self) -> Iterator[Row]:
        while True:
            try:
                text = self._next_line()
            except UnicodeDecodeError:
                raise CsvFileError(
                    f"Line {self.line + 1} is not UTF-8 text.",
                    code=ErrorCode.CSV_MALFORMED,
                    line=self.line + 1,
                ) from None
            if text is None:
                return
            start = self.line
            # A quoted field may hold line breaks: read on until the record is complete.
            while text.count('"') % 2 == 1:
                more = self.text.readline()
                if not more:
                    break
                self.line += 1
                text += more
            cells = next(csv.reader([text], delimiter=self.delimiter), [])
            row = Row(line=start, cells=cells, values={})
            if len(cells) != len(self.header):
                row.refuse(
                    None,
                    ErrorCode.MISSING_COLUMN,
                    f"The row has {len(cells)} field(s); the header has {len(self.header)}.",
                )
            row.values = {
                name: cells[i].strip() if i < len(cells) else ""
                for i, name in enumerate(self.header)
                if name not in ERROR_COLUMNS
            }
            for name in self.layout.required:
                if not row.values.get(name) and not row.errors:
                    row.refuse(name, ErrorCode.VALUE_REQUIRED, f"{name} is required.")
            yield row


class ErrorFile:
    """The refused rows as they were, with where and why: fix them and import this file."""

    def __init__(self, path: Path, header: list[str], delimiter: str) -> None:
        self.path = path
        self.handle: IO[str] | None = None
        self.header, self.delimiter = header, delimiter
        self.writer: Any = None

    def write(self, rows: list[Row], group_error: str) -> None:
        if self.writer is None:
            self.handle = self.path.open("w", encoding="utf-8", newline="")
            self.writer = csv.writer(self.handle, delimiter=self.delimiter)
            original = [name for name in self.header if name not in ERROR_COLUMNS]
            self.writer.writerow([*original, *ERROR_COLUMNS])
        first = rows[0].line
        for row in rows:
            cells = [row.values.get(name, "") for name in self.header if name not in ERROR_COLUMNS]
            if row.errors:
                columns = "; ".join(column or "" for column, _, _ in row.errors)
                codes = "; ".join(code for _, code, _ in row.errors)
                messages = "; ".join(message for _, _, message in row.errors)
            else:
                columns, codes = "", ErrorCode.OTHER_ROW_REFUSED.value
                messages = f"{group_error} (see line {first})."
            self.writer.writerow([*cells, row.line, columns, codes, messages])

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


Progress = Callable[[int, int], None]  # (bytes read, rows read)


@dataclass(slots=True)
class _Context:
    actor: Principal
    scope: Scope
    layout: Layout
    run: Any  # ImportRun | None (dry runs record nothing)
    opening_account: str | None = None  # ar-open-items: the opening balance account
    ids: dict[tuple[str, str], int] = field(default_factory=dict)  # bounded by the codes
    # What the chunk of groups being imported names, read for the whole chunk in a few
    # queries (``_prefetch``): codes no row has, keys imported before, credits by number.
    missing: set[tuple[str, str]] = field(default_factory=set)
    imported: dict[str, int] | None = None
    credits: dict[str, list[tuple[int, str]]] | None = None


def _service_column(field_name: str | None) -> tuple[int, str | None]:
    """(row index in the group, CSV column) of a service error's field."""
    if not field_name:
        return 0, None
    match = re.fullmatch(r"allocations\.(\d+)\.(creditId|amount)", field_name)
    if match:
        column = "credit_document" if match.group(2) == "creditId" else "amount"
        return int(match.group(1)), column
    if field_name == "allocations":
        return 0, "amount"
    if field_name in _SERVICE_FIELDS:
        return 0, _SERVICE_FIELDS[field_name] or None
    return 0, re.sub(r"(?<!^)([A-Z])", r"_\1", field_name).lower()


def _refused_by_service(rows: list[Row], refusal: DomainError) -> None:
    for error in refusal.errors:
        index, column = _service_column(error.field)
        rows[min(index, len(rows) - 1)].refuse(column, error.code, error.message)


async def _credits_by_number(
    scope: Scope, numbers: Collection[str]
) -> dict[str, list[tuple[int, str]]]:
    """The credits of the scope left by documents of these numbers, with their documents'
    types (numbers repeat across types), in one query per ``IN_SLICE`` numbers."""
    found: dict[str, list[tuple[int, str]]] = {}
    for part in _slices(numbers):
        for credit in await ArCredit.filter(
            document_number__in=part, entity_id=scope.entity.id if scope.entity else None
        ):
            found.setdefault(credit.document_number, []).append(
                (credit.id, credits.source_of(credit)[0])
            )
    return found


async def _credit_ids(context: _Context, rows: list[Row]) -> list[int | None]:
    """The credits the rows name by their documents' numbers (and types, where numbers
    repeat): read for the chunk, or for the refund when nothing was read ahead."""
    found = context.credits
    if found is None:
        found = await _credits_by_number(
            context.scope, {row.values["credit_document"] for row in rows}
        )
    return [_named_credit(row, found.get(row.values["credit_document"], [])) for row in rows]


def _named_credit(row: Row, candidates: list[tuple[int, str]]) -> int | None:
    number = row.values["credit_document"]
    wanted = row.values.get("credit_type", "").lower()
    if wanted and wanted not in _CREDIT_TYPES:
        row.refuse(
            "credit_type", ErrorCode.INVALID, f"credit_type is one of {', '.join(_CREDIT_TYPES)}."
        )
        return None
    matching = [credit_id for credit_id, kind in candidates if not wanted or kind == wanted]
    if not matching:
        row.refuse(
            "credit_document",
            ErrorCode.CREDIT_NOT_FOUND,
            f"No credit from a document numbered {number!r} here.",
        )
        return None
    if len(matching) > 1:
        row.refuse(
            "credit_type",
            ErrorCode.INVALID,
            f"Several documents are numbered {number!r}: name the credit_type.",
        )
        return None
    return matching[0]


async def _code_id(context: _Context, model: Any, code: str) -> int:
    """The id of a customer or bank account by its code; -1 for none (the service then says
    it does not exist, as it would for any id the caller may not see). Codes found are
    remembered for the run: they never change, and a file names the same ones again."""
    key = (model.__name__, code)
    if key in context.ids:
        return context.ids[key]
    if key in context.missing:
        return -1
    ids = await model.filter(code=code).limit(1).values_list("id", flat=True)
    if not ids:
        return -1
    context.ids[key] = int(ids[0])
    return context.ids[key]


# A chunk of row groups is read ahead, and what its rows name is read for all of them at
# once; memory stays bounded by the chunk, not the file.
CHUNK_GROUPS = 200
CHUNK_ROWS = 1000
IN_SLICE = 500  # values per IN (...): well under every backend's limit on parameters


def _slices(values: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), IN_SLICE):
        yield ordered[start : start + IN_SLICE]


async def _read_codes(context: _Context, model: Any, codes: set[str]) -> None:
    """Ids of the codes not known yet, in one query per slice; the others are missing."""
    name = model.__name__
    wanted = {code for code in codes if code and (name, code) not in context.ids}
    for part in _slices(wanted):
        for pk, code in await model.filter(code__in=part).values_list("id", "code"):
            context.ids[name, str(code)] = int(pk)
    context.missing = {(name, code) for code in wanted if (name, code) not in context.ids}


async def _prefetch(context: _Context, chunk: list[tuple[str, list[Row]]]) -> None:
    """What the chunk's groups look up, read in a few queries for all of them: the keys
    imported before, the customers and bank accounts by code, the credits by document
    number. Safe to read ahead: no group of these kinds creates what a later one looks up
    (a key twice in a file is refused as a duplicate before it gets here)."""
    kind = context.layout.kind
    if kind not in _HANDLERS:
        return
    heads = [rows[0].values for _, rows in chunk]
    context.missing = set()
    await _read_codes(context, Customer, {head.get("customer", "") for head in heads})
    missing = context.missing
    await _read_codes(context, BankAccount, {head.get("bank_account", "") for head in heads})
    context.missing |= missing
    keys = {key for key, _ in chunk if key}
    context.imported = {}
    for part in _slices(keys):
        context.imported.update(await imports.imported_objects(kind, context.scope, part))
    if kind == "customer-refunds":
        numbers = {row.values.get("credit_document", "") for _, rows in chunk for row in rows}
        context.credits = await _credits_by_number(context.scope, numbers - {""})


async def _imported_before(context: _Context, key: str) -> int | None:
    if context.imported is not None:
        return context.imported.get(key)
    return await imports.imported_object(context.layout.kind, context.scope, key)


def _check_refund_rows(rows: list[Row]) -> None:
    head = rows[0]
    for row in rows[1:]:
        for name in _REFUND_HEADER:
            if row.values.get(name, "") != head.values.get(name, ""):
                row.refuse(
                    name,
                    ErrorCode.INVALID,
                    f"{name} differs from the refund's first row (line {head.line}).",
                )
    state = head.values["state"].lower()
    if state and state not in ("draft", "posted"):
        head.refuse("state", ErrorCode.INVALID, "state is draft or posted.")
    paid = head.values["payment_date"]
    if paid and not _is_date(paid):
        head.refuse("payment_date", ErrorCode.INVALID_DATE, f"{paid!r} is no date YYYY-MM-DD.")


def _is_date(value: str) -> bool:
    if not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


async def _import_refund(context: _Context, key: str, rows: list[Row]) -> GroupResult:
    result = GroupResult(key=key, first_line=rows[0].line, status="refused")
    _check_refund_rows(rows)
    if any(row.errors for row in rows):
        return result
    existing = await _imported_before(context, key)
    if existing is not None:
        found = (await refunds.get_refunds(context.actor, context.scope, [existing])).get(existing)
        what = f"{found.number or 'draft'} ({found.state.value})" if found else "deleted since"
        return GroupResult(key, rows[0].line, "skipped", f"already imported: {what}")
    head = rows[0].values
    credit_ids = await _credit_ids(context, rows)
    if any(row.errors for row in rows):
        return result
    data = refunds.RefundInput(
        customer_id=await _code_id(context, Customer, head["customer"]),
        bank_account_id=await _code_id(context, BankAccount, head["bank_account"]),
        currency=head["currency"],
        payment_date=date.fromisoformat(head["payment_date"]),
        reference=head.get("reference", ""),
        memo=head.get("memo", ""),
    )
    allocations = [
        refunds.AllocationInput(credit_id=credit_id or -1, amount=row.values["amount"])
        for credit_id, row in zip(credit_ids, rows, strict=True)
    ]
    posted = head["state"].lower() == "posted"

    async def save() -> Refund:
        async with atomic():
            if posted:
                refund = await refunds.record(context.actor, context.scope, data, allocations)
            else:
                refund = await refunds.create_draft(context.actor, context.scope, data, allocations)
            await imports.remember(context.run, "customer-refunds", context.scope, key, refund.id)
        return refund

    try:
        refund = await retrying(save, what="import.customer-refunds")
    except DomainError as refusal:
        _refused_by_service(rows, refusal)
        return result
    state = "posted" if refund.state == RefundState.POSTED else "created"
    return GroupResult(key, rows[0].line, state, refund.number or f"draft {refund.id}")


async def _import_master(context: _Context, key: str, rows: list[Row]) -> GroupResult:
    [row] = rows
    result = GroupResult(key=key, first_line=row.line, status="refused")
    if row.errors:
        return result
    item: dict[str, Any] = {name: value for name, value in row.values.items() if value}
    if "active" in item:
        flag = item["active"].lower()
        if flag not in ("true", "false"):
            row.refuse("active", ErrorCode.INVALID, "active is true or false.")
            return result
        item["active"] = flag == "true"
    section = _SECTIONS[context.layout.kind]

    async def save() -> str:
        async with atomic():
            return await setup_file.apply_item(context.actor, section, item, f"line {row.line}")

    try:
        done = await retrying(save, what="import.setup")
    except DomainError as refusal:
        _refused_by_service(rows, refusal)
        return result
    except setup_file.SetupFileError as error:
        row.refuse(None, ErrorCode.INVALID, str(error))
        return result
    status = {"created": "created", "updated": "updated"}.get(done.split()[0], "skipped")
    return GroupResult(key, row.line, status, done)


_OPEN_ITEM_TYPES = (
    "invoice",
    "debit_memo",
    "credit_memo",
    "overpayment",
    "advance",
    "credit_invoice",
    "inline_credit",
)


def _check_open_item(row: Row) -> str:
    """The row's type, its shape checked (what the services cannot see: the columns)."""
    values = row.values
    kind = values["type"].lower()
    if kind not in _OPEN_ITEM_TYPES:
        row.refuse("type", ErrorCode.INVALID, f"type is one of {', '.join(_OPEN_ITEM_TYPES)}.")
    for column in ("document_date", "due_date"):
        if values.get(column) and not _is_date(values[column]):
            row.refuse(column, ErrorCode.INVALID_DATE, f"{values[column]!r} is no date YYYY-MM-DD.")
    if values["open_amount"].startswith("-"):
        row.refuse("open_amount", ErrorCode.AMOUNT_NOT_POSITIVE, "open_amount is above zero.")
    receipt = kind in ("overpayment", "advance")
    if receipt and not values.get("bank_account"):
        row.refuse("bank_account", ErrorCode.VALUE_REQUIRED, f"An {kind} names its bank account.")
    return kind


async def _import_open_item(context: _Context, key: str, rows: list[Row]) -> GroupResult:
    """One open document of the old system, entered against the opening balance account:
    an invoice (AR debited), a credit memo, an overpayment, an advance or a negative invoice
    (AR credited)."""
    [row] = rows
    result = GroupResult(key=key, first_line=row.line, status="refused")
    values = row.values
    kind = _check_open_item(row)
    if row.errors:
        return result
    if await _imported_before(context, key) is not None:
        return GroupResult(key, row.line, "skipped", "already imported")
    opening = context.opening_account or ""
    customer_id = await _code_id(context, Customer, values["customer"])
    on = date.fromisoformat(values["document_date"])
    amount, memo = values["open_amount"], values.get("memo", "")

    async def save() -> None:
        async with atomic():
            document: Any
            if kind in ("invoice", "credit_invoice", "inline_credit"):
                # An invoice debits AR, a negative one credits it; the opening balance the other.
                due = values.get("due_date") if kind == "invoice" else None
                if kind == "inline_credit":
                    lines = _inline_credit_lines(amount, values["currency"], opening)
                else:
                    line = amount if kind == "invoice" else f"-{amount}"
                    lines = [ar_documents.LineInput(line, opening, "Opening balance")]
                document = await ar_documents.post_invoice(
                    context.actor,
                    context.scope,
                    ar_documents.InvoiceInput(
                        customer_id,
                        values["document_number"],
                        on,
                        values["currency"],
                        lines,
                        due_date=date.fromisoformat(due) if due else None,
                        memo=memo,
                    ),
                )
            elif kind in ("credit_memo", "debit_memo"):
                # A credit memo credits AR, a debit memo debits it; the opening balance the other.
                line = f"-{amount}" if kind == "credit_memo" else amount
                document = await ar_documents.post_adjustment(
                    context.actor,
                    context.scope,
                    ar_documents.AdjustmentInput(
                        customer_id,
                        values["document_number"],
                        on,
                        values["currency"],
                        [ar_documents.LineInput(line, opening, "Opening balance")],
                        memo=memo,
                    ),
                )
            else:
                record = (
                    ar_documents.record_received_payment
                    if kind == "overpayment"
                    else ar_documents.record_advance
                )
                document = await record(
                    context.actor,
                    context.scope,
                    ar_documents.ReceiptInput(
                        customer_id,
                        values["document_number"],
                        on,
                        values["currency"],
                        amount,
                        await _code_id(context, BankAccount, values["bank_account"]),
                        reference=values.get("reference", ""),
                        memo=memo,
                        opening_account_number=opening,
                    ),
                )
            await imports.remember(context.run, "ar-open-items", context.scope, key, document.id)

    try:
        await retrying(save, what="import.ar-open-items")
    except DomainError as refusal:
        _refused_by_service(rows, refusal)
        return result
    return GroupResult(key, row.line, "created", f"{kind} {values['document_number']}")


def _inline_credit_lines(amount: str, currency: str, opening: str) -> list[Any]:
    """A negative invoice whose credit is never refunded keeps a positive line, as the
    original had: the currency's smallest unit, taken back by the other line, so the total
    is what was open."""
    open_minor = money.parse_positive_amount(amount, currency, field="open_amount")
    return [
        ar_documents.LineInput(
            money.format_minor(1, currency), opening, "Opening balance: inline credits"
        ),
        ar_documents.LineInput(
            money.format_minor(-(open_minor + 1), currency), opening, "Opening balance"
        ),
    ]


def _groups(reader: RowReader) -> Iterator[tuple[str, list[Row]]]:
    """Consecutive rows with the same key; a key that comes back later is a duplicate."""
    layout = reader.layout
    key_column, one_row_groups = layout.key, not layout.grouped
    seen: set[str] = set()
    group: list[Row] = []
    current: str | None = None
    for row in reader:
        key = row.values.get(key_column, "")
        if key and layout.key_with:  # e.g. "invoice:INV-1"
            key = ":".join([*(row.values.get(c, "").lower() for c in layout.key_with), key])
        if group and (key != current or one_row_groups):
            yield current or "", group
            group = []
        if not group and key and key in seen:
            row.refuse(
                key_column,
                ErrorCode.DUPLICATE_KEY,
                f"{key!r} appeared earlier in the file; the rows of one "
                f"{'refund follow each other' if not one_row_groups else 'key appear once'}.",
            )
        if not group:
            current = key
            seen.add(key)
        group.append(row)
    if group:
        yield current or "", group


def _chunks(
    groups: Iterator[tuple[str, list[Row]]],
) -> Iterator[list[tuple[str, list[Row]]]]:
    """Row groups in chunks of ``CHUNK_GROUPS`` groups or ``CHUNK_ROWS`` rows. A file that
    breaks off (``CsvFileError``) still has the groups before the break imported."""
    chunk: list[tuple[str, list[Row]]] = []
    rows = 0
    failure: CsvFileError | None = None
    try:
        for group in groups:
            chunk.append(group)
            rows += len(group[1])
            if len(chunk) >= CHUNK_GROUPS or rows >= CHUNK_ROWS:
                yield chunk
                chunk, rows = [], 0
    except CsvFileError as error:
        failure = error
    if chunk:
        yield chunk
    if failure is not None:
        raise failure


class _Rollback(Exception):
    pass


_HANDLERS: dict[str, Callable[[_Context, str, list[Row]], Awaitable[GroupResult]]] = {
    "customer-refunds": _import_refund,
    "ar-open-items": _import_open_item,
}


class _Outputs:
    """The error file (refused rows, ready to fix and import again) and the results file
    (one line per row group: what became of it)."""

    def __init__(
        self, reader: RowReader, error_path: Path | None, results_path: Path | None
    ) -> None:
        self.errors = ErrorFile(error_path, reader.header, reader.delimiter) if error_path else None
        self.results = (
            results_path.open("w", encoding="utf-8", newline="") if results_path else None
        )
        self.writer = csv.writer(self.results) if self.results else None
        if self.writer:
            self.writer.writerow(["line", reader.layout.key, "outcome", "detail"])

    def add(self, result: GroupResult, rows: list[Row]) -> None:
        if result.status == "refused" and self.errors is not None:
            self.errors.write(rows, "Another row of this group was refused")
        if self.writer is not None:
            detail = result.detail or "; ".join(
                f"line {row.line} {column or ''} {code}: {message}"
                for row in rows
                for column, code, message in row.errors
            )
            self.writer.writerow([result.first_line, result.key, result.status, detail])

    def close(self) -> None:
        if self.errors is not None:
            self.errors.close()
        if self.results is not None:
            self.results.close()


async def _one_group(context: _Context, key: str, rows: list[Row], *, dry_run: bool) -> GroupResult:
    handle = _HANDLERS.get(context.layout.kind, _import_master)
    if any(row.errors for row in rows):
        return GroupResult(key, rows[0].line, "refused")
    if not dry_run:
        return await handle(context, key, rows)
    result = GroupResult(key, rows[0].line, "refused")
    try:
        async with atomic():  # a savepoint: a refused group leaves nothing behind
            result = await handle(context, key, rows)
            if result.status == "refused":
                raise _Rollback
    except _Rollback:
        pass
    return result


async def import_file(
    actor: Principal,
    scope: Scope,
    kind: str,
    stream: IO[bytes],
    *,
    file_name: str,
    dry_run: bool = False,
    error_path: Path | None = None,
    results_path: Path | None = None,
    progress: Progress | None = None,
    opening_account: str | None = None,
) -> Summary:
    """Import one file of ``kind`` into ``scope``; see the module's description."""
    layout = LAYOUTS.get(kind)
    if layout is None:
        raise CsvFileError(
            f"Unknown kind {kind!r}; one of {', '.join(LAYOUTS)}.", code=ErrorCode.INVALID
        )
    actor.require(Permission.DATA_IMPORT)
    if layout.top_level and scope.entity is not None:
        raise DomainError(
            f"{kind} is master data of the whole company: import it at the top level.",
            code=ErrorCode.TOP_LEVEL_REQUIRED,
        )
    if kind == "ar-open-items" and not opening_account:
        raise DomainError(
            "Name the opening balance account the open items are entered against.",
            field="openingAccount",
            code=ErrorCode.VALUE_REQUIRED,
        )
    reader = RowReader(stream, layout)
    summary = Summary(kind=kind, dry_run=dry_run)
    outputs = _Outputs(reader, error_path, results_path)
    run = None if dry_run else await imports.start_run(actor, scope, kind, file_name)
    context = _Context(actor, scope, layout, run, opening_account)

    async def each_group() -> None:
        for chunk in _chunks(_groups(reader)):
            await _prefetch(context, chunk)
            for key, rows in chunk:
                summary.rows_read += len(rows)
                result = await _one_group(context, key, rows, dry_run=dry_run)
                _count(summary, result, rows)
                outputs.add(result, rows)
                if progress is not None:
                    progress(reader.counter.consumed, summary.rows_read)

    try:
        if not dry_run:
            await each_group()
        else:  # one transaction, rolled back: later groups see what earlier ones held
            try:
                async with atomic():
                    await each_group()
                    raise _Rollback
            except _Rollback:
                pass
    finally:
        outputs.close()
        if run is not None:
            await imports.finish_run(run, summary.counts())
    summary.run_id = run.id if run is not None else None
    summary.error_file = (
        error_path if outputs.errors is not None and outputs.errors.writer else None
    )
    summary.results_file = results_path
    return summary


def _count(summary: Summary, result: GroupResult, rows: list[Row]) -> None:
    if result.status == "refused":
        summary.refused_rows += len(rows)
        summary.refused_groups += 1
        if not any(row.errors for row in rows):  # refused without saying why: never silent
            rows[0].refuse(None, ErrorCode.INVALID, "Refused.")
    elif result.status == "posted":
        summary.created += 1
        summary.posted += 1
    elif result.status == "created":
        summary.created += 1
    elif result.status == "updated":
        summary.updated += 1
    else:
        summary.skipped += 1
