"""Every SQL statement on the central tables is in desk/central/database.py; its users call methods only."""

import ast
import re
from pathlib import Path

import desk
from desk.central.schema import CentralBase

DESK = Path(desk.__file__).parent
SQL_MODULE = DESK / "central" / "database.py"
TABLES = "|".join(sorted(CentralBase.metadata.tables))
#: A statement naming a central table the way SQL does (the code writes SQL keywords in capitals).
CENTRAL_SQL = re.compile(rf"\b(FROM|JOIN|INTO|UPDATE|TABLE)\s+({TABLES})\b")
#: Calls that run SQL or reach past the query API for a connection.
EXECUTING = {"execute", "executemany", "executescript", "_connect", "raw", "raw_connection"}


def _strings(tree: ast.AST) -> list[str]:
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def _imports_central(tree: ast.AST) -> bool:
    return any(
        isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desk.central") for node in ast.walk(tree)
    )


def _executing_calls(tree: ast.AST) -> list[str]:
    return [
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in EXECUTING
    ]


def _table_imports(tree: ast.AST) -> list[str]:
    """Table classes (not constants) imported from the schema."""
    return [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "desk.central.schema"
        for alias in node.names
        if not alias.name.isupper()
    ]


def sql_offences(source: str) -> list[str]:
    """What a module other than the SQL module does to the central tables by itself."""
    tree = ast.parse(source)
    offences = [f"SQL: {text.split()[:6]}" for text in _strings(tree) if CENTRAL_SQL.search(text)]
    if _imports_central(tree):
        offences += [f"call: .{name}(" for name in _executing_calls(tree)]
        offences += [f"table: {name}" for name in _table_imports(tree)]
    return offences


def test_the_check_finds_sql_on_central_tables_and_executing_calls():
    collector = (
        "from desk.central.database import CentralDatabase\n"
        "def f(connection):\n"
        '    connection.execute("DELETE FROM count_file WHERE id = ?", (1,))\n'
        '    return f"SELECT d.day FROM day_count d JOIN branch b ON b.id = {x}"\n'
    )
    assert sql_offences(collector) == [
        "SQL: ['DELETE', 'FROM', 'count_file', 'WHERE', 'id', '=']",
        "SQL: ['SELECT', 'd.day', 'FROM', 'day_count', 'd', 'JOIN']",
        "call: .execute(",
    ]
    assert sql_offences("from desk.central.schema import DAY_BREAKDOWNS, CountFile\n") == ["table: CountFile"]
    assert sql_offences('text = "copied from branch folders"\nsession.execute(query)\n') == []


def test_no_module_but_the_sql_module_executes_sql_on_the_central_tables():
    offenders = {
        str(path.relative_to(DESK)): found
        for path in sorted(DESK.rglob("*.py"))
        if path != SQL_MODULE and (found := sql_offences(path.read_text("utf-8")))
    }
    assert offenders == {}


def test_the_checked_users_are_the_collector_and_the_reports():
    users = [DESK / "sync" / "collect.py", *sorted((DESK / "reports").glob("*.py"))]
    central_users = {path.name for path in users if _imports_central(ast.parse(path.read_text("utf-8")))}
    assert {"collect.py", "network_make.py", "network_queries.py", "annual_make.py"} <= central_users
