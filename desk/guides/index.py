"""Full-text search over guides: SQLite FTS5 with the trigram tokenizer on diacritic-folded text.

Trigrams find Finnish compounds by their parts ("pankki" in "verkkopankkitunnukset"); folding both
the text and the query makes a missing ä/ö harmless. Queries shorter than three characters, and
SQLite builds without FTS5 trigram, use LIKE instead.
"""

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from desk.guides.model import Guide
from desk.guides.synonyms import Synonyms, shipped_synonyms
from desk.guides.text import fold

TITLE_WEIGHT = 10.0
SUMMARY_WEIGHT = 4.0
BODY_WEIGHT = 1.0
#: A word found only in the body: below any title or summary hit, even a stem's.
BODY_ONLY_SCORE = 1.0
SYNONYM_WEIGHT = 0.9
STEM_WEIGHT = 0.6
#: Words at least this long also match by their stem (the word less 2 or 3 letters, leaving 6 or more):
#: Finnish and Swedish endings change with the case ("valtuutusta" finds "valtuutuksen").
STEM_MIN_LENGTH = 7
STEM_CUTS = (2, 3)
MAX_WORDS = 8
#: Tie-break positions: a word found only in the summary comes after any found in a title.
NOT_IN_TITLE = 1000
NOWHERE = 100000


def trigram_available(connection: sqlite3.Connection | None = None) -> bool:
    """Probe whether this SQLite can build an FTS5 trigram table."""
    probe = connection or sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE temp.probe_trigram USING fts5(x, tokenize='trigram')")
        probe.execute("DROP TABLE temp.probe_trigram")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        if connection is None:
            probe.close()


@dataclass(frozen=True)
class Hit:
    """One search result."""

    guide_id: str
    language: str
    title: str


def _words(query: str) -> list[str]:
    return [word for word in re.split(r"[\s\"'*^():,.;!?]+", fold(query)) if word][:MAX_WORDS]


def expand(word: str, synonyms: Synonyms) -> list[tuple[str, float]]:
    """A query word's search terms with their weights: itself, its listed synonyms, and its stem when long."""
    terms = {word: 1.0}
    for alternative in synonyms.alternatives(word):
        terms.setdefault(alternative, SYNONYM_WEIGHT)
    for cut in STEM_CUTS:
        if len(word) - cut >= STEM_MIN_LENGTH - 1:
            terms.setdefault(word[:-cut], STEM_WEIGHT)
    return list(terms.items())


def _rank_sql(groups: list[list[tuple[str, float]]], table: str) -> tuple[str, list[object]]:
    """ORDER BY terms: each query word counts by where its best term is found (title, summary, only the body).

    Equal scores go to the guide that names the words earlier in its title: the one more about them.
    """
    title, summary = f"{table}title_f", f"{table}summary_f"
    scores, positions = [], []
    score_params: list[object] = []
    position_params: list[object] = []
    for group in groups:
        cases = []
        for term, weight in group:
            cases.append(
                f"CASE WHEN instr({title}, ?) > 0 THEN {TITLE_WEIGHT * weight}"
                f" WHEN instr({summary}, ?) > 0 THEN {SUMMARY_WEIGHT * weight} ELSE 0 END"
            )
            score_params += [term, term]
            positions.append(
                f"CASE WHEN instr({title}, ?) > 0 THEN instr({title}, ?)"
                f" WHEN instr({summary}, ?) > 0 THEN {NOT_IN_TITLE} + instr({summary}, ?) ELSE {NOWHERE} END"
            )
            position_params += [term] * 4
        scores.append(f"max({BODY_ONLY_SCORE}, {', '.join(cases)})")
    order = f"({' + '.join(scores)}) DESC, min({NOWHERE}, {', '.join(positions)})"
    return order, [*score_params, *position_params]


class GuideIndex:
    """An in-memory search index; build it on any thread, then query it from one thread at a time."""

    def __init__(
        self,
        use_fts: bool | None = None,
        connection: sqlite3.Connection | None = None,
        synonyms: Synonyms | None = None,
    ) -> None:
        self.synonyms = shipped_synonyms() if synonyms is None else synonyms
        if connection is not None:  # a restored index (from_bytes): its tables are there already
            self._db = connection
            self.uses_fts = bool(
                connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'doc_fts'").fetchone()[0]
            )
            return
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self.uses_fts = trigram_available(self._db) if use_fts is None else use_fts
        self._db.execute(
            "CREATE TABLE doc (rowid INTEGER PRIMARY KEY, guide_id TEXT, language TEXT, title TEXT,"
            " title_f TEXT, summary_f TEXT, body_f TEXT, stamp TEXT NOT NULL DEFAULT '')"
        )
        self._db.execute("CREATE INDEX doc_language ON doc(language)")
        if self.uses_fts:
            self._db.execute(
                "CREATE VIRTUAL TABLE doc_fts USING fts5(title_f, summary_f, body_f,"
                " content='doc', content_rowid='rowid', tokenize='trigram')"
            )

    @classmethod
    def from_bytes(cls, data: bytes) -> "GuideIndex":
        """An index restored from to_bytes(); raises sqlite3.Error when the bytes are not one."""
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            connection.deserialize(data)
            connection.execute("SELECT guide_id, language, stamp FROM doc LIMIT 1").fetchall()
        except sqlite3.Error:
            connection.close()
            raise
        return cls(connection=connection)

    def to_bytes(self) -> bytes:
        """The whole index as bytes, to keep it for the next start."""
        return self._db.serialize()

    def stamps(self) -> dict[tuple[str, str], str]:
        """(id, language) -> the stamp each indexed guide was added with."""
        return {(row[0], row[1]): row[2] for row in self._db.execute("SELECT guide_id, language, stamp FROM doc")}

    def remove(self, keys: Iterable[tuple[str, str]]) -> None:
        """Take guides (by id and language) out of the index."""
        with self._db:
            for guide_id, language in keys:
                where = "FROM doc WHERE guide_id = ? AND language = ?"
                if self.uses_fts:
                    self._db.execute(
                        "INSERT INTO doc_fts (doc_fts, rowid, title_f, summary_f, body_f)"
                        f" SELECT 'delete', rowid, title_f, summary_f, body_f {where}",
                        (guide_id, language),
                    )
                self._db.execute(f"DELETE {where}", (guide_id, language))

    def add(
        self,
        guides: Iterable[Guide],
        service_labels: dict[str, dict[str, str]] | None = None,
        stamps: dict[tuple[str, str], str] | None = None,
    ) -> None:
        """Index guides; service labels (code -> language -> label) make service names searchable.

        A guide's stamp (by its key) records which version of it was indexed, so a kept index is updated only
        for guides whose stamp changed.
        """
        labels = service_labels or {}
        stamps = stamps or {}
        rows = []
        for guide in guides:
            names = " ".join(labels.get(code, {}).get(guide.language, code) for code in guide.services)
            rows.append(
                (
                    guide.id,
                    guide.language,
                    guide.title,
                    fold(guide.title),
                    fold(f"{guide.summary} {names} {guide.id}"),
                    fold(guide.search_text()),
                    stamps.get(guide.key, ""),
                )
            )
        with self._db:
            start = self._db.execute("SELECT coalesce(max(rowid), 0) FROM doc").fetchone()[0]
            self._db.executemany(
                "INSERT INTO doc (guide_id, language, title, title_f, summary_f, body_f, stamp)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            if self.uses_fts:
                self._db.execute(
                    "INSERT INTO doc_fts (rowid, title_f, summary_f, body_f)"
                    " SELECT rowid, title_f, summary_f, body_f FROM doc WHERE rowid > ?",
                    (start,),
                )

    def search(self, query: str, language: str | None = None, limit: int = 50) -> list[Hit]:
        """Guides matching every word of the query (or a synonym or stem of it), title and summary hits first."""
        words = _words(query)
        if not words:
            return []
        groups = [expand(word, self.synonyms) for word in words]
        if self.uses_fts and all(len(term) >= 3 for group in groups for term, _weight in group):
            return self._search_fts(groups, language, limit)
        return self._search_like(groups, language, limit)

    def _search_fts(self, groups: list[list[tuple[str, float]]], language: str | None, limit: int) -> list[Hit]:
        match = " AND ".join(
            "(" + " OR ".join('"' + term.replace('"', '""') + '"' for term, _weight in group) + ")" for group in groups
        )
        order, order_params = _rank_sql(groups, "doc.")
        sql = (
            "SELECT doc.guide_id, doc.language, doc.title FROM doc_fts JOIN doc ON doc.rowid = doc_fts.rowid"
            f" WHERE doc_fts MATCH ?{' AND doc.language = ?' if language else ''}"
            f" ORDER BY {order}, bm25(doc_fts, {TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {BODY_WEIGHT}), doc.title LIMIT ?"
        )
        params = [match, *([language] if language else []), *order_params, limit]
        return [Hit(*row) for row in self._db.execute(sql, params)]

    def _search_like(self, groups: list[list[tuple[str, float]]], language: str | None, limit: int) -> list[Hit]:
        conditions = []
        params: list[object] = []
        for group in groups:
            alternatives = []
            for term, _weight in group:
                pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                alternatives.append(
                    "title_f LIKE ? ESCAPE '\\' OR summary_f LIKE ? ESCAPE '\\' OR body_f LIKE ? ESCAPE '\\'"
                )
                params.extend([pattern] * 3)
            conditions.append("(" + " OR ".join(alternatives) + ")")
        if language:
            conditions.append("language = ?")
            params.append(language)
        order, order_params = _rank_sql(groups, "")
        sql = (
            f"SELECT guide_id, language, title FROM doc WHERE {' AND '.join(conditions)}"
            f" ORDER BY {order}, title LIMIT ?"
        )
        return [Hit(*row) for row in self._db.execute(sql, [*params, *order_params, limit])]

    def close(self) -> None:
        """Free the index."""
        self._db.close()
