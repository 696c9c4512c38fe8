"""Small-cell suppression for demographic tables (docs/reports.md, "Small cells").

A count below the threshold (but above zero) is hidden ("primary" suppression). Published figures
are tied together by sums: a table's cells add up to its total, a cross-table's rows and columns add
up to its margins, and the same figure may appear in two tables. Each such sum is a `Line`. Cells
are then hidden ("secondary" suppression) until no hidden cell can be worked out:

* no line holds exactly one hidden cell (it would be its total minus the visible cells);
* in a line whose total is shown, the hidden cells add up to at least the threshold, so the
  reader cannot even tell that each of them is small;
* an exact audit over all lines together (linear algebra over the hidden cells) finds no hidden
  cell whose value follows from the published ones; if it finds one, one more cell is hidden.

Every hidden cell, primary or secondary, is shown with the same neutral mark (``tables.HIDDEN_MARK``).
"""

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

DEFAULT_THRESHOLD = 5

#: A large prime: the audit's elimination runs modulo it, exact for these small integer systems.
_PRIME = (1 << 61) - 1


@dataclass(frozen=True)
class Line:
    """Published cells tied by one sum: the parts add up to the total (total None: parts equal)."""

    parts: tuple[Hashable, ...]
    total: Hashable | None = None

    def cells(self) -> tuple[Hashable, ...]:
        """Every cell of the line, the total last."""
        return self.parts if self.total is None else (*self.parts, self.total)

    def coefficients(self) -> dict[Hashable, int]:
        """The line as a linear equation: sum of coefficient × cell = 0."""
        if self.total is None:  # two cells known to be equal: a - b = 0
            first, *rest = self.parts
            result = {first: len(rest)}
            for cell in rest:
                result[cell] = result.get(cell, 0) - 1
            return result
        result = {part: 1 for part in self.parts}
        result[self.total] = result.get(self.total, 0) - 1
        return result


@dataclass
class Grid:
    """The cells of one or more tables that are published together, and the sums that tie them.

    Attributes:
        values: every cell's true value.
        sensitive: cells that are hidden when 0 < value < threshold (demographic counts).
        fixed: cells that are always shown (e.g. a headline total published elsewhere anyway).
        margins: total cells, hidden only when nothing else will do.
        lines: the sums readers know.
    """

    values: dict[Hashable, int] = field(default_factory=dict)
    sensitive: set[Hashable] = field(default_factory=set)
    fixed: set[Hashable] = field(default_factory=set)
    margins: set[Hashable] = field(default_factory=set)
    lines: list[Line] = field(default_factory=list)

    def add_line(self, parts: Iterable[Hashable], total: Hashable | None = None) -> None:
        """Add a sum: parts add up to total (or, without a total, the parts are equal)."""
        self.lines.append(Line(tuple(parts), total))


def suppress(grid: Grid, threshold: int = DEFAULT_THRESHOLD) -> set[Hashable]:
    """The cells to hide: primary small cells and every cell needed to protect them."""
    hidden = {cell for cell in grid.sensitive if 0 < grid.values[cell] < threshold and cell not in grid.fixed}
    if not hidden:
        return hidden
    while True:
        if _apply_line_rules(grid, hidden, threshold):
            continue
        determined = derivable(grid, hidden)
        if not determined:
            return hidden
        near = [line for cell in sorted(determined, key=repr) for line in _lines_with(grid, cell)]
        touched = [line for line in grid.lines if any(cell in hidden for cell in line.cells())]
        if not _hide_next(grid, hidden, near) and not _hide_next(grid, hidden, touched):
            return hidden  # nothing left that may be hidden: every hideable cell already is


def _apply_line_rules(grid: Grid, hidden: set[Hashable], threshold: int) -> bool:
    """Hide one more cell in the first line that breaks a rule; True if one was hidden."""
    for line in grid.lines:
        cells = line.cells()
        in_line = [cell for cell in cells if cell in hidden]
        if not in_line:
            continue
        lone = len(in_line) == 1 and len(cells) > 1
        total_shown = line.total is not None and line.total not in hidden
        hidden_sum = sum(grid.values[cell] for cell in in_line if cell in line.parts)
        too_small = total_shown and 0 < hidden_sum < threshold and len(in_line) < len(line.parts)
        if (lone or too_small) and _hide_next(grid, hidden, [line]):
            return True
    return False


def _lines_with(grid: Grid, cell: Hashable) -> list[Line]:
    return [line for line in grid.lines if cell in line.cells()]


def _hide_next(grid: Grid, hidden: set[Hashable], lines: Sequence[Line]) -> bool:
    """Hide the cheapest visible cell of these lines: an inner cell before a margin, a small non-zero first."""
    candidates = {cell for line in lines for cell in line.cells() if cell not in hidden and cell not in grid.fixed}
    if not candidates:
        return False

    def cost(cell: Hashable) -> tuple[int, int, int, str]:
        value = grid.values[cell]
        # Hiding a zero protects little: a reader may guess it; so do it only when nothing else is left.
        return (cell in grid.margins, value == 0, value, repr(cell))

    hidden.add(min(candidates, key=cost))
    return True


def derivable(grid: Grid, hidden: set[Hashable]) -> set[Hashable]:
    """Hidden cells whose value follows from the shown cells and the lines.

    Two ways, repeated until neither finds more: a line whose shown total equals its shown parts
    makes every hidden part zero (counts are never negative); and exact linear algebra over the
    lines pins any cell that is a combination of published figures.
    """
    known: set[Hashable] = set()
    while True:
        found = _zero_by_residual(grid, hidden, known) | _pinned(grid, hidden - known)
        found -= known
        if not found:
            return known
        known |= found


def _zero_by_residual(grid: Grid, hidden: set[Hashable], known: set[Hashable]) -> set[Hashable]:
    zeros: set[Hashable] = set()
    for line in grid.lines:
        if line.total is None or (line.total in hidden and line.total not in known):
            continue
        unknown = [part for part in line.parts if part in hidden and part not in known]
        shown = sum(grid.values[part] for part in line.parts if part not in unknown)
        if unknown and grid.values[line.total] == shown:
            zeros.update(unknown)
    return zeros


def _pinned(grid: Grid, unknown: set[Hashable]) -> set[Hashable]:
    order = sorted(unknown, key=repr)
    index = {cell: position for position, cell in enumerate(order)}
    rows: list[list[int]] = []
    for line in grid.lines:
        row = [0] * len(order)
        for cell, coefficient in line.coefficients().items():
            if cell in index:
                row[index[cell]] = coefficient % _PRIME
        if any(row):
            rows.append(row)
    pivots = _reduce(rows, len(order))
    determined = set()
    for row_index, column in pivots:
        row = rows[row_index]
        if all(row[other] == 0 for other in range(len(order)) if other != column):
            determined.add(order[column])
    return determined


def _reduce(rows: list[list[int]], width: int) -> list[tuple[int, int]]:
    """Reduced row echelon form in place (modulo _PRIME); returns (row, pivot column) pairs."""
    pivots: list[tuple[int, int]] = []
    top = 0
    for column in range(width):
        found = next((r for r in range(top, len(rows)) if rows[r][column]), None)
        if found is None:
            continue
        rows[top], rows[found] = rows[found], rows[top]
        inverse = pow(rows[top][column], _PRIME - 2, _PRIME)
        rows[top] = [value * inverse % _PRIME for value in rows[top]]
        for other in range(len(rows)):
            factor = rows[other][column]
            if other != top and factor:
                pivot_row = rows[top]
                rows[other] = [(value - factor * p) % _PRIME for value, p in zip(rows[other], pivot_row, strict=True)]
        pivots.append((top, column))
        top += 1
        if top == len(rows):
            break
    return pivots


def suppress_matrix(values: Sequence[Sequence[int]], threshold: int = DEFAULT_THRESHOLD) -> list[list[bool]]:
    """A same-shaped mask for a table whose row totals (and, with several rows, column totals) are shown."""
    grid = matrix_grid(values)
    hidden = suppress(grid, threshold)
    return [[(r, c) in hidden for c in range(len(row))] for r, row in enumerate(values)]


def matrix_grid(values: Sequence[Sequence[int]], fixed_totals: bool = True) -> Grid:
    """A grid of cells (r, c) with row totals ('row', r), column totals ('col', c) and the grand total."""
    grid = Grid()
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            grid.values[(r, c)] = int(value)
            grid.sensitive.add((r, c))
    width = max((len(row) for row in values), default=0)
    row_totals = [("row", r) for r in range(len(values))]
    column_totals = [("col", c) for c in range(width)]
    grand = ("grand",)
    for r, row in enumerate(values):
        grid.values[row_totals[r]] = sum(int(value) for value in row)
        grid.add_line([(r, c) for c in range(len(row))], row_totals[r])
    grid.values[grand] = sum(grid.values[total] for total in row_totals)
    if len(values) > 1:
        for c in range(width):
            grid.values[column_totals[c]] = sum(int(row[c]) for row in values if c < len(row))
            grid.add_line([(r, c) for r in range(len(values)) if c < len(values[r])], column_totals[c])
        grid.add_line(row_totals, grand)
        grid.add_line(column_totals, grand)
        grid.margins.update(row_totals + column_totals)
        grid.fixed.add(grand)
    else:
        grid.fixed.update(row_totals)
    if fixed_totals:
        grid.fixed.update(row_totals + column_totals)
    return grid


def suppress_counts(values: Sequence[int], threshold: int = DEFAULT_THRESHOLD) -> list[bool]:
    """The mask for a one-way distribution whose total is published."""
    return suppress_matrix([list(values)], threshold)[0]
