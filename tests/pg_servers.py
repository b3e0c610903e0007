"""Real servers beside the test PostgreSQL: a streaming replica of it and a PgBouncer in front
of it, each started in a scratch directory on a free port and removed afterwards.

PostgreSQL and PgBouncer refuse to run as root, so when the tests run as root (CI does) the
servers run as the ``postgres`` user (``runuser``). What the machine lacks is returned as a
precise reason to skip, never papered over.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.served import free_port

POSTGRES_BIN_ROOT = Path("/usr/lib/postgresql")
PGBOUNCER = "/usr/sbin/pgbouncer"
# What the tests add to the primary's pg_hba.conf when replication connections are refused
# (a reload applies it; no restart). Added once, recognised by this comment.
HBA_MARK = "# customer-refunds tests: streaming replica (tests/pg_servers.py)"
HBA_LINE = "host replication all 127.0.0.1/32 trust"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", ""}


class Unavailable(Exception):
    """This machine cannot run the server; the message is the reason to skip."""


@dataclass(frozen=True)
class Endpoint:
    """Where a PostgreSQL (or PgBouncer) listens, and as whom the tests connect."""

    host: str
    port: int
    user: str

    @classmethod
    def of(cls, url: str) -> Endpoint:
        parts = urlsplit(url)
        return cls(parts.hostname or "127.0.0.1", parts.port or 5432, parts.username or "postgres")

    def dsn(self, database: str = "postgres", **options: str) -> str:
        extra = "".join(f" {name}={value}" for name, value in options.items())
        return f"host={self.host} port={self.port} user={self.user} dbname={database}{extra}"

    def url(self, like: str) -> str:
        """``like`` (a Tortoise URL) pointed at this endpoint, same database and options."""
        parts = urlsplit(like)
        netloc = f"{self.user}@{self.host}:{self.port}"
        return urlunsplit(parts._replace(netloc=netloc))


def as_postgres_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *command]
    return ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(command)]


# Where the tools run: a folder every user may enter. Run as ``postgres`` from the test's
# own folder (a clone in a private temporary folder, as CI makes), pg_basebackup cannot
# change back to it and fails; every path the tools are given is absolute.
NEUTRAL_CWD = "/"


def _run(command: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, cwd=NEUTRAL_CWD
    )


def psql(bin_dir: Path, dsn: str, sql: str) -> str:
    """One statement through psql; its output (unaligned, tuples only)."""
    result = _run([str(bin_dir / "psql"), "-XAtq", "-v", "ON_ERROR_STOP=1", "-d", dsn, "-c", sql])
    if result.returncode != 0:
        raise RuntimeError(f"psql {sql!r} on {dsn!r}: {result.stderr.strip()}")
    return result.stdout.strip()


def server_bin(primary: Endpoint) -> Path:
    """The Debian binaries of the primary's major version."""
    psql_any = shutil.which("psql")
    if psql_any is None:
        raise Unavailable("no psql on PATH (Debian's postgresql-client)")
    result = _run([psql_any, "-XAtq", "-d", primary.dsn(), "-c", "SHOW server_version_num"])
    if result.returncode != 0:
        raise Unavailable(f"cannot reach the test PostgreSQL: {result.stderr.strip()}")
    major = int(result.stdout.strip()) // 10000
    bin_dir = POSTGRES_BIN_ROOT / str(major) / "bin"
    for tool in ("postgres", "pg_ctl", "pg_basebackup", "psql"):
        if not (bin_dir / tool).exists():
            raise Unavailable(f"{bin_dir / tool} is missing (Debian's postgresql-{major})")
    return bin_dir


def _scratch_dir(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")
    path.chmod(0o700)
    return path


def allow_replication(bin_dir: Path, primary: Endpoint) -> None:
    """Make sure the primary takes replication connections from 127.0.0.1.

    wal_level and max_wal_senders need a restart to change: when they are off, this only
    says so. A missing pg_hba.conf entry is added to the primary's own file (when it is on
    this machine and writable) and applied with a reload, once."""
    wal_level = psql(bin_dir, primary.dsn(), "SHOW wal_level")
    senders = int(psql(bin_dir, primary.dsn(), "SHOW max_wal_senders"))
    if wal_level not in {"replica", "logical"} or senders < 1:
        raise Unavailable(
            f"the test PostgreSQL has wal_level={wal_level}, max_wal_senders={senders}; a "
            "streaming replica needs wal_level=replica and max_wal_senders>=1 (a restart)"
        )
    probe = [str(bin_dir / "psql"), "-XAtq", "-d", primary.dsn(replication="true")]
    if _run([*probe, "-c", "IDENTIFY_SYSTEM"]).returncode == 0:
        return
    hba = Path(psql(bin_dir, primary.dsn(), "SHOW hba_file"))
    if primary.host not in LOCAL_HOSTS or not os.access(hba, os.W_OK):
        raise Unavailable(
            f"the test PostgreSQL refuses replication connections from {primary.host} and its "
            f"pg_hba.conf ({hba}) is not writable here: add '{HBA_LINE}' to it and reload"
        )
    if HBA_MARK not in hba.read_text():
        with hba.open("a") as handle:
            handle.write(f"\n{HBA_MARK}\n{HBA_LINE}\n")
    psql(bin_dir, primary.dsn(), "SELECT pg_reload_conf()")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if _run([*probe, "-c", "IDENTIFY_SYSTEM"]).returncode == 0:
            return
        time.sleep(0.2)
    raise Unavailable(f"replication connections are still refused after adding '{HBA_LINE}'")


# Settings a hot standby must have at least as high as its primary.
_AT_LEAST_PRIMARY = (
    "max_connections",
    "max_worker_processes",
    "max_wal_senders",
    "max_prepared_transactions",
    "max_locks_per_transaction",
)


@dataclass
class Replica:
    bin_dir: Path
    data_dir: Path
    endpoint: Endpoint
    log_path: Path

    def query(self, sql: str, database: str = "postgres") -> str:
        return psql(self.bin_dir, self.endpoint.dsn(database), sql)

    def pause_replay(self) -> None:
        self.query("SELECT pg_wal_replay_pause()")

    def resume_replay(self) -> None:
        self.query("SELECT pg_wal_replay_resume()")

    def wait_replayed(self, primary: Endpoint, timeout: float = 30) -> None:
        """Until the replica has replayed everything the primary has written so far."""
        target = psql(self.bin_dir, primary.dsn(), "SELECT pg_current_wal_lsn()")
        deadline = time.monotonic() + timeout
        sql = f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn"
        while self.query(sql) != "t":
            if time.monotonic() > deadline:
                raise AssertionError(f"the replica did not replay up to {target} in {timeout} s")
            time.sleep(0.05)

    def stop(self) -> None:
        _run(
            as_postgres_user(
                [str(self.bin_dir / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "immediate"]
            )
        )


@contextmanager
def streaming_replica(primary_url: str) -> Iterator[Replica]:
    """A hot standby of the test PostgreSQL: pg_basebackup -R into a scratch directory, a
    second server on a free port streaming from the primary; stopped and removed after."""
    primary = Endpoint.of(primary_url)
    bin_dir = server_bin(primary)
    allow_replication(bin_dir, primary)
    scratch = _scratch_dir("refunds-replica-")
    data_dir = scratch / "data"
    port = free_port()
    log_path = scratch / "replica.log"
    # A slot of the replica's own keeps the WAL it needs on the primary, from the backup's
    # start until the replica is removed: without one, a primary busy writing (a shared CI
    # machine) recycled a segment the backup still had to stream. Slots a killed run left
    # behind would keep WAL forever: those of this machine's dead processes go first.
    _drop_dead_runs_slots(bin_dir, primary)
    slot = f"{_slot_prefix()}{os.getpid()}_{port}"
    replica: Replica | None = None
    try:
        backup = _run(
            as_postgres_user(
                [
                    str(bin_dir / "pg_basebackup"),
                    f"--dbname={primary.dsn()}",
                    "-D",
                    str(data_dir),
                    "-R",  # standby.signal, primary_conninfo and primary_slot_name
                    "-X",
                    "stream",
                    "--create-slot",
                    f"--slot={slot}",
                    "-c",
                    "fast",
                    "--no-sync",
                ]
            ),
            timeout=300,
        )
        if backup.returncode != 0:
            raise Unavailable(f"pg_basebackup failed: {backup.stderr.strip()}")
        at_least = {
            name: psql(bin_dir, primary.dsn(), f"SHOW {name}") for name in _AT_LEAST_PRIMARY
        }
        # Debian keeps the primary's configuration in /etc: the copy has none of its own.
        settings = {
            "port": str(port),
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": f"'{scratch}'",
            "hot_standby": "on",
            "shared_buffers": "'32MB'",
            "fsync": "off",
            "ssl": "off",
            # Queries on the standby are never cancelled by replay conflicts mid-test.
            "max_standby_streaming_delay": "-1",
            **at_least,
        }
        conf = "".join(f"{name} = {value}\n" for name, value in settings.items())
        (data_dir / "postgresql.conf").write_text(conf)
        (data_dir / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 trust\n"
        )
        for path in (data_dir / "postgresql.conf", data_dir / "pg_hba.conf"):
            if os.geteuid() == 0:
                shutil.chown(path, "postgres", "postgres")
        replica = Replica(bin_dir, data_dir, Endpoint("127.0.0.1", port, primary.user), log_path)
        started = _run(
            as_postgres_user(
                [
                    str(bin_dir / "pg_ctl"),
                    "start",
                    "-w",
                    "-t",
                    "60",
                    "-D",
                    str(data_dir),
                    "-l",
                    str(log_path),
                ]
            )
        )
        if started.returncode != 0:
            log = log_path.read_text() if log_path.exists() else ""
            raise AssertionError(f"the replica did not start: {started.stderr}\n{log}")
        deadline = time.monotonic() + 60
        streaming = "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'"
        while replica.query(streaming) != "1":
            if time.monotonic() > deadline:
                raise AssertionError(f"the replica is not streaming:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield replica
    finally:
        try:
            if replica is not None:  # also one that failed to start, or is still starting
                replica.stop()
            _drop_slot(bin_dir, primary, slot)
        except Exception as error:  # never in place of the failure that brought us here
            warnings.warn(f"cleaning up the test replica: {error}", stacklevel=1)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


SLOT_PREFIX = "refunds_test_replica_"


def _slot_prefix() -> str:
    """Slots of this machine's test replicas (slot names: lower-case letters, digits, _)."""
    host = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]
    return f"{SLOT_PREFIX}{host}_"


def _drop_slot(bin_dir: Path, primary: Endpoint, slot: str) -> None:
    """Drop the slot if it exists; its replica has stopped, and its sender exits within
    moments (until then the slot is active and cannot be dropped)."""
    sql = (
        "SELECT count(pg_drop_replication_slot(slot_name)) FROM pg_replication_slots"
        f" WHERE slot_name = '{slot}'"
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            psql(bin_dir, primary.dsn(), sql)
            return
        except RuntimeError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _drop_dead_runs_slots(bin_dir: Path, primary: Endpoint) -> None:
    """Best effort: drop this machine's test replica slots whose process has ended (a run
    killed before its cleanup). Another live run's slots are left alone, active or not."""
    prefix = _slot_prefix()
    names = psql(
        bin_dir,
        primary.dsn(),
        "SELECT slot_name FROM pg_replication_slots"
        f" WHERE starts_with(slot_name, '{prefix}') AND NOT active",
    ).split()
    for name in names:
        pid = name.removeprefix(prefix).split("_")[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            psql(bin_dir, primary.dsn(), f"SELECT pg_drop_replication_slot('{name}')")
        except RuntimeError as error:  # taken meanwhile, or gone: not ours to insist
            warnings.warn(f"leaving replication slot {name}: {error}", stacklevel=1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


@dataclass
class Bouncer:
    endpoint: Endpoint
    log_path: Path


@contextmanager
def pgbouncer(primary_url: str) -> Iterator[Bouncer]:
    """Debian's PgBouncer in transaction mode on a free port, in front of the test
    PostgreSQL (every database), from a scratch configuration; stopped and removed after."""
    if not Path(PGBOUNCER).exists():
        raise Unavailable(
            f"{PGBOUNCER} is missing: scripts/install-pgbouncer (make install) installs it"
        )
    primary = Endpoint.of(primary_url)
    scratch = _scratch_dir("refunds-pgbouncer-")
    port = free_port()
    log_path = scratch / "pgbouncer.log"
    (scratch / "userlist.txt").write_text(f'"{primary.user}" ""\n')
    (scratch / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host={primary.host} port={primary.port}\n"
        "[pgbouncer]\n"
        "listen_addr = 127.0.0.1\n"
        f"listen_port = {port}\n"
        "unix_socket_dir =\n"
        "auth_type = trust\n"
        f"auth_file = {scratch / 'userlist.txt'}\n"
        "pool_mode = transaction\n"
        "max_client_conn = 500\n"
        # Fewer server connections than clients: transactions of different clients share
        # them, as in production (session state would leak between clients).
        "default_pool_size = 8\n"
        f"pidfile = {scratch / 'pgbouncer.pid'}\n"
    )
    for path in scratch.iterdir():
        if os.geteuid() == 0:
            shutil.chown(path, "postgres", "postgres")
    with log_path.open("w") as log_file:  # PgBouncer logs to stderr
        process = subprocess.Popen(
            as_postgres_user([PGBOUNCER, str(scratch / "pgbouncer.ini")]),
            cwd=NEUTRAL_CWD,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
        )
    bouncer = Bouncer(Endpoint("127.0.0.1", port, primary.user), log_path)
    try:
        psql_bin = shutil.which("psql") or "psql"
        deadline = time.monotonic() + 30
        while _run([psql_bin, "-XAtq", "-d", bouncer.endpoint.dsn(), "-c", "SELECT 1"]).returncode:
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"PgBouncer did not start:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield bouncer
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(scratch, ignore_errors=True)
