"""Paste real command output into README.md.

Blocks of the form

    <!-- run: timeline show --db demo.db -->
    ```
    ...output...
    ```

are re-run (in a temporary working directory whose `fixtures` points at the
repository's) and their output replaced.  Run it before committing a README
change: `python scripts/readme_outputs.py`.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n```[a-z]*\n)(?P<out>.*?)(```)", re.S)


def main() -> int:
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(REPO / "fixtures", Path(tmp) / "fixtures")
        env = {**os.environ, "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"}

        def run(m: re.Match) -> str:
            cmd = m.group("cmd")
            proc = subprocess.run(["bash", "-c", cmd], cwd=tmp, env=env, capture_output=True, text=True)
            out = proc.stdout + proc.stderr
            out = "\n".join(line.rstrip() for line in out.splitlines())
            out = out.replace(tmp, ".")
            print(f"$ {cmd}  (exit {proc.returncode})", file=sys.stderr)
            return m.group(1) + out + "\n" + m.group(4)

        text = BLOCK.sub(run, text)
    readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
