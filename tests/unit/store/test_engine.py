from desk.store.engine import make_engine


def test_every_connection_gets_the_pragmas(tmp_path):
    engine = make_engine(tmp_path / "p.sqlite3")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_foreign_keys_can_be_off_for_migrations(tmp_path):
    engine = make_engine(tmp_path / "p.sqlite3", foreign_keys=False)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    engine.dispose()


def test_ddl_is_transactional(tmp_path):
    engine = make_engine(tmp_path / "p.sqlite3")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
            raise RuntimeError("fail inside the transaction")
    except RuntimeError:
        pass
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='t'").scalar() == 0
    engine.dispose()


def test_database_closes_its_connections_at_the_end_of_a_with_block(tmp_path):
    from sqlalchemy import text

    from desk.store.database import Database

    with Database.open(tmp_path / "desk.sqlite3") as database:
        with database.session() as session:
            session.execute(text("SELECT 1"))
        assert database.engine.pool.checkedin() == 1
    assert database.engine.pool.checkedin() == 0
