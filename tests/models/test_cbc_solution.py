"""CBC's solution file is read by name: marked lines and dropped rows land where they belong."""

import numpy as np

from twinparks.models.solver_cbc import read_cbc_solution

SOLUTION = """Stopped on time - objective value 12.50000000
      0 r0                     2                       2
**    2 r2                   1.5                      -1
      1 c1                   0.5                     0.25
**    0 c0        1.2345678901234                       0
"""


def test_values_and_duals_are_placed_by_name(tmp_path):
    path = tmp_path / "model.sol"
    path.write_text(SOLUTION)
    status, x, dual = read_cbc_solution(str(path), num_cols=3, num_rows=3)
    assert status == "stopped on time"
    np.testing.assert_array_equal(x, [1.2345678901234, 0.5, 0.0])
    np.testing.assert_array_equal(dual, [2.0, 0.0, -1.0])  # r1 was dropped by CBC
