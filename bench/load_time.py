"""Time loading glossary files until they are ready to lint (parsed, compiled, automaton built).

    python bench/load_time.py GLOSSARY.tsv   (the cache folder comes from TEXTQA_CACHE_DIR)
"""
import json
import resource
import sys
import time

start = time.perf_counter()
from textqa.glossary.cache import load_compiled  # noqa: E402

compiled = load_compiled(sys.argv[1:])
compiled.automaton()  # read from the cache (built when cold): every lint needs it
seconds = time.perf_counter() - start
own, helper = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)


def own_peak_kb() -> float:
    """This process's own high-water mark (``VmHWM``, Linux): ``ru_maxrss`` keeps, across the exec, the resident size
    of the process this one was spawned from (the benchmark, about 100 MB by then), so a warm load of a small
    glossary reported the benchmark's size. ``ru_maxrss`` where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(float(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return own.ru_maxrss


print(json.dumps({"seconds": seconds, "entries": len(compiled.glossary), "forms": len(compiled.forms),
                  "peak_mb": own_peak_kb() / 1024, "cpu_s": own.ru_utime + own.ru_stime,
                  # the process that compiles a share of a large glossary at the same time (glossary.store)
                  "helper_peak_mb": helper.ru_maxrss / 1024, "helper_cpu_s": helper.ru_utime + helper.ru_stime}))
