"Check (or with --write, make) nbs/index.ipynb hold README.md's text, with links made relative to nbs/."
import sys, nbformat
from pathlib import Path
root = Path(__file__).resolve().parent.parent
want = (root/'README.md').read_text().replace('](nbs/', '](').rstrip('\n')
idx = root/'nbs'/'index.ipynb'
if '--write' in sys.argv:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(want)])
    nb.metadata = {"kernelspec": {"display_name": "python3", "language": "python", "name": "python3"}}
    nbformat.write(nb, idx)
have = '\n\n'.join(c.source for c in nbformat.read(idx, 4).cells if c.cell_type == 'markdown').rstrip('\n')
if have != want: sys.exit("nbs/index.ipynb and README.md differ: edit README.md, then run `python .ci/readme_sync.py --write`")
print("README.md and nbs/index.ipynb agree")
