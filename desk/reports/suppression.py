"""Small-cell suppression for demographic tables (docs/reports.md, "Small cells").

A count below the threshold (but above zero) is hidden ("primary" suppression). Then, in any row
or column of the table that has exactly one hidden cell, the smallest other cell is hidden too
("secondary" suppression), so the hidden value cannot be recovered by subtracting the visible
cells from a published total. This repeats until no row or column has a lone hidden cell.
"""

from collections.abc import Sequence

DEFAULT_THRESHOLD = 5


def suppress_matrix(values: Sequence[Sequence[int]], threshold: int = DEFAULT_THRESHOLD) -> list[list[bool]]:
    """Return a same-shaped mask: True where a cell must be hidden.

    Row and column totals are assumed to be published, so each row and each column is
    checked (a table with one row is the usual one-way distribution with its total).
    """
    rows = [list(row) for row in values]
    hidden = [[0 < value < threshold for value in row] for row in rows]
    if not rows or not rows[0]:
        return hidden
    lines = [[(r, c) for c in range(len(rows[r]))] for r in range(len(rows))]
    if len(rows) > 1:
        lines += [[(r, c) for r in range(len(rows))] for c in range(len(rows[0]))]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if len(line) < 2 or sum(hidden[r][c] for r, c in line) != 1:
                continue
            candidates = [(r, c) for r, c in line if not hidden[r][c]]
            # Prefer hiding a non-zero cell: hiding a zero protects nothing the reader could not guess.
            nonzero = [cell for cell in candidates if rows[cell[0]][cell[1]] > 0]
            r, c = min(nonzero or candidates, key=lambda cell: (rows[cell[0]][cell[1]], cell))
            hidden[r][c] = True
            changed = True
    return hidden


def suppress_counts(values: Sequence[int], threshold: int = DEFAULT_THRESHOLD) -> list[bool]:
    """The mask for a one-way distribution whose total is published."""
    return suppress_matrix([list(values)], threshold)[0]
