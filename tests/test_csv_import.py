"""CSV import of refunds and master data: the services' rules row group by row group, whole
refunds or nothing, repeatable by key, a dry run that writes nothing, an error file that
imports as it is once fixed, and an undo."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from app.csv import importing
from app.csv.layouts import LAYOUTS, readme_table, template
from app.services import imports, refunds
from app.services.errors import DomainError
from app.services.sql import fetch
from models import (
    ArCredit,
    BankAccount,
    Customer,
    Entity,
    GLAccount,
    ImportRun,
    JournalLine,
    Refund,
)
from models.enums import RefundState
from tests.conftest import run_cli
from tests.factories import (
    World,
    adjustment,
    advance,
    count_queries,
    enable_refunds,
    invoice,
)

pytestmark = pytest.mark.usefixtures("refunds_enabled")

HEADER = (
    "refund_key,state,customer,bank_account,currency,payment_date,reference,memo,"
    "credit_document,credit_type,amount"
)


def _row(key: str, credit: str, amount: str, **header: str) -> str:
    values = {
        "state": "posted",
        "customer": "C-US",
        "bank_account": "US-OPER",
        "currency": "USD",
        "payment_date": "2026-10-25",
        "reference": f"REF-{key}",
        "memo": "",
    } | header
    return (
        f"{key},{values['state']},{values['customer']},{values['bank_account']},"
        f"{values['currency']},{values['payment_date']},{values['reference']},{values['memo']},"
        f"{credit},,{amount}"
    )


async def _credits(world: World) -> None:
    await adjustment(world, "C-US", "CM-1", "-100.00")
    await advance(world, "C-US", "ADV-1", "50.00")
    await advance(world, "C-US", "ADV-2", "50.00")
    await invoice(world, "C-US", "NEG-1", "-80.00", "30.00")  # a negative invoice, positive line
    await adjustment(world, "C-SHARED", "CM-S", "-40.00")


# Line numbers: the header is line 1.
MIXED = (
    "\n".join(
        [
            HEADER,
            _row("R-GOOD-1", "CM-1", "60.00"),  # 2
            _row("R-GOOD-1", "ADV-1", "20.00"),  # 3
            _row("R-GOOD-2", "CM-1", "10.00", state="draft"),  # 4
            _row("R-NOBODY", "CM-1", "1.00", customer="NOPE"),  # 5
            _row("R-OTHERS", "CM-S", "5.00"),  # 6
            _row("R-NEG", "NEG-1", "5.00"),  # 7
            _row("R-OVER", "CM-1", "500.00"),  # 8
            _row("R-TOGETHER-A", "ADV-2", "30.00"),  # 9
            _row("R-TOGETHER-B", "ADV-2", "30.00"),  # 10
            _row("R-JPY", "ADV-1", "1.5", currency="JPY"),  # 11
            _row("R-DATE", "ADV-1", "1.00", payment_date="2026-02-30"),  # 12
            "R-SHORT,posted,C-US,US-OPER,USD,2026-10-25",  # 13
            _row("R-GOOD-1", "ADV-1", "1.00"),  # 14: the key again, after other refunds
        ]
    )
    + "\n"
)


def _codes(error_file: Path) -> dict[int, set[str]]:
    with error_file.open(encoding="utf-8", newline="") as handle:
        return {
            int(row["error_line"]): set(row["error_code"].split("; "))
            for row in csv.DictReader(handle)
        }


async def _import(
    world: World, content: str, tmp_path: Path, *, dry_run: bool = False, name: str = "in"
) -> importing.Summary:
    return await importing.import_file(
        world.actor,
        world.scope("US01"),
        "customer-refunds",
        io.BytesIO(content.encode("utf-8")),
        file_name=f"{name}.csv",
        dry_run=dry_run,
        error_path=tmp_path / f"{name}.errors.csv",
        results_path=tmp_path / f"{name}.results.csv",
    )


async def _books() -> tuple[list[tuple[str | None, str, int]], dict[str, int]]:
    refunds = [(r.number, r.state.value, r.total_minor) for r in await Refund.all().order_by("id")]
    open_amounts = {c.document_number: c.open_minor for c in await ArCredit.all()}
    return refunds, open_amounts


async def test_good_refunds_go_in_and_each_bad_one_is_refused_with_its_code_and_line(
    world: World, tmp_path: Path
) -> None:
    await _credits(world)
    summary = await _import(world, MIXED, tmp_path)
    assert (summary.rows_read, summary.created, summary.posted) == (13, 3, 2)
    assert (summary.refused_groups, summary.refused_rows) == (9, 9)
    refunds = await Refund.all().order_by("id").prefetch_related("allocations")
    assert [(r.reference, r.state, r.total_minor) for r in refunds] == [
        ("REF-R-GOOD-1", RefundState.POSTED, 8000),
        ("REF-R-GOOD-2", RefundState.DRAFT, 1000),
        ("REF-R-TOGETHER-A", RefundState.POSTED, 3000),
    ]
    assert summary.error_file is not None
    assert _codes(summary.error_file) == {
        5: {"CUSTOMER_NOT_FOUND"},
        6: {"CREDIT_NOT_FOUND"},
        7: {"CREDIT_NOT_ELIGIBLE"},
        8: {"AMOUNT_EXCEEDS_AVAILABLE"},
        10: {"AMOUNT_EXCEEDS_AVAILABLE"},
        11: {"CURRENCY_MISMATCH"},  # JPY is not US01's base currency
        12: {"INVALID_DATE"},
        13: {"MISSING_COLUMN"},
        14: {"DUPLICATE_KEY"},
    }
    with summary.error_file.open(encoding="utf-8", newline="") as handle:
        by_line = {int(row["error_line"]): row for row in csv.DictReader(handle)}
    assert by_line[5]["error_column"] == "customer"
    assert by_line[8]["error_column"] == "amount"
    assert by_line[6]["refund_key"] == "R-OTHERS"  # the original row, ready to fix
    run = await ImportRun.get(id=summary.run_id)
    assert (run.rows_read, run.created, run.posted, run.refused) == (13, 3, 2, 9)


async def test_the_same_file_again_changes_nothing_and_says_so(
    world: World, tmp_path: Path
) -> None:
    await _credits(world)
    await _import(world, MIXED, tmp_path, name="first")
    before = await _books()
    again = await _import(world, MIXED, tmp_path, name="second")
    assert await _books() == before
    assert (again.created, again.skipped, again.refused_groups) == (0, 3, 9)
    results = (tmp_path / "second.results.csv").read_text(encoding="utf-8")
    assert "R-GOOD-1,skipped,already imported: RFUS-000001 (posted)" in results


async def test_the_fixed_error_file_imports_the_rest(world: World, tmp_path: Path) -> None:
    await _credits(world)
    first = await _import(world, MIXED, tmp_path, name="first")
    assert first.error_file is not None
    fixed = first.error_file.read_text(encoding="utf-8")
    fixed = fixed.replace(",NOPE,", ",C-US,").replace(",CM-S,", ",CM-1,")
    fixed = fixed.replace(",NEG-1,", ",CM-1,").replace("500.00", "5.00")
    fixed = fixed.replace(
        "R-TOGETHER-B,posted,C-US,US-OPER,USD,2026-10-25,REF-R-TOGETHER-B,,ADV-2,,30.00",
        "R-TOGETHER-B,posted,C-US,US-OPER,USD,2026-10-25,REF-R-TOGETHER-B,,ADV-2,,20.00",
    )
    fixed = fixed.replace(",JPY,", ",USD,").replace(",1.5,", ",1.50,")
    fixed = fixed.replace("2026-02-30", "2026-02-28")
    fixed = fixed.replace(
        "R-SHORT,posted,C-US,US-OPER,USD,2026-10-25,,,,,",
        "R-SHORT,posted,C-US,US-OPER,USD,2026-10-25,,,ADV-1,,1.00",
    )
    fixed = "\n".join(line for line in fixed.splitlines() if not line.startswith("R-GOOD-1,"))
    second = await _import(world, fixed + "\n", tmp_path, name="fixed")
    assert second.error_file is None, (tmp_path / "fixed.errors.csv").read_text()
    assert (second.created, second.refused_groups) == (8, 0)
    assert await Refund.filter(state=RefundState.POSTED).count() == 10


async def test_a_dry_run_catches_what_the_file_does_to_itself_and_writes_nothing(
    world: World, tmp_path: Path
) -> None:
    await _credits(world)
    before = await _books()
    summary = await _import(world, MIXED, tmp_path, dry_run=True)
    assert await _books() == before
    assert await ImportRun.all().count() == 0
    assert (summary.created, summary.posted, summary.refused_groups) == (3, 2, 9)
    assert summary.error_file is not None
    # Alone, R-TOGETHER-B fits ADV-2; after R-TOGETHER-A of the same file it does not.
    assert _codes(summary.error_file)[10] == {"AMOUNT_EXCEEDS_AVAILABLE"}


async def test_a_file_with_bom_semicolons_and_quotes_reads_the_same(
    world: World, tmp_path: Path
) -> None:
    await _credits(world)
    content = (
        "\ufeff" + HEADER.replace(",", ";") + "\n"
        'R-1;posted;C-US;US-OPER;USD;2026-10-25;"REF;1";"Memo, with ""quotes""\nand a line";'
        "CM-1;adjustment;12.34\n"
    )
    summary = await _import(world, content, tmp_path)
    assert (summary.posted, summary.refused_groups) == (1, 0)
    refund = await Refund.get(reference="REF;1")
    assert refund.memo == 'Memo, with "quotes"\nand a line'
    assert refund.total_minor == 1234


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\xff\xfe not utf-8", "CSV_MALFORMED"),
        (b"", "CSV_MALFORMED"),
        (b"refund_key,state\nR-1,posted\n", "MISSING_COLUMN"),
        ((HEADER + ",colour\n").encode(), "CSV_MALFORMED"),
    ],
)
async def test_a_file_that_is_no_such_csv_is_refused_whole(
    world: World, tmp_path: Path, content: bytes, code: str
) -> None:
    with pytest.raises(importing.CsvFileError) as refused:
        await importing.import_file(
            world.actor,
            world.scope("US01"),
            "customer-refunds",
            io.BytesIO(content),
            file_name="x.csv",
        )
    assert refused.value.code.value == code
    assert await Refund.all().count() == 0


async def test_an_import_of_50_posted_refunds_is_undone_with_one_void_date(
    world: World, tmp_path: Path
) -> None:
    rows = [HEADER]
    for n in range(50):
        await advance(world, "C-US", f"ADV-{n}", "10.00")
        rows.append(_row(f"R-{n}", f"ADV-{n}", "7.00"))
    await adjustment(world, "C-US", "CM-D", "-5.00")
    rows.append(_row("R-DRAFT", "CM-D", "5.00", state="draft"))
    opened = {c.document_number: c.open_minor for c in await ArCredit.all()}
    summary = await _import(world, "\n".join(rows) + "\n", tmp_path)
    assert (summary.posted, summary.created) == (50, 51)
    assert summary.run_id is not None
    undone = await imports.undo_run(
        world.actor,
        world.scope("US01"),
        summary.run_id,
        void_date=date(2026, 11, 1),
        reason="Imported the wrong month",
    )
    assert (undone.voided, undone.deleted) == (50, 1)
    assert {c.document_number: c.open_minor for c in await ArCredit.all()} == opened
    assert await Refund.filter(state=RefundState.VOIDED).count() == 50
    assert await Refund.filter(state=RefundState.DRAFT).count() == 0
    assert {r.void_date for r in await Refund.all()} == {date(2026, 11, 1)}
    again = await imports.undo_run(
        world.actor,
        world.scope("US01"),
        summary.run_id,
        void_date=date(2026, 11, 2),
        reason="again",
    )
    assert (again.voided, again.deleted, again.already_voided) == (0, 0, 50)


MASTER = {
    "gl-accounts": "number,title,kind\n1300,Other receivables,asset\n4100,Services,revenue\n",
    "customers": "code,name,entity,status\nC-NEW,New Co,US01,on_hold\nC-ALL,Everyone's,,\n",
    "bank-accounts": (
        "code,name,currency,gl_account,entity,active\nUS-SAVE,US savings,USD,1000,US01,true\n"
    ),
}


async def test_master_data_goes_in_by_key_and_changes_only_where_the_file_differs(
    world: World, tmp_path: Path
) -> None:
    for kind, content in MASTER.items():
        summary = await importing.import_file(
            world.actor, world.scope(None), kind, io.BytesIO(content.encode()), file_name="m.csv"
        )
        assert summary.refused_groups == 0, kind
        assert summary.created == content.count("\n") - 1, kind
        again = await importing.import_file(
            world.actor, world.scope(None), kind, io.BytesIO(content.encode()), file_name="m.csv"
        )
        assert (again.created, again.skipped) == (0, summary.created), kind
    assert (await Customer.get(code="C-NEW")).status.value == "on_hold"
    assert (await GLAccount.get(number="4100")).kind.value == "revenue"
    assert (await BankAccount.get(code="US-SAVE")).currency == "USD"
    renamed = "code,name,entity,status\nC-NEW,Newer Co,US01,active\nC-BAD,,US01,\n"
    summary = await importing.import_file(
        world.actor,
        world.scope(None),
        "customers",
        io.BytesIO(renamed.encode()),
        file_name="m.csv",
        error_path=tmp_path / "m.errors.csv",
    )
    assert (summary.updated, summary.refused_groups) == (1, 1)
    assert (await Customer.get(code="C-NEW")).name == "Newer Co"
    assert _codes(tmp_path / "m.errors.csv") == {3: {"VALUE_REQUIRED"}}
    bad_kind = "number,title,kind\n1400,Odd,colour\n"
    summary = await importing.import_file(
        world.actor,
        world.scope(None),
        "gl-accounts",
        io.BytesIO(bad_kind.encode()),
        file_name="m.csv",
        error_path=tmp_path / "k.errors.csv",
    )
    assert summary.refused_groups == 1
    assert await GLAccount.filter(number="1400").count() == 0
    with pytest.raises(DomainError) as inside:
        await importing.import_file(
            world.actor,
            world.scope("US01"),
            "customers",
            io.BytesIO(b"code,name\n"),
            file_name="m.csv",
        )
    assert inside.value.code.value == "TOP_LEVEL_REQUIRED"


async def test_importing_needs_the_import_permission_and_those_of_what_it_creates(
    world: World, tmp_path: Path
) -> None:
    from app.services import users  # noqa: PLC0415

    await _credits(world)
    clerk_without_import = await users.create_role(
        "no-import", "", [p for p in users.BUILTIN_ROLES["ar_clerk"][1] if p.value != "data.import"]
    )
    user = await users.create_user("noimport", roles=(clerk_without_import.name,))
    actor = await users.principal_of(user)
    with pytest.raises(DomainError) as refused:
        await importing.import_file(
            actor,
            world.scope("US01"),
            "customer-refunds",
            io.BytesIO(MIXED.encode()),
            file_name="x.csv",
        )
    assert refused.value.code.value == "PERMISSION_DENIED"
    auditor = await users.principal_of(await users.create_user("aud", roles=("auditor",)))
    with pytest.raises(DomainError):
        await importing.import_file(
            auditor,
            world.scope("US01"),
            "customer-refunds",
            io.BytesIO(MIXED.encode()),
            file_name="x.csv",
        )
    assert await Refund.all().count() == 0


async def test_yen_with_decimals_is_refused_in_a_yen_entity(world: World, tmp_path: Path) -> None:
    japan = await Entity.create(company=world.company, code="JP01", name="JP", base_currency="JPY")
    world.banks["JP-OPER"] = await BankAccount.create(
        code="JP-OPER", name="JP", entity=japan, currency="JPY", gl_account=world.accounts["1000"]
    )
    world.customers["C-JP"] = await Customer.create(code="C-JP", name="Tokyo", entity=japan)
    world.more_entities["JP01"] = japan
    await enable_refunds(world, "JP01", prefix="RFJP-")
    await advance(world, "C-JP", "ADV-JP", "1000", currency="JPY", entity="JP01", bank="JP-OPER")
    content = "\n".join(
        [
            HEADER,
            _row("J-1", "ADV-JP", "1.5", customer="C-JP", bank_account="JP-OPER", currency="JPY"),
            _row("J-2", "ADV-JP", "150", customer="C-JP", bank_account="JP-OPER", currency="JPY"),
        ]
    )
    summary = await importing.import_file(
        world.actor,
        world.scope("JP01"),
        "customer-refunds",
        io.BytesIO(content.encode()),
        file_name="jp.csv",
        error_path=tmp_path / "jp.errors.csv",
    )
    assert (summary.posted, summary.refused_groups) == (1, 1)
    assert _codes(tmp_path / "jp.errors.csv") == {2: {"TOO_MANY_DECIMALS"}}
    assert (await Refund.get(reference="REF-J-2")).total_minor == 150


def test_every_layout_has_a_template_whose_header_it_reads() -> None:
    for layout in LAYOUTS.values():
        text = template(layout)
        reader = importing.RowReader(io.BytesIO(text.encode()), layout)
        assert reader.header == layout.names
        assert list(reader) == []  # the documentation lines are comments


async def test_the_cli_imports_prints_a_summary_and_leaves_the_error_file_beside(
    world: World, tmp_path: Path, database_url: str
) -> None:
    await _credits(world)
    source = tmp_path / "october.csv"
    source.write_text(MIXED, encoding="utf-8")
    dry = run_cli(
        "import",
        "customer-refunds",
        str(source),
        "--as",
        "poster",
        "--entity",
        "US01",
        "--dry-run",
        database_url=database_url,
        check=False,
    )
    assert dry.returncode == 1, dry.stderr
    assert "Dry run: nothing was written" in dry.stderr
    assert await Refund.all().count() == 0
    done = run_cli(
        "import",
        "customer-refunds",
        str(source),
        "--as",
        "poster",
        "--entity",
        "US01",
        database_url=database_url,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "refused 9 rows" in done.stderr
    assert (tmp_path / "october.errors.csv").is_file()
    assert await Refund.all().count() == 3
    runs = run_cli("import-runs", "--as", "poster", "--entity", "US01", database_url=database_url)
    assert "october.csv" in runs.stdout
    printed = run_cli("import", "template", "customers", database_url=database_url)
    assert printed.stdout.splitlines()[0] == "code,name,entity,status"


def test_the_readme_documents_every_column_of_every_layout() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for layout in LAYOUTS.values():
        assert readme_table(layout) in readme, f"README: regenerate the {layout.kind} table"


OPEN_ITEMS = (
    "document_number,type,customer,currency,document_date,open_amount,due_date,bank_account,"
    "reference,memo\n"
    """INV-OLD-1,invoice,C-US,USD,2026-09-01,250.00,2026-10-01,,,
CM-OLD-1,credit_memo,C-US,USD,2026-09-02,40.00,,,,
PAY-OLD-1,overpayment,C-US,USD,2026-09-03,15.50,,US-OPER,CHK-9,
ADV-OLD-1,advance,C-US,USD,2026-09-04,100.00,,US-OPER,,
ADV-OLD-2,advance,C-US,USD,2026-09-04,100.00,,,,
INV-OLD-2,invoice,C-US,USD,2026-09-05,-5.00,,,,
INV-OLD-3,receipt,C-US,USD,2026-09-05,5.00,,,,
"""
)


async def test_open_items_of_the_old_system_become_the_customer_balance_and_credits(
    world: World, tmp_path: Path
) -> None:
    from app.services import credits, customers  # noqa: PLC0415
    from app.services.reports import bank as bank_reports  # noqa: PLC0415

    await GLAccount.create(number="3900", title="Opening balances", kind="equity")
    scope = world.scope("US01")

    async def run(name: str, *, dry_run: bool = False) -> importing.Summary:
        return await importing.import_file(
            world.actor,
            scope,
            "ar-open-items",
            io.BytesIO(OPEN_ITEMS.encode()),
            file_name=f"{name}.csv",
            dry_run=dry_run,
            error_path=tmp_path / f"{name}.errors.csv",
            opening_account="3900",
        )

    dry = await run("dry", dry_run=True)
    assert (dry.created, dry.refused_groups) == (4, 3)
    assert await ArCredit.all().count() == 0
    summary = await run("open")
    assert (summary.created, summary.refused_groups) == (4, 3)
    assert _codes(tmp_path / "open.errors.csv") == {
        6: {"VALUE_REQUIRED"},
        7: {"AMOUNT_NOT_POSITIVE"},
        8: {"INVALID"},
    }
    customer = world.customers["C-US"]
    balance = (await customers.balances(world.actor, scope, [customer.id]))[customer.id]
    # 250.00 owed, less 40.00 + 15.50 + 100.00 of credits.
    assert balance.total is not None
    assert balance.total.amount_minor == 9450
    found = (await credits.refundable_credits(world.actor, scope, [customer.id], "USD"))[
        customer.id
    ]
    assert sorted((c.kind.value, c.open_minor) for c in found) == [
        ("adjustment", 4000),
        ("advance", 10000),
        ("overpayment", 1550),
    ]
    # Each opening entry balances against 3900; none of it is a deposit of this bank.
    opening = await GLAccount.get(number="3900")
    lines = await JournalLine.filter(gl_account_id=opening.id)
    assert (
        sum(line.debit_minor - line.credit_minor for line in lines) == -25000 + 4000 + 1550 + 10000
    )
    register = await bank_reports.bank_register(
        world.actor,
        scope,
        world.banks["US-OPER"].id,
        date_from=date(2026, 1, 1),
        date_to=date(2026, 12, 31),
    )
    assert register.items == []
    again = await run("again")
    assert (again.created, again.skipped) == (0, 4)
    with pytest.raises(DomainError) as unnamed:
        await importing.import_file(
            world.actor, scope, "ar-open-items", io.BytesIO(OPEN_ITEMS.encode()), file_name="x"
        )
    assert unnamed.value.code.value == "VALUE_REQUIRED"


async def test_an_import_costs_the_posting_and_one_statement_per_refund_whatever_its_size(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the rows name (keys imported before, credits, customers, bank accounts) is read
    per chunk of refunds, never per refund: beyond what posting it through the service costs,
    a refund costs the statement remembering its key, and a chunk a fixed few reads."""
    monkeypatch.setattr(importing, "CHUNK_GROUPS", 4)
    statements: dict[int, int] = {}
    for size in (4, 12):
        rows = [HEADER]
        for n in range(size):
            for k in range(3):
                await advance(world, "C-US", f"ADV-{size}-{n}-{k}", "10.00")
                rows.append(_row(f"R-{size}-{n}", f"ADV-{size}-{n}-{k}", "7.00"))
        with count_queries() as counter:
            summary = await _import(world, "\n".join(rows) + "\n", tmp_path, name=f"f{size}")
        assert summary.posted == size
        statements[size] = counter.count
    taken: list[list[ArCredit]] = []
    for n in range(4):
        for k in range(3):
            await advance(world, "C-US", f"ONE-{n}-{k}", "10.00")
        taken.append(await ArCredit.filter(document_number__startswith=f"ONE-{n}-").order_by("id"))
    with count_queries() as counter:  # the same refunds, posted one by one through the service
        for three in taken:
            await refunds.record(
                world.actor,
                world.scope("US01"),
                refunds.RefundInput(
                    customer_id=world.customers["C-US"].id,
                    bank_account_id=world.banks["US-OPER"].id,
                    currency="USD",
                    payment_date=date(2026, 10, 25),
                ),
                [refunds.AllocationInput(credit_id=c.id, amount="7.00") for c in three],
            )
    posting = counter.count / 4
    per_refund = (statements[12] - statements[4]) / 8
    # The key remembered (1), and per chunk of 4 refunds: the keys and the credits (2 / 4).
    assert per_refund <= posting + 1 + 2 / 4, (per_refund, posting)


async def _analyze_count(table: str) -> int:
    rows = await fetch(
        "SELECT analyze_count + autoanalyze_count AS n FROM pg_stat_user_tables WHERE relname = ?",
        [table],
    )
    return int(rows[0]["n"])


@pytest.mark.postgres_only
async def test_a_large_import_refreshes_the_planners_statistics(world: World) -> None:
    scope = world.scope("US01")
    small = await imports.start_run(world.actor, scope, "customer-refunds", "small.csv")
    before = await _analyze_count("journal_line")
    await imports.finish_run(small, imports.Counts(rows_read=999, created=999))
    assert await _analyze_count("journal_line") == before  # autovacuum's next pass will do
    large = await imports.start_run(world.actor, scope, "customer-refunds", "large.csv")
    await imports.finish_run(large, imports.Counts(rows_read=2_000, created=600, posted=400))
    assert await _analyze_count("journal_line") == before + 1
