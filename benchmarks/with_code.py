"""Run a benchmark with ccaudit imported from another checkout, to compare code on one input.

    python benchmarks/with_code.py CHECKOUT benchmarks/eval_speed.py [ARGS...]

The benchmarks put this checkout first on `sys.path`, and those that run the command line
start Python with `-c`, which puts the working directory first: `PYTHONPATH` alone does not
choose the code they measure. This imports `ccaudit` from CHECKOUT before the benchmark runs,
and sets `PYTHONPATH` for the commands it starts; run it from a directory that holds no
`ccaudit/` (not from a checkout's root). The benchmark itself, and its data, are this
checkout's.
"""

from __future__ import annotations

import os
import runpy
import sys


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__.split("\n\n")[1])
    checkout, script, *args = sys.argv[1:]
    checkout = os.path.abspath(checkout)
    if os.path.isdir("ccaudit"):
        sys.exit("with_code.py: run it from a directory without ccaudit/ in it")
    sys.path.insert(0, checkout)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [checkout, os.getenv("PYTHONPATH")]))
    import ccaudit

    if not ccaudit.__file__.startswith(checkout + os.sep):
        sys.exit(f"with_code.py: ccaudit came from {ccaudit.__file__}, not {checkout}")
    print(f"with_code.py: ccaudit from {os.path.dirname(ccaudit.__file__)}", file=sys.stderr)
    sys.argv = [script, *args]
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
