"""`collab-lessons fit` as a new user runs it: every figure from fresh processes, the rivals measured in the same run.

Usage: FASTAI_HOME=SOMEDIR python benchmarks/cli.py [--dir /tmp/cli_bench] [--repeats 3] [--quick]
ML-100k is read from SOMEDIR/data/ml-100k (with an empty SOMEDIR/archive beside it; nothing is downloaded); ml-latest-small ships with the package.
Prints `python -c "import fastai.collab"` (median of 3) and the budget 3 × that + 15 s; then, for each data set, the new default (`fit`, no
options) and today's recipe (`fit --ranker dot --threads 2 --bs 2048`): wall time of the installed command from process start to exit (median
of `--repeats`), alone and beside one CPU-bound busy process, their ratio, peak RSS and the held-out precision@10 / nDCG@10 it prints; the new
default with `--threads 1` and `--threads 2` on ml-latest-small; and the seconds from a fresh process to the answer of `recommend`, `similar` and
`evaluate` (median of 3) on the new default's saved model, with whether any of them imports torch. `--quick`: one repetition, no busy runs.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, time
from importlib.metadata import version
from pathlib import Path

RECIPES = {'new default': [], "today's recipe": ['--ranker', 'dot', '--threads', '2', '--bs', '2048']}
THREADS = {'new, --threads 1': ['--threads', '1'], 'new, --threads 2': ['--threads', '2']}   # on ml-latest-small
ASKS = (['recommend', '--user', '1'], ['recommend', '--likes', 'Fargo (1996)', 'Heat (1995)'], ['similar', '--title', 'Star Wars (1977)'], ['evaluate'])
HELD = re.compile(r'precision@10 ([\d.]+), nDCG@10 ([\d.]+) \(popularity: ([\d.]+), ([\d.]+)\)')

def cli_cmd()->list:
    "The installed `collab-lessons` script (beside this Python, else on PATH), else `python -m collab_lessons.cli`"
    for c in (Path(sys.executable).parent/'collab-lessons', shutil.which('collab-lessons')):
        if c and Path(c).is_file(): return [str(c)]
    return [sys.executable, '-m', 'collab_lessons.cli']

def timed(cmd:list, log:Path, busy:bool=False)->tuple:
    "`(wall s, peak RSS MB)` of `cmd` in a fresh process, its output in `log`; `busy`: beside one CPU-bound process started just before"
    hog = subprocess.Popen([sys.executable, '-c', 'while True: pass']) if busy else None
    try:
        with open(log, 'w') as f:
            t = time.perf_counter()
            p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT)
            _, status, ru = os.wait4(p.pid, 0)                 # this child's own rusage: its peak RSS, not the largest of all children
            secs = time.perf_counter() - t
            p.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if hog: hog.kill(); hog.wait()
    if p.returncode: sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {(log.read_text().strip().splitlines() or [''])[-1]}")
    return secs, ru.ru_maxrss / 1024

def held_out(log:Path)->tuple:
    "`(precision@10, nDCG@10, popularity's precision@10, nDCG@10)` from the line `fit` prints"
    m = HELD.search(log.read_text())
    if m is None: sys.exit(f"no precision@10 line in {log}")
    return tuple(map(float, m.groups()))

def med(xs): return statistics.median(xs) if xs else float('nan')

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--dir', default='/tmp/cli_bench', help="where the fits' folders and output logs go")
    p.add_argument('--repeats', type=int, default=3, help='runs of each fit, alone and busy (median)')
    p.add_argument('--quick', action='store_true', help='one repetition, no busy runs: a smoke test')
    a = p.parse_args()
    reps, busys = (1, (False,)) if a.quick else (a.repeats, (False, True))
    u = Path(os.environ.get('FASTAI_HOME', '~/.fastai')).expanduser()/'data'/'ml-100k'
    if not (u/'u.data').is_file(): sys.exit(f"ML-100k not found at {u}: stage it in SOMEDIR/data/ml-100k, create SOMEDIR/archive, set FASTAI_HOME=SOMEDIR")
    from collab_lessons.cli import default_threads                      # no torch: only fastcore
    d, cli = Path(a.dir), cli_cmd(); d.mkdir(parents=True, exist_ok=True)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}; Python {sys.version.split()[0]}, torch {version('torch')}, fastai {version('fastai')}; "
          f"{os.cpu_count()} cores, default_threads() {default_threads()}; load average {os.getloadavg()[0]:.2f}\ncommand: {' '.join(cli)}")

    imp = med([timed([sys.executable, '-c', 'import fastai.collab'], d/'import.log')[0] for _ in range(3)])
    budget = 3 * imp + 15
    print(f'python -c "import fastai.collab": {imp:.2f} s (median of 3); budget 3 × that + 15 s = {budget:.1f} s')

    runs = [(data, name, args) for data in ('ml-100k', 'ml-latest-small') for name, args in RECIPES.items()]
    runs += [('ml-latest-small', name, args) for name, args in THREADS.items()]
    res = {(data, name, busy): [] for data, name, _ in runs for busy in busys}
    for i in range(reps):                                               # interleaved, so that drift in the load hits every row alike
        for data, name, args in runs:
            out = d/f"{data}_{re.sub(r'[^a-z0-9]+', '_', name)}"
            for busy in busys:
                log = d/f'{out.name}_{"busy" if busy else "alone"}_{i}.log'
                res[data, name, busy].append((*timed(cli + ['fit', '--data', data, '--out', str(out)] + args, log, busy), held_out(log)))

    print(f"\nfit: process start to exit, median of {reps}{'' if a.quick else ', alone and beside one busy process'}; peak RSS alone; "
          f"held-out figures as printed")
    print(f"{'data':16s} {'recipe':17s} {'alone s':>8s} {'busy s':>7s} {'busy/alone':>10s} {'peak RSS MB':>11s} {'P@10':>6s} {'nDCG@10':>7s}  in budget")
    varied = []
    for data, name, _ in runs:
        al, bu = res[data, name, False], res.get((data, name, True), [])
        t, tb = med([r[0] for r in al]), med([r[0] for r in bu])
        figs = {r[2][:2] for r in al + bu}
        if len(figs) > 1: varied.append(f"{data} {name}: {sorted(figs)}")
        pr, nd = al[-1][2][:2]
        print(f"{data:16s} {name:17s} {t:8.1f} {tb:7.1f} {tb / t:10.2f} {med([r[1] for r in al]):11.0f} {pr:6.3f} {nd:7.3f}  {'yes' if t <= budget else 'no'}")
        if name == "today's recipe": print(f"{data:16s} {'popularity':17s} {'':8s} {'':7s} {'':10s} {'':11s} {al[-1][2][2]:6.3f} {al[-1][2][3]:7.3f}")
    for v in varied: print(f"  held-out figures differ between runs: {v}")

    n = 1 if a.quick else 3
    print(f"\nanswers: fresh process to answer, on the new default's saved model, median of {n} (s); imports torch?")
    print(f"{'':50s} {'ml-100k s':>10s} {'torch':>5s} {'ml-latest-small s':>18s} {'torch':>5s}")
    for argv in ASKS:
        cols = []
        for data in ('ml-100k', 'ml-latest-small'):
            m = ['--model', str(d/f'{data}_new_default')]
            secs = []
            for _ in range(n):
                t = time.perf_counter()
                r = subprocess.run(cli + argv + m, capture_output=True, text=True)
                secs.append(time.perf_counter() - t)
                if r.returncode: sys.exit(f"{' '.join(argv)} on {data} failed: {r.stderr.strip()}")
            r = subprocess.run([sys.executable, '-X', 'importtime', '-m', 'collab_lessons.cli'] + argv + m, capture_output=True, text=True)
            if r.returncode: sys.exit(f"{' '.join(argv)} on {data} failed under -X importtime: {r.stderr.strip().splitlines()[-1]}")
            cols += [med(secs), 'yes' if any(' torch' in l for l in r.stderr.splitlines() if l.startswith('import time:')) else 'no']
        print(f"  {' '.join(repr(x) if ' ' in x else x for x in argv):48s} {cols[0]:10.2f} {cols[1]:>5s} {cols[2]:18.2f} {cols[3]:>5s}")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")

if __name__ == '__main__': main()
