"""Check (or with --write, make) README.md from nbs/index.ipynb, nbdev's direction: index.ipynb is the source.
`nbdev-readme` does the same through Quarto, which cannot be installed offline; this renders the markdown cells
(index.ipynb has no code cells) and points links to lessons at nbs/. Standard library only."""
import sys, json, re
from pathlib import Path
root = Path(__file__).resolve().parent.parent
idx, readme = root/'nbs'/'index.ipynb', root/'README.md'
src = lambda c: c['source'] if isinstance(c['source'], str) else ''.join(c['source'])
cells = json.loads(idx.read_text())['cells']
if any(c['cell_type'] == 'code' for c in cells): sys.exit("nbs/index.ipynb has code cells: render it with nbdev-readme (needs Quarto)")
text = '\n\n'.join(src(c) for c in cells if c['cell_type'] == 'markdown').rstrip('\n')
# A link to a file in nbs/ (a lesson) is relative to nbs/ in index.ipynb and to the repository root in README.md.
def _fix(m):
    target = m.group(1)
    return f"](nbs/{target}" if (root/'nbs'/target.split('#')[0]).is_file() else m.group(0)
want = re.sub(r'\]\(([^):/#][^):]*)', _fix, text) + '\n'
if '--write' in sys.argv: readme.write_text(want)
if readme.read_text() != want: sys.exit("README.md is generated from nbs/index.ipynb: edit index.ipynb, then run `python .ci/readme_sync.py --write`")
print("README.md is nbs/index.ipynb rendered")
