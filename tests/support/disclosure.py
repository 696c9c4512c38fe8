"""An attacker for suppression tests: can a hidden cell take another whole-number value, given what is published?

Independent of desk.reports.suppression (which uses linear algebra): this one searches integer
solutions (bounds propagation and branching), so it also sees what non-negativity gives away.
"""

from collections.abc import Hashable, Iterable, Sequence

#: One published sum: cells with coefficients, adding up to zero.
Equation = dict[Hashable, int]
Domains = dict[Hashable, tuple[int, int]]


def sum_equation(parts: Iterable[Hashable], total: Hashable) -> Equation:
    """parts add up to total."""
    equation: Equation = {part: 1 for part in parts}
    equation[total] = equation.get(total, 0) - 1
    return equation


class Attacker:
    """Everything a reader knows: the published cells and the sums between them."""

    def __init__(self, equations: Sequence[Equation], known: dict[Hashable, int], hidden: Iterable[Hashable]):
        self.hidden = sorted(set(hidden), key=repr)
        self.system: list[tuple[dict[Hashable, int], int]] = []
        for equation in equations:
            rest = {cell: c for cell, c in equation.items() if cell in self.hidden and c}
            constant = sum(c * known[cell] for cell, c in equation.items() if cell not in self.hidden)
            if rest:
                self.system.append((rest, -constant))
            else:
                assert constant == 0, f"published figures contradict each other: {equation}"
        self.bound = max([abs(target) for _, target in self.system] + [0])

    def can_be(self, cell: Hashable, low: int, high: int) -> bool:
        """True if some solution puts cell between low and high."""
        domains: Domains = {other: (0, self.bound) for other in self.hidden}
        domains[cell] = (max(0, low), min(self.bound, high))
        return self._solvable(domains)

    def alternatives(self, cell: Hashable, true_value: int) -> bool:
        """True if the cell could be something other than its true value."""
        return self.can_be(cell, 0, true_value - 1) or self.can_be(cell, true_value + 1, self.bound)

    def _propagate(self, domains: Domains) -> bool:
        changed = True
        while changed:
            changed = False
            for rest, target in self.system:
                for cell, c in rest.items():
                    low = high = 0
                    for other, d in rest.items():
                        if other == cell:
                            continue
                        a, b = domains[other]
                        low += min(d * a, d * b)
                        high += max(d * a, d * b)
                    # c * x = target - (others), others in [low, high]
                    span = sorted(((target - high) / c, (target - low) / c))
                    new_low = max(domains[cell][0], _ceil(span[0]))
                    new_high = min(domains[cell][1], _floor(span[1]))
                    if new_low > new_high:
                        return False
                    if (new_low, new_high) != domains[cell]:
                        domains[cell] = (new_low, new_high)
                        changed = True
        return True

    def _solvable(self, domains: Domains) -> bool:
        if domains and min(high - low for low, high in domains.values()) < 0:
            return False
        if not self._propagate(domains):
            return False
        open_cells = [cell for cell, (low, high) in domains.items() if low < high]
        if not open_cells:
            return all(sum(c * domains[cell][0] for cell, c in rest.items()) == t for rest, t in self.system)
        cell = min(open_cells, key=lambda x: (domains[x][1] - domains[x][0], repr(x)))
        low, high = domains[cell]
        for value in range(low, high + 1):
            trial = dict(domains)
            trial[cell] = (value, value)
            if self._solvable(trial):
                return True
        return False


def _ceil(value: float) -> int:
    rounded = round(value)
    return rounded if abs(value - rounded) < 1e-9 else int(value // 1 + 1)


def _floor(value: float) -> int:
    rounded = round(value)
    return rounded if abs(value - rounded) < 1e-9 else int(value // 1)
