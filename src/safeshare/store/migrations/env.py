"""Alembic environment: the URL comes from the config the caller builds (store/migrate.py)."""

from __future__ import annotations

from alembic import context

from safeshare.store.db import make_engine
from safeshare.store.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url")
assert url is not None  # noqa: S101 - set by store.migrate.alembic_config

if context.is_offline_mode():
    context.configure(
        url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
