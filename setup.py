"""Package layout only (metadata lives in pyproject.toml).

Every package under app/, schema/ and models/ is found, with or without ``__init__.py``,
so a wheel holds the whole service. The migrations stay at the top of the repository, where
aerich and reviewers look for them, and travel inside the wheel as
``app/bundled_migrations``: an installed service migrates its database without the source
tree.
"""

from setuptools import find_namespace_packages, setup

BUNDLED_MIGRATIONS = "app.bundled_migrations"
NOT_CODE = ["*__pycache__*"]

code = find_namespace_packages(
    include=[name for top in ("app", "schema", "models") for name in (top, f"{top}.*")],
    exclude=NOT_CODE,
)
migration_sets = [
    f"{BUNDLED_MIGRATIONS}.{name}"
    for name in find_namespace_packages(where="migrations", exclude=NOT_CODE)
]

setup(
    packages=[*code, BUNDLED_MIGRATIONS, *migration_sets],
    package_dir={BUNDLED_MIGRATIONS: "migrations"},
    # The GraphiQL page's own script and the vendored GraphiQL assets with their licences:
    # an installed service serves them itself (works offline, no CDN).
    # The refund workbench (/app): its page and its plain ES modules and stylesheet.
    package_data={
        "app": [
            "static/*.js",
            "static/*.css",
            "static/graphiql/*",
            "static/workbench/*",
            "pages/*.html",
        ]
    },
)
