from desk.reports.suppression import suppress_counts, suppress_matrix


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
