"Check (or with --write, make) nbs/index.ipynb hold README.md's text, with links made relative to nbs/. Standard library only."
import sys, json
from pathlib import Path
root = Path(__file__).resolve().parent.parent
want = (root/'README.md').read_text().replace('](nbs/', '](').rstrip('\n')
idx = root/'nbs'/'index.ipynb'
if '--write' in sys.argv:
    old = json.loads(idx.read_text())['cells'] if idx.exists() else []
    cell = {"cell_type": "markdown", "id": (old[0].get('id') if old else None) or "0a1b2c3d", "metadata": {}, "source": want.splitlines(keepends=True)}
    nb = {"cells": [cell],
          "metadata": {"kernelspec": {"display_name": "python3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    idx.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
cells = json.loads(idx.read_text())['cells']
src = lambda c: c['source'] if isinstance(c['source'], str) else ''.join(c['source'])
have = '\n\n'.join(src(c) for c in cells if c['cell_type'] == 'markdown').rstrip('\n')
if have != want: sys.exit("nbs/index.ipynb and README.md differ: edit README.md, then run `python .ci/readme_sync.py --write`")
print("README.md and nbs/index.ipynb agree")
