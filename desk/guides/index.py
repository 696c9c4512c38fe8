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
from desk.guides.text import fold

TITLE_WEIGHT = 10.0
SUMMARY_WEIGHT = 4.0
BODY_WEIGHT = 1.0


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
    return [word for word in re.split(r"[\s\"'*^():,.;!?]+", fold(query)) if word]


class GuideIndex:
    """An in-memory search index; build it on any thread, then query it from one thread at a time."""

    def __init__(self, use_fts: bool | None = None, connection: sqlite3.Connection | None = None) -> None:
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
        """Guides matching every word of the query, best first (title hits above body hits)."""
        words = _words(query)
        if not words:
            return []
        if self.uses_fts and all(len(word) >= 3 for word in words):
            return self._search_fts(words, language, limit)
        return self._search_like(words, language, limit)

    def _search_fts(self, words: list[str], language: str | None, limit: int) -> list[Hit]:
        match = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        sql = (
            "SELECT doc.guide_id, doc.language, doc.title FROM doc_fts JOIN doc ON doc.rowid = doc_fts.rowid"
            f" WHERE doc_fts MATCH ?{' AND doc.language = ?' if language else ''}"
            f" ORDER BY bm25(doc_fts, {TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {BODY_WEIGHT}), doc.title LIMIT ?"
        )
        params: tuple[object, ...] = (match, language, limit) if language else (match, limit)
        return [Hit(*row) for row in self._db.execute(sql, params)]

    def _search_like(self, words: list[str], language: str | None, limit: int) -> list[Hit]:
        conditions = []
        params: list[object] = []
        score_parts = []
        for word in words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(
                "(title_f LIKE ? ESCAPE '\\' OR summary_f LIKE ? ESCAPE '\\' OR body_f LIKE ? ESCAPE '\\')"
            )
            params.extend([pattern] * 3)
            score_parts.append(pattern)
        if language:
            conditions.append("language = ?")
            params.append(language)
        score = " + ".join(
            "(CASE WHEN title_f LIKE ? ESCAPE '\\' THEN 10 WHEN summary_f LIKE ? ESCAPE '\\' THEN 4 ELSE 1 END)"
            for _ in score_parts
        )
        score_params = [p for pattern in score_parts for p in (pattern, pattern)]
        sql = (
            f"SELECT guide_id, language, title FROM doc WHERE {' AND '.join(conditions)}"
            f" ORDER BY {score} DESC, title LIMIT ?"
        )
        return [Hit(*row) for row in self._db.execute(sql, [*params, *score_params, limit])]

    def close(self) -> None:
        """Free the index."""
        self._db.close()
