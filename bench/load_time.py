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
print(json.dumps({"seconds": seconds, "entries": len(compiled.glossary), "forms": len(compiled.forms),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  # the process that compiles a share of a large glossary at the same time (glossary.store)
                  "helper_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
