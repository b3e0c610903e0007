"""``python -m app setup FILE``: idempotent, all or nothing, and what may not change is
refused with the reason."""

from __future__ import annotations

from pathlib import Path

from app.services import users
from models import AuditEvent, BankAccount, Entity, GLAccount
from tests.conftest import run_cli

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "setup.toml"


async def _company_rows() -> list[object]:
    return [
        await model.all().order_by("id").values()
        for model in (Entity, GLAccount, BankAccount, AuditEvent)
    ]


async def test_the_example_file_sets_a_company_up_once(
    db: None, database_url: str, tmp_path: Path
) -> None:
    await users.create_user("ada", roles=("admin",))
    dry = run_cli("setup", str(EXAMPLE), "--as", "ada", "--dry-run", database_url=database_url)
    assert "would be created entity US01" in dry.stdout
    assert await Entity.all().count() == 0
    first = run_cli("setup", str(EXAMPLE), "--as", "ada", database_url=database_url)
    assert "created company 'Northwind Holdings'" in first.stdout
    assert "set AR configuration of US01" in first.stdout
    rows = await _company_rows()
    again = run_cli("setup", str(EXAMPLE), "--as", "ada", database_url=database_url)
    assert again.stdout.splitlines() == [
        line.replace("created", "unchanged").replace("set AR", "unchanged AR")
        for line in first.stdout.splitlines()
    ]
    assert await _company_rows() == rows

    # A changed file: what may change changes, and says so.
    changed = tmp_path / "changed.toml"
    changed.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace('"Sales"', '"Sales of goods"'),
        encoding="utf-8",
    )
    updated = run_cli("setup", str(changed), "--as", "ada", database_url=database_url)
    assert "updated GL account 4000: title" in updated.stdout
    assert (await GLAccount.get(number="4000")).title == "Sales of goods"


async def test_a_refusal_writes_nothing_of_the_file(
    db: None, database_url: str, tmp_path: Path
) -> None:
    await users.create_user("ada", roles=("admin",))
    run_cli("setup", str(EXAMPLE), "--as", "ada", database_url=database_url)
    rows = await _company_rows()
    text = EXAMPLE.read_text(encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(
        text.replace(
            '"Sales"', '"Renamed"'
        ).replace(  # would be fine alone  # the AR control account cannot stop being an asset
            'number = "1200"\ntitle = "Accounts receivable"\nkind = "asset"',
            'number = "1200"\ntitle = "Accounts receivable"\nkind = "revenue"',
        ),
        encoding="utf-8",
    )
    refused = run_cli("setup", str(broken), "--as", "ada", database_url=database_url, check=False)
    assert refused.returncode == 1
    assert "refused: gl_accounts[2]: kind: Account 1200 is the AR control account" in (
        refused.stderr
    )
    assert "nothing was written" in refused.stderr
    assert refused.stdout == ""
    assert await _company_rows() == rows


async def test_a_file_that_is_not_a_setup_is_refused_before_any_work(
    db: None, database_url: str, tmp_path: Path
) -> None:
    await users.create_user("ada", roles=("admin",))
    for text, reason in (
        ("[company\nname = 1", "Expected"),
        ("[[countries]]\ncode = 'X'", "unknown sections"),
        ("[[entities]]\ncode = 1\nname = 'X'\nbase_currency = 'USD'", "code must be a string"),
    ):
        bad = tmp_path / "bad.toml"
        bad.write_text(text, encoding="utf-8")
        result = run_cli("setup", str(bad), "--as", "ada", database_url=database_url, check=False)
        assert result.returncode == 1, result
        assert reason in result.stderr
    assert await Entity.all().count() == 0
    # Acting as somebody who may not set the company up.
    await users.create_user("carl", roles=("ar_clerk",))
    result = run_cli("setup", str(EXAMPLE), "--as", "carl", database_url=database_url, check=False)
    assert result.returncode == 1
    assert "setup.manage" in result.stderr
    assert await Entity.all().count() == 0
