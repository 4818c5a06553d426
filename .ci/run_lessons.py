"""Execute lesson notebooks as Colab's "Run all" does: every cell in order, `#| eval: false` and `#| hide` cells included,
each notebook in a fresh empty folder (Colab's /content holds no checkout), N at a time. Prints each notebook's time
and, for a failure, the cell and the error; exits 1 if any failed. Needs nbclient and ipykernel (both on Colab).
  python .ci/run_lessons.py [--jobs 2] [--out DIR] [--timeout 1800] nbs/03_dot_product.ipynb ..."""
import argparse, json, os, re, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

def stated(nb:Path)->str:
    "The running time a lesson's first markdown cell states ('about 2 minutes'), for the table"
    cell = next((c for c in json.loads(nb.read_text())['cells'] if c['cell_type'] == 'markdown'), None)
    m = re.search(r'takes (under a minute|about a minute|about \d+ minutes)', ''.join(cell['source'])) if cell else None
    return m.group(1) if m else 'no time stated'

def run_one(nb:Path, out:Path, timeout:int)->dict:
    "Run `nb` in a child process (so one crash cannot take the others down); return its name, seconds and error"
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix='lesson-') as cwd:
        p = subprocess.run([sys.executable, __file__, '--child', str(nb.resolve()), str(out.resolve()), str(timeout)],
                           cwd=cwd, capture_output=True, text=True,
                           env={**os.environ, 'JUPYTER_DATA_DIR': cwd, 'PYDEVD_DISABLE_FILE_VALIDATION': '1'})   # no user-level kernels
    err = p.stdout.strip() if p.returncode else ''
    if p.returncode and not err: err = (p.stderr.strip().splitlines() or ['no output'])[-1]
    return dict(name=nb.name, seconds=round(time.time() - t0), error=err)

def child(nb:str, out:str, timeout:int):
    "Execute one notebook in the current folder with the running Python's kernel; save it executed under `out`"
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    book = nbformat.read(nb, as_version=4)
    client = NotebookClient(book, timeout=timeout, kernel_name='python3', resources={'metadata': {'path': os.getcwd()}})
    try: client.execute()
    except CellExecutionError as e:
        cell = next((i for i, c in enumerate(book.cells) if c.cell_type == 'code' and
                     any(o.get('output_type') == 'error' for o in c.get('outputs', []))), '?')
        print(f"cell {cell}: {e.ename}: {e.evalue}"[:2000]); sys.exit(1)
    finally: nbformat.write(book, Path(out)/Path(nb).name)

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('notebooks', nargs='+', type=Path)
    p.add_argument('--jobs', type=int, default=2, help='notebooks run at a time')
    p.add_argument('--out', type=Path, default=None, help='folder for the executed notebooks (default: a temporary one)')
    p.add_argument('--timeout', type=int, default=1800, help='seconds one cell may take')
    a = p.parse_args()
    out = a.out or Path(tempfile.mkdtemp(prefix='lessons-run-'))
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    with ThreadPoolExecutor(a.jobs) as ex:
        results = []
        for r in ex.map(lambda nb: run_one(nb, out, a.timeout), a.notebooks):
            said = stated(next(nb for nb in a.notebooks if nb.name == r['name']))
            print(f"{r['name']:<28} {r['seconds']:>5} s  (says {said:<17}) {'FAILED ' + r['error'] if r['error'] else 'ok'}", flush=True)
            results.append(r)
    (out/'times.json').write_text(json.dumps({r['name']: r['seconds'] for r in results}, indent=1))
    failed = [r['name'] for r in results if r['error']]
    print(f"{len(results)} notebooks in {time.time() - t0:.0f} s, {a.jobs} at a time; executed copies in {out}")
    print(f"lessons: {len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)

if __name__ == '__main__':
    if sys.argv[1:2] == ['--child']: child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else: main()
