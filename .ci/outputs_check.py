"Fail when a lesson notebook with code cells carries no saved outputs, or speaks of issues/notes a reader never sees. Standard library only."
import sys, json, re
from pathlib import Path
nbs = Path(__file__).resolve().parent.parent/'nbs'
bad = []
for f in sorted(nbs.glob('[0-9]*.ipynb')):
    cells = json.loads(f.read_text())['cells']
    code = [c for c in cells if c['cell_type'] == 'code' and ''.join(c['source']).strip()]
    if code and not any(c.get('outputs') for c in code):
        bad.append(f"{f.name}: {len(code)} code cells and no saved outputs (run it top to bottom, nbdev-clean, commit)")
    text = ' '.join(''.join(c['source']) for c in cells)
    if re.search(r"\bthe issue\b|issue's|closing note", text, re.I):
        bad.append(f"{f.name}: speaks of an issue or a closing note, which a reader never sees")
if bad: sys.exit('ERROR:\n  ' + '\n  '.join(bad))
print(f"every lesson notebook carries outputs ({len(list(nbs.glob('[0-9]*.ipynb')))} checked)")
