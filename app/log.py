"""Structured logging: one JSON object per line on stderr (stdout stays free for CLI output)."""

from __future__ import annotations

import logging
import sys

import structlog

from app.settings import Settings


def configure_logging(settings: Settings) -> None:
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer()
        if settings.log_format == "json"
        else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    handler.addFilter(_DriverErrorsInOneLine())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(settings.log_level)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
    # One line per request comes from our own middleware, with the user and timing.
    logging.getLogger("uvicorn.access").disabled = True
    # Tortoise logs every SQL statement at DEBUG and each start and stop at INFO.
    quiet = logging.DEBUG if settings.log_level == "DEBUG" else logging.WARNING
    logging.getLogger("tortoise").setLevel(quiet)
    logging.getLogger("aerich").setLevel(quiet)


class _DriverErrorsInOneLine(logging.Filter):
    """asyncpg logs the failures of its pool's background reconnects with a traceback;
    during an outage that is one traceback per retry. One line says the same."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("asyncpg") and record.exc_info and record.exc_info[1]:
            record.msg = f"{record.getMessage()} ({error_summary(record.exc_info[1])})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.stdlib.get_logger(name)


def error_summary(error: BaseException) -> str:
    """One short line naming a failure, for the log lines that need no traceback."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0][:200]}" if text else type(error).__name__
