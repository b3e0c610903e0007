# Production image: the API on uvicorn, configured by DATABASE_URL (PostgreSQL in production).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN groupadd --system app \
    && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app

# Dependencies in their own layer: rebuilt only when the lock file changes.
COPY requirements/runtime.txt requirements/runtime.txt
RUN pip install -r requirements/runtime.txt

COPY app app
COPY schema schema
COPY models models
COPY migrations migrations
RUN mkdir -p /app/data && chown app:app /app/data

USER app
ENV HOST=0.0.0.0 \
    PORT=8000 \
    LOG_FORMAT=json \
    DATABASE_URL=sqlite:///app/data/refunds.sqlite3
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ['PORT']}/health\", timeout=4)"]

# Migrate first (safe to repeat: applies only what is missing), then serve.
CMD ["sh", "-c", "python -m app migrate && exec python -m app serve"]
