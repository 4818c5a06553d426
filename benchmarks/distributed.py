"""Data-parallel training on this machine: one process against two, on ML-100k and on ML-25M's shape.

Usage: python benchmarks/distributed.py [--dir /tmp/ml25m] [--csv ratings.csv] [--skip-25m | --skip-100k] [--runs 1x1,1x2,2x1]
Runs lesson 18's training program (`train_collab`, as `torchrun -m collab_lessons.distributed`) three ways, each in fresh processes:
1 process x 1 thread, 1 process x 2 threads, 2 processes x 1 thread (torchrun, gloo), same global batch.
Prints, per run: seconds per epoch (training only), ratings per second, valid MSE, peak RSS of each process,
and for 2 processes the time of one all-reduce of the gradient and its share of the epoch.
On a machine with a GPU it also times one ML-25M epoch on one GPU; without one it says so.
"""
import argparse, os, time, warnings
from pathlib import Path
warnings.filterwarnings('ignore')
import pandas as pd, torch
from collab_lessons.distributed import launch
from collab_lessons.fullml import write_synthetic_ml25m

med = lambda xs: sorted(xs)[len(xs) // 2]

def run(script, nproc, threads, opts, name):
    "Launch one configuration and reduce its processes' figures to one row"
    t = time.perf_counter()
    res = launch(script, nproc, {**opts, 'threads': threads}, timeout=3600, show=False)
    epoch_s = max(med(r['train_s']) for r in res)                 # the processes wait for each other every step
    steps = med(res[0]['n_seen']) / res[0]['bs']
    row = {'run': name, 'read s': max(r['read_s'] for r in res), 's/epoch': epoch_s,
           'ratings/s': sum(med(r['n_seen']) for r in res) / epoch_s, 'valid MSE': res[0]['valid_mse'],
           'peak RSS MB per process': ' / '.join(f"{r['peak_rss_mb']:.0f}" for r in res),
           'all-reduce ms': res[0]['allreduce_ms'],
           'all-reduce share of epoch': None if res[0]['allreduce_ms'] is None else res[0]['allreduce_ms'] * steps / 1000 / epoch_s,
           'job s': time.perf_counter() - t}
    print(f"  {name}: {epoch_s:.2f} s/epoch, {row['ratings/s']:,.0f} ratings/s", flush=True)
    return row, res

CONFIGS = {'1x1': ('1 process x 1 thread', 1, 1), '1x2': ('1 process x 2 threads', 1, 2), '2x1': ('2 processes x 1 thread', 2, 1)}

def compare(script, opts, title, runs=tuple(CONFIGS)):
    print(f"\n{title}", flush=True)
    rows, res = [], {}
    for name, nproc, threads in [CONFIGS[r] for r in runs]:
        row, res[name] = run(script, nproc, threads, opts, name)
        rows.append(row)
    df = pd.DataFrame(rows).set_index('run')
    fmt = {'read s': '{:.1f}', 's/epoch': '{:.2f}', 'ratings/s': '{:,.0f}', 'valid MSE': '{:.4f}', 'all-reduce ms': '{:.1f}',
           'all-reduce share of epoch': '{:.0%}', 'job s': '{:.0f}'}
    print(df.to_string(formatters={c: (lambda f: lambda v: '-' if pd.isna(v) else f.format(v))(f) for c, f in fmt.items()}))
    print(f"load average (1, 5, 15 min) at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    two = '2 processes x 1 thread'
    for other in ('1 process x 1 thread', '1 process x 2 threads'):
        if two in df.index and other in df.index:
            print(f"{two} / {other}: {df.loc[two, 'ratings/s'] / df.loc[other, 'ratings/s']:.2f}x the ratings per second")
    n = next(iter(res.values()))[0]['n_params']
    print(f"parameters per replica: {n:,} ({n * 4 / 2**20:.1f} MB, all-reduced every step when there are 2 processes)")
    return df

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--dir', default='/tmp/ml25m', help='where the synthetic ML-25M-shaped CSV is (written if missing)')
    p.add_argument('--csv', default=None, help='an existing ML-25M-format ratings.csv instead of the synthetic one')
    p.add_argument('--skip-25m', action='store_true', help='only ML-100k')
    p.add_argument('--skip-100k', action='store_true', help="only ML-25M's shape")
    p.add_argument('--runs', default='1x1,1x2,2x1', help='configurations, processes x threads each')
    args = p.parse_args()
    runs = args.runs.split(',')
    bad = [r for r in runs if r not in CONFIGS]
    if bad: p.error(f"unknown run(s) {bad}; choose from {list(CONFIGS)}")
    script = 'collab_lessons.distributed'   # the training module: launch runs it with torchrun -m
    print(f"machine: {torch.get_num_threads()} CPU threads available to torch; GPU: "
          f"{torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none'}")
    if not args.skip_100k: compare(script, dict(n_epoch=6), 'ML-100k, fit_one_cycle(6, 1e-2, wd=0.5), global batch 2048, 50 factors', runs)
    if args.skip_25m: return
    csv = Path(args.csv) if args.csv else Path(args.dir) / 'ratings.csv'
    if not csv.exists():
        csv.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter(); write_synthetic_ml25m(csv)
        print(f"\nwrote {csv} ({csv.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - t:.0f} s")
    big = dict(data=csv, n_epoch=1, bs=16384, n_factors=32, lr=1e-2, wd=0.05, timeout=600)
    compare(script, big, "ML-25M's shape, 1 epoch, global batch 16384, 32 factors (lesson 15's settings)", runs)
    if torch.cuda.is_available():
        row, _ = run(script, 1, 1, big, '1 GPU')
        print(f"one GPU ({torch.cuda.get_device_name(0)}): {row['s/epoch']:.1f} s per ML-25M epoch, {row['ratings/s']:,.0f} ratings/s")
    else: print("\nGPU: none on this machine, so the single-GPU ML-25M epoch time is not measured here")

if __name__ == '__main__': main()
