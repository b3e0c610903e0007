"""Command line: ``python -m app`` or the ``refunds`` console script.

Results a script may consume go to stdout (``tokens create`` prints the token alone);
messages and logs go to stderr. Every failure exits non-zero.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from tortoise import Tortoise

from app import migrations
from app.db import init_orm
from app.log import configure_logging
from app.services import users
from app.services.errors import DomainError
from app.settings import Settings, get_settings
from models.enums import Permission

T = TypeVar("T")

cli = typer.Typer(
    help="Customer refunds service.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
users_cli = typer.Typer(help="Create users, grant roles, restrict entities.", no_args_is_help=True)
roles_cli = typer.Typer(help="List and create roles.", no_args_is_help=True)
tokens_cli = typer.Typer(help="Issue, list and revoke API tokens.", no_args_is_help=True)
cli.add_typer(users_cli, name="users")
cli.add_typer(roles_cli, name="roles")
cli.add_typer(tokens_cli, name="tokens")


def say(message: str) -> None:
    """A message for the person at the terminal (stderr, so stdout stays scriptable)."""
    typer.echo(message, err=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    say(f"error: {message}")
    return typer.Exit(code)


def _settings() -> Settings:
    settings = get_settings()
    configure_logging(settings)
    return settings


def with_database(work: Callable[[], Awaitable[T]]) -> T:
    """Run ``work`` with the ORM started, turning domain errors into exit code 1."""
    settings = _settings()

    async def run() -> T:
        await init_orm(settings)
        try:
            return await work()
        finally:
            await Tortoise.close_connections()

    try:
        return asyncio.run(run())
    except DomainError as error:
        raise fail(error.message) from None


@cli.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface; default from HOST")] = None,
    port: Annotated[int | None, typer.Option(help="Port; default from PORT")] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes sharing the port (stateless; see README)")
    ] = 1,
) -> None:
    """Serve the API (GraphQL at /graphql, health at /health) with uvicorn."""
    import uvicorn  # noqa: PLC0415 - only this command needs the server

    from app.main import create_app  # noqa: PLC0415
    from app.server import APP_FACTORY, uvicorn_options  # noqa: PLC0415

    settings = _settings()
    host = host or settings.host
    port = port or settings.port
    url = settings.local_url(host, port)
    say(f"Serving on {url}  (GraphQL and GraphiQL: {url}/graphql, health: {url}/health)")
    if workers == 1:
        uvicorn.run(
            create_app(settings, settle_collector=True),
            host=host,
            port=port,
            **uvicorn_options(settings),
        )
        return
    if settings.dialect == "sqlite":
        say("note: SQLite takes one writer at a time; more workers help reads only")
    # Each worker imports the app factory and builds its own app, pools and all.
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        workers=workers,
        host=host,
        port=port,
        **uvicorn_options(settings),
    )


@cli.command()
def migrate(
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Apply nothing; fail if migrations are unapplied or models changed."
        ),
    ] = False,
) -> None:
    """Bring the database schema to the newest migration and install the built-in roles."""
    settings = _settings()
    if check:
        heads = asyncio.run(migrations.unapplied(settings))
        if heads:
            raise fail(f"unapplied migrations: {', '.join(heads)}")
        pending = asyncio.run(
            migrations.pending_model_changes(settings, settings.dialect, online=True)
        )
        if pending:
            say(pending)
            raise fail("the models have changes that no migration holds")
        say(f"The {settings.dialect} database is at the newest migration and matches the models.")
        return
    applied = asyncio.run(migrations.upgrade(settings))
    say(
        f"Applied {len(applied)} migration(s) to the {settings.dialect} database"
        + (f": {', '.join(applied)}" if applied else "; it was up to date.")
    )


@cli.command()
def makemigrations(
    name: Annotated[str, typer.Argument(help="Short name, e.g. add_refund_cleared_on")] = "update",
    empty: Annotated[
        bool, typer.Option(help="Write empty migrations for hand-written SQL")
    ] = False,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Write nothing; fail if the models changed without a migration."
        ),
    ] = False,
    dialect: Annotated[str | None, typer.Option(hidden=True)] = None,
) -> None:
    """Write the next migration for every SQL dialect (offline, from the model changes)."""
    settings = _settings()
    if dialect is None:
        # aerich keeps its state in class attributes: one process per dialect.
        failed = False
        for each in migrations.DIALECTS:
            args = [sys.executable, "-m", "app", "makemigrations", name, "--dialect", each]
            args += ["--empty"] if empty else []
            args += ["--check"] if check else []
            failed |= subprocess.run(args, check=False).returncode != 0  # noqa: S603
        if failed:
            raise typer.Exit(1)
        return
    chosen: migrations.Dialect = "postgres" if dialect == "postgres" else "sqlite"
    if check:
        pending = asyncio.run(migrations.pending_model_changes(settings, chosen, online=False))
        if pending:
            say(pending)
            raise fail(
                f"{chosen}: the models have changes that no migration holds; run makemigrations"
            )
        say(f"{chosen}: migrations match the models.")
        return
    written = asyncio.run(migrations.make_migration(settings, chosen, name, empty=empty))
    say(f"{chosen}: " + (f"wrote {', '.join(written)}" if written else "no changes"))


@cli.command("check")
def check() -> None:
    """Scan the books for broken invariants (balances, credits, numbering); exit 1 on any."""
    from app.services.integrity import find_problems  # noqa: PLC0415

    problems = with_database(find_problems)
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise fail(f"{len(problems)} problem(s) found")
    say("No problems found: entries balance, credits, totals, AR and numbering agree.")


@cli.command("schema")
def print_schema() -> None:
    """Print the GraphQL SDL (committed as schema.graphql; a test fails when it drifts)."""
    from schema import build_schema  # noqa: PLC0415

    typer.echo(build_schema(get_settings()).as_str())


@cli.command("openapi")
def print_openapi(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
) -> None:
    """Print the REST API's OpenAPI document (committed as openapi.json; a test fails when
    it drifts)."""
    from app.rest import openapi_text  # noqa: PLC0415

    text = openapi_text(get_settings())
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@cli.command("prune-idempotency-keys")
def prune_idempotency_keys() -> None:
    """Forget idempotency keys older than IDEMPOTENCY_RETENTION_HOURS (run it daily)."""
    from app.services.idempotency import prune_expired  # noqa: PLC0415

    say(f"Forgot {with_database(prune_expired)} expired idempotency key(s).")


@cli.command("setup")
def setup_command(
    file: Annotated[Path, typer.Argument(help="TOML file describing the company (see README)")],
    user: Annotated[
        str, typer.Option("--as", help="Username the changes are made as (needs setup.manage)")
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check everything, write nothing")
    ] = False,
) -> None:
    """Set the company up from a file: entities, accounts, journals, bank accounts,
    customers, AR configuration. Idempotent; all of it is applied or, on any refusal,
    nothing. Prints what it did, item by item, on stdout."""
    from app import setup_file  # noqa: PLC0415

    try:
        plan = setup_file.read(file)
    except setup_file.SetupFileError as error:
        raise fail(str(error)) from None

    async def work() -> setup_file.Outcome:
        actor = await users.principal_of(await users.get_user(user))
        return await setup_file.apply(actor, plan, dry_run=dry_run)

    try:
        outcome = with_database(work)
    except setup_file.SetupFileError as error:
        raise fail(str(error)) from None
    if outcome.refused:
        for line in outcome.refused:
            say(f"refused: {line}")
        raise fail(f"{len(outcome.refused)} refused; nothing was written")
    for line in outcome.done:
        typer.echo(f"would be {line}" if dry_run else line)
    if dry_run:
        say("Dry run: nothing was written.")


@cli.command("seed-demo")
def seed_demo() -> None:
    """Load demo data (if missing) and print fresh demo tokens."""
    from app.demo import seed_demo as load  # noqa: PLC0415

    settings = get_settings()
    tokens = with_database(load)
    url = settings.local_url(settings.host, settings.port)
    lines = [
        "",
        f"GraphiQL: {url}/graphql",
        "Paste one of these into GraphiQL's Headers tab (tokens are shown only now):",
    ]
    lines += [
        f"  {username:<11} {json.dumps({'Authorization': f'Bearer {token}'})}"
        for username, token in tokens.items()
    ]
    lines.append(
        "Try:  { viewer { user { username } permissions menu { label items { label } } } }"
    )
    lines.append(f"Refund workbench: {url}/app  (paste the token alone: rfd_...)")
    typer.echo("\n".join(lines))


@users_cli.command("create")
def users_create(
    username: str,
    name: Annotated[str, typer.Option(help="Display name")] = "",
    email: Annotated[str | None, typer.Option()] = None,
    role: Annotated[list[str] | None, typer.Option(help="Role to grant; repeatable")] = None,
    entity: Annotated[
        list[str] | None,
        typer.Option(
            help="Restrict the user to this entity code; repeatable. Default: all entities."
        ),
    ] = None,
) -> None:
    """Create a user."""
    with_database(
        lambda: users.create_user(
            username, display_name=name, email=email, roles=role or [], entity_codes=entity
        )
    )
    say(f"User {username!r} created.")


@users_cli.command("list")
def users_list() -> None:
    """List users with their roles and entity restrictions."""
    from models import User  # noqa: PLC0415

    async def work() -> list[str]:
        rows = []
        for user in await User.all().order_by("username").prefetch_related("roles", "entities"):
            roles = ",".join(sorted(r.name for r in user.roles)) or "-"
            scope = "all" if user.all_entities else ",".join(sorted(e.code for e in user.entities))
            state = "active" if user.is_active else "inactive"
            rows.append(f"{user.username}\t{state}\troles={roles}\tentities={scope or '-'}")
        return rows

    typer.echo("\n".join(with_database(work)))


@users_cli.command("grant-role")
def users_grant_role(username: str, role: str) -> None:
    """Grant a role to a user."""
    with_database(lambda: users.grant_role(username, role))
    say(f"Granted {role!r} to {username!r}.")


@users_cli.command("revoke-role")
def users_revoke_role(username: str, role: str) -> None:
    """Take a role away from a user."""
    with_database(lambda: users.revoke_role(username, role))
    say(f"Revoked {role!r} from {username!r}.")


@users_cli.command("restrict")
def users_restrict(
    username: str,
    entity: Annotated[list[str], typer.Option(help="Entity code; repeatable")],
) -> None:
    """Restrict a user to the given entities."""

    async def work() -> None:
        await users.restrict_to_entities(await users.get_user(username), entity)

    with_database(work)
    say(f"{username!r} may now reach only: {', '.join(sorted(entity))}.")


@users_cli.command("deactivate")
def users_deactivate(username: str) -> None:
    """Deactivate a user: their tokens stop working at once."""
    with_database(lambda: users.set_active(username, False))
    say(f"User {username!r} deactivated.")


@users_cli.command("activate")
def users_activate(username: str) -> None:
    """Reactivate a user."""
    with_database(lambda: users.set_active(username, True))
    say(f"User {username!r} activated.")


@roles_cli.command("list")
def roles_list() -> None:
    """List roles and the permissions they grant."""
    from models import Role  # noqa: PLC0415

    async def work() -> list[str]:
        return [
            f"{role.name}\t{','.join(p.value for p in await users.role_permissions(role))}"
            for role in await Role.all()
        ]

    typer.echo("\n".join(with_database(work)))


@roles_cli.command("create")
def roles_create(
    name: str,
    permission: Annotated[list[Permission], typer.Option(help="Permission; repeatable")],
    description: Annotated[str, typer.Option()] = "",
) -> None:
    """Create a role granting the given permissions."""
    with_database(lambda: users.create_role(name, description, permission))
    say(f"Role {name!r} created.")


@tokens_cli.command("create")
def tokens_create(
    username: str,
    name: Annotated[str, typer.Option(help="What the token is for")] = "cli",
    expires_in_days: Annotated[int | None, typer.Option(min=1)] = None,
) -> None:
    """Issue a token and print it alone on stdout; it cannot be shown again."""
    expires = timedelta(days=expires_in_days) if expires_in_days else None
    issued = with_database(lambda: users.issue_token(username, name, expires_in=expires))
    say(
        f"Token {issued.record.id} ({issued.record.token_prefix}…) issued to {username!r}; "
        "store it now, it is shown only once."
    )
    typer.echo(issued.secret)


@tokens_cli.command("list")
def tokens_list(username: str) -> None:
    """List a user's tokens (never the secrets)."""
    records = with_database(lambda: users.list_tokens(username))
    for record in records:
        state = "revoked" if record.revoked_at else "active"
        typer.echo(
            f"{record.id}\t{record.token_prefix}…\t{record.name}\t{state}\t"
            f"created={record.created_at:%Y-%m-%d}\t"
            f"last_used={record.last_used_at or '-'}"
        )


@tokens_cli.command("revoke")
def tokens_revoke(token_id: int) -> None:
    """Revoke a token by its id (see ``tokens list``); it stops working at once."""
    with_database(lambda: users.revoke_token(token_id))
    say(f"Token {token_id} revoked.")


from app.csv import commands as csv_commands  # noqa: E402 (the commands import this module)

csv_commands.register(cli)


def main() -> None:
    cli()
