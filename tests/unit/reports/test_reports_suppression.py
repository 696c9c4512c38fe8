import random

from desk.domain.codes import AgeBand
from desk.reports.network import age_grid
from desk.reports.suppression import Grid, derivable, matrix_grid, suppress, suppress_counts, suppress_matrix
from tests.support.disclosure import Attacker


def test_nothing_hidden_when_all_cells_are_large():
    assert suppress_counts([10, 20, 5]) == [False, False, False]


def test_small_cell_and_next_smallest_are_hidden():
    # 3 is below 5; hiding it alone would let 40 - 10 - 20 - 7 reveal it, so 7 goes too.
    assert suppress_counts([10, 20, 3, 7]) == [False, False, True, True]


def test_two_small_cells_need_no_secondary():
    assert suppress_counts([10, 2, 3, 20]) == [False, True, True, False]


def test_zero_is_not_hidden_by_itself_and_nonzero_preferred_for_secondary():
    assert suppress_counts([0, 4, 9, 30]) == [False, True, True, False]


def test_zero_hidden_when_it_is_the_only_other_cell():
    assert suppress_counts([4, 0]) == [True, True]


def test_threshold_is_configurable():
    assert suppress_counts([8, 12, 30], threshold=10) == [True, True, False]
    assert suppress_counts([8, 12, 30], threshold=5) == [False, False, False]


def test_matrix_no_row_or_column_has_a_lone_hidden_cell():
    table = [
        [12, 3, 25],
        [30, 18, 9],
        [14, 22, 40],
    ]
    mask = suppress_matrix(table)
    assert mask[0][1]
    for r in range(3):
        assert sum(mask[r]) != 1
    for c in range(3):
        assert sum(mask[r][c] for r in range(3)) != 1


def test_matrix_hidden_value_cannot_be_derived_from_totals():
    table = [[1, 50, 60], [40, 45, 70]]
    mask = suppress_matrix(table)
    for r, row in enumerate(table):
        hidden = [c for c in range(len(row)) if mask[r][c]]
        assert len(hidden) != 1
    for c in range(3):
        hidden = [r for r in range(2) if mask[r][c]]
        assert len(hidden) != 1


# --- every hidden cell stays hidden: an attacker searching whole-number solutions over random tables ---


def attacker(grid: Grid, hidden: set) -> Attacker:
    """A reader who knows every shown cell of the grid and every sum between them."""
    equations = [line.coefficients() for line in grid.lines]
    known = {cell: value for cell, value in grid.values.items() if cell not in hidden}
    return Attacker(equations, known, hidden)


def assert_protected(grid: Grid, hidden: set, threshold: int = 5, interval: bool = True) -> None:
    """No hidden cell has one possible value; with interval, no small cell is even seen to be small."""
    reader = attacker(grid, hidden)
    for cell in hidden:
        true_value = grid.values[cell]
        assert reader.can_be(cell, true_value, true_value)
        assert reader.alternatives(cell, true_value), f"{cell} = {true_value} can be worked out from the figures"
        totals = [grid.values[line.total] for line in grid.lines if cell in line.parts and line.total is not None]
        small = cell in grid.sensitive and 0 < true_value < threshold
        if interval and small and min(totals, default=0) >= threshold:
            # Unless a whole sum is small (and published), nobody can tell that a hidden cell is small.
            assert reader.can_be(cell, threshold, reader.bound), f"{cell} is visibly small"


def test_one_way_tables_protect_every_small_cell():
    rng = random.Random(20)
    for _ in range(150):
        values = [rng.choice([0, 1, 2, 3, 4, 6, 9, 14, 25]) for _ in range(rng.randint(2, 5))]
        grid = matrix_grid_for(values)
        assert_protected(grid, suppress(grid))


def matrix_grid_for(values):
    return matrix_grid([values])


def test_cross_tables_protect_every_small_cell_hiding_margins_if_need_be():
    rng = random.Random(11)
    for _ in range(40):
        rows, columns = rng.randint(2, 3), rng.randint(2, 3)
        table = [[rng.choice([0, 1, 2, 3, 6, 8, 12]) for _ in range(columns)] for _ in range(rows)]
        grid = matrix_grid(table, fixed_totals=False)
        hidden = suppress(grid)
        assert not derivable(grid, hidden)
        assert_protected(grid, hidden, interval=False)


def test_age_band_table_and_service_by_age_table_are_protected_together():
    rng = random.Random(7)
    bands = [band.value for band in AgeBand]
    for _ in range(12):
        services = ["netbank", "email"][: rng.randint(1, 2)]
        matrix = [[rng.choice([0, 1, 2, 3, 7]) for _ in bands] for _ in services]
        ages: dict = {band: sum(row[i] for row in matrix) for i, band in enumerate(bands)}
        if rng.random() < 0.5:  # some sessions with an age band but no service: the two tables differ
            ages[bands[0]] += rng.randint(1, 3)
        ages[None] = rng.choice([0, 2, 9])
        grid = age_grid(ages, services, matrix)
        hidden = suppress(grid)
        assert ("age", None) not in grid.fixed
        assert_protected(grid, hidden, interval=False)


def test_a_bridge_between_two_protected_blocks_is_caught_by_the_audit():
    # Rows and columns each hold two hidden cells, yet the middle cell is pinned by the sums:
    # the line rules alone would publish this; the audit hides one more cell.
    grid = Grid()
    for cell, value in {"a": 3, "b": 3, "c": 30}.items():
        grid.values[cell] = value
        grid.sensitive.add(cell)
    grid.values["t1"], grid.values["t2"] = 6, 33
    grid.fixed.update({"t1", "t2"})
    grid.add_line(["a", "b"], "t1")
    grid.add_line(["b", "c"], "t2")
    hidden = suppress(grid)
    assert {"a", "b"} <= hidden
    assert_protected(grid, hidden)
