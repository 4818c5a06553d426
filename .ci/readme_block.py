"""Print the first fenced code block under a README.md heading, so CI runs README's steps as written.
  python .ci/readme_block.py Offline        Standard library only."""
import re, sys
from pathlib import Path
text = (Path(__file__).resolve().parent.parent/'README.md').read_text()
m = re.search(rf'^#+ {re.escape(sys.argv[1])}\s*$.*?^```\w*\n(.*?)^```', text, re.M | re.S)
if not m: sys.exit(f"README.md has no code block under a heading {sys.argv[1]!r}")
print(m.group(1), end='')
