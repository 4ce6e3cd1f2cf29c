"""Shared by the Python peers of bench/run.ts: data files, peak memory, one JSON line out."""
import json
import resource
import sys
import time

import numpy as np


def params():
    """The JSON parameters given as the first argument."""
    return json.loads(sys.argv[1])


def load_matrix(path):
    """A matrix written by bench/_data.ts: raw little-endian float64, shape in the .json beside it."""
    with open(path[: -len(".f64")] + ".json") as f:
        meta = json.load(f)
    return np.fromfile(path, dtype="<f8").reshape(meta["rows"], meta["cols"])


def load_labels(path):
    return np.fromfile(path, dtype="<i4")


def write_labels(path, labels):
    np.asarray(labels, dtype="<i4").tofile(path)


def peak_mb():
    """Peak resident memory of this process in MB (Linux ru_maxrss is in kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_calls(call, calls=1):
    """Run `call` `calls` times in this process, as `timedCalls` in bench/_ours.ts does (but without
    its check that later results equal the first: that check is about our library).

    Returns the first call's result, the seconds of the last call and of the first, and the peak
    memory after the first call (so that memory means the same whatever `calls` is).
    """
    result, seconds, first, peak = None, [], None, None
    for i in range(max(1, calls)):
        t0 = time.perf_counter()
        r = call()
        seconds.append(time.perf_counter() - t0)
        if i == 0:
            result, first, peak = r, seconds[0], peak_mb()
    return result, {"seconds": seconds[-1], "firstSeconds": first, "peakMB": peak}


def emit(result):
    result.setdefault("peakMB", peak_mb())
    print(json.dumps(result))
