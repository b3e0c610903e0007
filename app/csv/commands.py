"""``python -m app import ...``: CSV import from the command line, with a progress bar on a
terminal (rows/s and ETA; nothing when stderr is no terminal)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from app.csv import exporting, importing
from app.csv.layouts import LAYOUTS, template
from app.services import access, imports, users
from app.services.access import Principal, Scope
from models.enums import RefundState

Kinds = ", ".join(LAYOUTS)


def register(cli: typer.Typer) -> None:
    cli.command("import", no_args_is_help=True)(import_command)
    cli.command("import-runs")(import_runs)
    cli.command("undo-import")(undo_import)
    cli.command("export", no_args_is_help=True)(export_command)


async def _actor_and_scope(user: str, entity: str | None) -> tuple[Principal, Scope]:
    actor = await users.principal_of(await users.get_user(user))
    return actor, await access.resolve_scope(actor, entity)


@contextmanager
def _progress(total_bytes: int) -> Iterator[importing.Progress | None]:
    if not sys.stderr.isatty():
        yield None
        return
    bar = Progress(
        TextColumn("importing"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rows]} rows, {task.fields[rate]} rows/s"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("import", total=total_bytes or None, rows=0, rate="-")

    def update(consumed: int, rows: int) -> None:
        elapsed = bar.tasks[0].elapsed or 0
        rate = f"{rows / elapsed:,.0f}" if elapsed > 0 else "-"
        bar.update(task, completed=consumed, rows=f"{rows:,}", rate=rate)

    with bar:
        yield update


def import_command(
    kind: Annotated[str, typer.Argument(help=f"{Kinds}; or 'template' to print one")],
    file: Annotated[
        str | None, typer.Argument(help="The CSV file (for 'template': the kind)")
    ] = None,
    user: Annotated[str | None, typer.Option("--as", help="Username the import is made as")] = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Entity code to import into (refunds)")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check every row against the books; write nothing")
    ] = False,
    opening_account: Annotated[
        str | None,
        typer.Option(
            "--opening-account", help="ar-open-items: the GL account the opening entries balance"
        ),
    ] = None,
) -> None:
    """Import a CSV file: every row checked by the same rules as the API. Refused rows go to
    FILE.errors.csv (fix them and import that file), what became of each row to
    FILE.results.csv. Exit code 1 when any row was refused."""
    from app.cli import fail, say, with_database  # noqa: PLC0415

    if kind == "template":
        layout = LAYOUTS.get(file or "")
        if layout is None:
            raise fail(f"template of what? one of {Kinds}")
        typer.echo(template(layout), nl=False)
        return
    if kind not in LAYOUTS:
        raise fail(f"unknown kind {kind!r}; one of {Kinds}")
    if file is None or user is None:
        raise fail("give the file and --as USER")
    path = Path(file)
    if not path.is_file():
        raise fail(f"{path}: no such file")
    error_path = path.with_name(f"{path.stem}.errors.csv")
    results_path = path.with_name(f"{path.stem}.results.csv")

    def work_on(stream: BinaryIO, progress: importing.Progress | None) -> importing.Summary:
        async def work() -> importing.Summary:
            actor, scope = await _actor_and_scope(user, entity)
            return await importing.import_file(
                actor,
                scope,
                kind,
                stream,
                file_name=path.name,
                dry_run=dry_run,
                error_path=error_path,
                results_path=results_path,
                progress=progress,
                opening_account=opening_account,
            )

        return with_database(work)

    try:
        with path.open("rb") as stream, _progress(path.stat().st_size) as progress:
            summary = work_on(stream, progress)
    except importing.CsvFileError as error:
        where = f" (line {error.line})" if error.line else ""
        raise fail(f"{error.code.value}{where}: {error.message}") from None
    what = "refunds" if kind == "customer-refunds" else kind
    say(
        f"{'Dry run: nothing was written. ' if dry_run else ''}"
        f"{summary.rows_read} rows read; {what} created {summary.created}"
        + (f" (posted {summary.posted})" if kind == "customer-refunds" else "")
        + f", updated {summary.updated}, skipped {summary.skipped} (already imported or "
        f"unchanged); refused {summary.refused_rows} rows ({summary.refused_groups} groups)."
    )
    if summary.run_id is not None:
        say(f"Import run {summary.run_id}.")
    say(f"Results: {results_path}")
    if summary.error_file is not None:
        say(f"Refused rows, with line, column, code and message: {summary.error_file}")
        raise typer.Exit(1)


def import_runs(
    user: Annotated[str, typer.Option("--as", help="Username asking")],
    entity: Annotated[str | None, typer.Option("--entity")] = None,
) -> None:
    """The newest import runs: who, when, which file, and the counts."""
    from app.cli import with_database  # noqa: PLC0415

    async def work() -> list[str]:
        actor, scope = await _actor_and_scope(user, entity)
        runs = await imports.list_runs(actor, scope)
        return [
            f"{run.id}\t{run.started_at:%Y-%m-%d %H:%M}\t{run.kind}\t{run.file_name}\t"
            f"read {run.rows_read} created {run.created} posted {run.posted} updated "
            f"{run.updated} skipped {run.skipped} refused {run.refused}"
            + (f"\tundone {run.undo_void_date}" if run.undone_at else "")
            for run in runs
        ]

    for line in with_database(work):
        typer.echo(line)


def undo_import(
    run: Annotated[int, typer.Argument(help="The import run (see import-runs)")],
    void_date: Annotated[
        str, typer.Option("--void-date", help="YYYY-MM-DD: the date of the reversing entries")
    ],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept on every void)")],
    user: Annotated[str, typer.Option("--as", help="Username (refunds.void, refunds.edit)")],
    entity: Annotated[str | None, typer.Option("--entity")] = None,
) -> None:
    """Undo a refund import: void its posted refunds on one date (each an ordinary void with
    its reversing entry) and delete its drafts."""
    from app.cli import fail, say, with_database  # noqa: PLC0415

    try:
        when = date.fromisoformat(void_date)
    except ValueError:
        raise fail(f"--void-date {void_date!r} is no date YYYY-MM-DD") from None

    async def work() -> imports.Undone:
        actor, scope = await _actor_and_scope(user, entity)
        return await imports.undo_run(actor, scope, run, void_date=when, reason=reason)

    done = with_database(work)
    say(
        f"Import run {run} undone: {done.voided} refunds voided on {when}, {done.deleted} "
        f"drafts deleted, {done.already_voided} voided before."
    )


def export_command(
    kind: Annotated[str, typer.Argument(help=f"{Kinds}, journal-entries")],
    user: Annotated[str, typer.Option("--as", help="Username the export is read as")],
    entity: Annotated[str | None, typer.Option("--entity", help="Entity code")] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="journal-entries: first day, YYYY-MM-DD")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="journal-entries: last day, YYYY-MM-DD")
    ] = None,
    state: Annotated[
        str | None,
        typer.Option(
            "--state",
            help="customer-refunds: draft or posted only (moving the position with "
            "ar-open-items: draft, as open items already hold what posted refunds took)",
        ),
    ] = None,
) -> None:
    """Write a kind as CSV on stdout: the import layouts (what is exported imports as it is),
    or the journal entries of a period for the ERP (one row per journal line)."""
    from app.cli import fail, with_database  # noqa: PLC0415

    try:
        first = date.fromisoformat(date_from) if date_from else None
        last = date.fromisoformat(date_to) if date_to else None
    except ValueError as error:
        raise fail(f"--from/--to: {error}") from None
    if state not in (None, "draft", "posted"):
        raise fail("--state is draft or posted")
    refund_state = RefundState(state) if state else None

    async def work() -> None:
        actor, scope = await _actor_and_scope(user, entity)
        async for cells in exporting.export_rows(
            actor, scope, kind, date_from=first, date_to=last, refund_state=refund_state
        ):
            sys.stdout.write(exporting.csv_line(cells))

    with_database(work)
