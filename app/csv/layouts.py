"""The CSV layouts: one per kind, with documented columns (the README table is generated
from here, and ``python -m app import template KIND`` prints the header and an example)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    required: bool
    format: str
    example: str


@dataclass(frozen=True, slots=True)
class Layout:
    kind: str
    description: str
    key: str  # the column holding the row group's stable key
    columns: tuple[Column, ...]
    top_level: bool  # master data lives at the top level; refunds in an entity
    # Other columns the key is unique with (a document number is unique per type).
    key_with: tuple[str, ...] = ()
    grouped: bool = False  # several rows per key, following each other (refunds)

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def required(self) -> list[str]:
        return [column.name for column in self.columns if column.required]


CUSTOMERS = Layout(
    kind="customers",
    description="Customers, by code: created when new, changed where the file differs.",
    key="code",
    top_level=True,
    columns=(
        Column("code", True, "text, unique", "C-0001"),
        Column("name", True, "text", "Bottom-Dollar Markets"),
        Column("entity", False, "entity code; empty: shared by every entity", "US01"),
        Column("status", False, "active (default), on_hold or inactive", "active"),
    ),
)

GL_ACCOUNTS = Layout(
    kind="gl-accounts",
    description="The chart of accounts, by number.",
    key="number",
    top_level=True,
    columns=(
        Column("number", True, "text, unique", "1200"),
        Column("title", True, "text", "Accounts receivable"),
        Column("kind", True, "asset, liability, equity, revenue or expense", "asset"),
        Column("active", False, "true (default) or false", "true"),
    ),
)

BANK_ACCOUNTS = Layout(
    kind="bank-accounts",
    description="Bank accounts, by code, each with its GL cash account.",
    key="code",
    top_level=True,
    columns=(
        Column("code", True, "text, unique", "US-OPER"),
        Column("name", True, "text", "US operating"),
        Column("currency", True, "ISO 4217 code", "USD"),
        Column("gl_account", True, "GL account number", "1000"),
        Column("entity", False, "entity code; empty: shared by every entity", "US01"),
        Column("active", False, "true (default) or false", "true"),
    ),
)

CUSTOMER_REFUNDS = Layout(
    kind="customer-refunds",
    description="Refunds already paid, one row per credit a refund clears; the rows of one "
    "refund share its refund_key, follow each other and repeat its header columns.",
    key="refund_key",
    top_level=False,
    grouped=True,
    columns=(
        Column("refund_key", True, "text up to 100, unique per entity", "CARD-2026-10-0001"),
        Column("state", True, "draft or posted", "posted"),
        Column("customer", True, "customer code", "C-0001"),
        Column("bank_account", True, "bank account code", "US-OPER"),
        Column("currency", True, "ISO 4217 code: the entity's base currency", "USD"),
        Column("payment_date", True, "YYYY-MM-DD", "2026-10-25"),
        Column("reference", False, "text up to 100", "WIRE-123"),
        Column("memo", False, "text up to 1000", "Card refund"),
        Column("credit_document", True, "number of the document that left the credit", "CM-7"),
        Column(
            "credit_type",
            False,
            "invoice, adjustment, payment or advance: only where numbers repeat",
            "adjustment",
        ),
        Column("amount", True, "decimal with the currency's digits, e.g. 12.50", "120.00"),
    ),
)

AR_OPEN_ITEMS = Layout(
    kind="ar-open-items",
    description="A customer's open AR from the old system, one row per open document, each "
    "entered against the opening balance account the import names (--opening-account).",
    key="document_number",
    key_with=("type",),
    top_level=False,
    columns=(
        Column("document_number", True, "text, unique per type and entity", "INV-0042"),
        Column(
            "type",
            True,
            "invoice, debit_memo (a positive adjustment), credit_memo, overpayment (an "
            "unapplied payment), advance, "
            "credit_invoice (a negative invoice's credit) or inline_credit (a negative "
            "invoice's credit from inline credits: never refunded)",
            "invoice",
        ),
        Column("customer", True, "customer code", "C-0001"),
        Column("currency", True, "ISO 4217 code", "USD"),
        Column("document_date", True, "YYYY-MM-DD", "2026-09-30"),
        Column(
            "open_amount", True, "what is open, above zero, with the currency's digits", "250.00"
        ),
        Column("due_date", False, "YYYY-MM-DD (invoices)", "2026-10-30"),
        Column(
            "bank_account",
            False,
            "bank account code: required for overpayments and advances",
            "US-OPER",
        ),
        Column("reference", False, "text up to 100 (overpayments and advances)", "CHK-881"),
        Column("memo", False, "text up to 1000", "Brought over from the old system"),
    ),
)

LAYOUTS = {
    layout.kind: layout
    for layout in (CUSTOMERS, GL_ACCOUNTS, BANK_ACCOUNTS, AR_OPEN_ITEMS, CUSTOMER_REFUNDS)
}

# Columns the error file adds to the refused rows.
ERROR_COLUMNS = ("error_line", "error_column", "error_code", "error_message")


def template(layout: Layout) -> str:
    """The header row, a commented line per column, and a commented example row."""
    lines = [",".join(layout.names)]
    for column in layout.columns:
        need = "required" if column.required else "optional"
        lines.append(f"# {column.name}: {need}; {column.format}")
    lines.append("# example: " + ",".join(column.example for column in layout.columns))
    return "\n".join(lines) + "\n"


def readme_table(layout: Layout) -> str:
    rows = ["| Column | Required | Format | Example |", "|---|---|---|---|"]
    rows += [
        f"| `{c.name}` | {'yes' if c.required else 'no'} | {c.format} | `{c.example}` |"
        for c in layout.columns
    ]
    return "\n".join(rows)
