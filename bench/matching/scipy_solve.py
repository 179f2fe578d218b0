#!/usr/bin/python3
"""Reference solver for the matching benchmark: SciPy on the same instance as ours.

Usage: /usr/bin/python3 bench/matching/scipy_solve.py FILE [--max-dense-cells N]

FILE is either a solver input document (.json, the `match:solve` format) or the benchmark's
binary dump (.bin, see write-binary.ts). Prints one JSON line: {objective, matched, ms, method}.
Only the SciPy solve call is timed, never loading or matrix building.

Both methods work on the slot-expanded problem: an opening with capacity c becomes
min(c, in-degree) identical columns. Only edges with a positive score are kept, since any other
edge can never raise the total.

- dense: linear_sum_assignment(maximize=True) on a participants x slots matrix filled with 0 for
  non-edges. A zero cell chosen by the solver means "unmatched" (or "seat left empty"), so the
  optimum is exactly the max-total-score with optional matching. Used up to --max-dense-cells.
- sparse: min_weight_full_bipartite_matching on participants x (slots + one private dummy column
  per participant). Real edges cost BIG - score, the dummy costs BIG, with BIG = max score + 1 so
  every stored cost is strictly positive (no explicit zeros for scipy.sparse to drop). All
  participants are matched (to a seat or to their dummy), so minimising cost = n*BIG - total
  score maximises the total with optional matching.

Exit codes: 0 ok, 3 when SciPy is not installed (the benchmark then times only ours).
"""
import json
import struct
import sys
import time

try:
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching
except ImportError as error:  # pragma: no cover - depends on the machine
    print(json.dumps({"error": "scipy_missing", "message": str(error)}))
    sys.exit(3)

MAGIC = b"JBMI"


def load_binary(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:4] != MAGIC:
        raise SystemExit("not a JBMI file: " + path)
    _version, n_p, n_o, m = struct.unpack_from("<4i", data, 4)
    offset = 20
    cap = np.frombuffer(data, dtype="<i4", count=n_o, offset=offset)
    offset += 4 * n_o
    ep = np.frombuffer(data, dtype="<i4", count=m, offset=offset)
    offset += 4 * m
    eo = np.frombuffer(data, dtype="<i4", count=m, offset=offset)
    offset += 4 * m
    offset += (-offset) % 8
    score = np.frombuffer(data, dtype="<f8", count=m, offset=offset)
    return n_p, n_o, cap.astype(np.int64), ep.astype(np.int64), eo.astype(np.int64), score.copy()


def load_json(path):
    with open(path, "r", encoding="utf-8") as handle:
        doc = json.load(handle)
    p_index = {p["id"]: i for i, p in enumerate(doc["participants"])}
    o_index = {o["id"]: i for i, o in enumerate(doc["openings"])}
    cap = np.array([o["capacity"] for o in doc["openings"]], dtype=np.int64)
    ep = np.array([p_index[e["p"]] for e in doc["edges"]], dtype=np.int64)
    eo = np.array([o_index[e["o"]] for e in doc["edges"]], dtype=np.int64)
    score = np.array([e["score"] for e in doc["edges"]], dtype=np.float64)
    return len(p_index), len(o_index), cap, ep, eo, score


def expand(n_o, cap, ep, eo, score):
    """Keeps positive edges and repeats each once per seat of its opening."""
    keep = (score > 0) & (cap[eo] > 0)
    ep, eo, score = ep[keep], eo[keep], score[keep]
    seats = np.minimum(cap, np.bincount(eo, minlength=n_o))
    seat_start = np.concatenate(([0], np.cumsum(seats)))
    reps = seats[eo]
    rows = np.repeat(ep, reps)
    first = np.repeat(seat_start[eo], reps)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(reps) - reps, reps)
    return rows, first + within, np.repeat(score, reps), int(seat_start[-1])


def solve(n_p, n_o, cap, ep, eo, score, max_dense_cells):
    rows, cols, values, n_seats = expand(n_o, cap, ep, eo, score)
    if n_p == 0 or n_seats == 0:
        return {"objective": 0.0, "matched": 0, "ms": 0.0, "method": "empty"}
    if n_p * n_seats <= max_dense_cells:
        matrix = np.zeros((n_p, n_seats))
        matrix[rows, cols] = values
        started = time.perf_counter()
        r, c = linear_sum_assignment(matrix, maximize=True)
        ms = (time.perf_counter() - started) * 1000
        chosen = matrix[r, c]
        return {"objective": float(chosen.sum()), "matched": int((chosen > 0).sum()), "ms": ms,
                "method": "linear_sum_assignment"}
    big = float(values.max()) + 1.0
    dummy_rows = np.arange(n_p)
    all_rows = np.concatenate((rows, dummy_rows))
    all_cols = np.concatenate((cols, n_seats + dummy_rows))
    costs = np.concatenate((big - values, np.full(n_p, big)))
    graph = csr_matrix((costs, (all_rows, all_cols)), shape=(n_p, n_seats + n_p))
    del rows, cols, all_rows, all_cols, costs
    started = time.perf_counter()
    r, c = min_weight_full_bipartite_matching(graph)
    ms = (time.perf_counter() - started) * 1000
    real = c < n_seats
    chosen = big - np.asarray(graph[r[real], c[real]]).ravel()
    return {"objective": float(chosen.sum()), "matched": int(real.sum()), "ms": ms,
            "method": "min_weight_full_bipartite_matching"}


def main(argv):
    if len(argv) < 2:
        raise SystemExit("usage: scipy_solve.py FILE [--max-dense-cells N]")
    max_dense_cells = 25_000_000
    if "--max-dense-cells" in argv:
        max_dense_cells = int(argv[argv.index("--max-dense-cells") + 1])
    path = argv[1]
    loaded = load_json(path) if path.endswith(".json") else load_binary(path)
    print(json.dumps(solve(*loaded, max_dense_cells)))


if __name__ == "__main__":
    main(sys.argv)
