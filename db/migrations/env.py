"""Alembic environment: migrates the connection the app hands over, or one from `-x db=PATH`."""

from pathlib import Path

from alembic import context

from desk.store.engine import make_engine
from desk.store.models import Base

target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    database = context.get_x_argument(as_dictionary=True).get("db")
    if not database:
        raise SystemExit("give the database with: alembic -c db/alembic.ini -x db=PATH upgrade head")
    engine = make_engine(Path(database), foreign_keys=False)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
