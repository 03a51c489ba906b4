"""benchmarks/with_code.py runs a script with ccaudit imported from the checkout it is given."""

import subprocess
import sys
from pathlib import Path

WITH_CODE = Path(__file__).parents[2] / "benchmarks" / "with_code.py"


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(WITH_CODE), *args], cwd=cwd, capture_output=True, text=True
    )


def test_the_script_sees_the_other_checkouts_ccaudit(tmp_path):
    other = tmp_path / "other"
    (other / "ccaudit").mkdir(parents=True)
    (other / "ccaudit" / "__init__.py").write_text("MARK = 'other checkout'\n")
    script = tmp_path / "script.py"
    script.write_text("import sys, ccaudit\nprint(ccaudit.MARK, sys.argv[1:])\n")
    work = tmp_path / "work"
    work.mkdir()
    done = _run(work, str(other), str(script), "--x")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "other checkout ['--x']"


def test_it_refuses_a_directory_whose_ccaudit_would_come_first(tmp_path):
    (tmp_path / "ccaudit").mkdir()
    done = _run(tmp_path, str(tmp_path), "script.py")
    assert done.returncode != 0
    assert "without ccaudit/" in done.stderr
