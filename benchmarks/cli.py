"""`collab-lessons fit`, old path vs new default: wall time from start to saved outputs, valid MSE and peak RSS, each run in a fresh process;
then `fit` with both models, and how long `recommend`, `similar` and `evaluate` take to answer from a fresh process.

Usage: FASTAI_HOME=... python benchmarks/cli.py [--dir /tmp/cli_bench] [--skip-old-2m] [--asks-only]
Old path: fastai's CollabDataLoaders (bs 64), collab_learner, fit_one_cycle(5, 5e-3, wd=0.1), biases, PCA map and loss curve (the command
before the fast loader). New: `collab_lessons.cli.fit(only='rating')` (fast loader, bs 2048, 6 epochs at 1e-2, wd 0.5), which also saves
the model. Both use fastai's split for seed 42. Data: ML-100k, the bundled ml-latest-small, and a generated 2,000,000-row ratings.csv
(ML-25M format). "both": `fit`'s default, the rating model and the ranking model (lesson 16a's recipe), with its held-out precision@10.
"""
import argparse, json, subprocess, sys, time
from pathlib import Path

def child(path:str, data:str, csv:str, out:str):
    "One configuration, in this (fresh) process; prints its figures as JSON"
    import warnings; warnings.filterwarnings('ignore')
    t0 = time.perf_counter()
    import pandas as pd
    from collab_lessons.data import load_ratings, load_latest_small
    from collab_lessons.fullml import peak_rss_mb
    load = {'ml-100k': lambda: load_ratings()[['user', 'title', 'rating']], 'ml-latest-small': lambda: load_latest_small()[['user', 'title', 'rating']]}
    extra = {}
    if path == 'new':
        from collab_lessons.cli import fit
        from collab_lessons.data import read_ratings_file
        ratings = read_ratings_file(csv) if data == '2m' else load[data]()
        learn = fit(ratings, out=out, only='rating', show=lambda *a: None).learn
    elif path == 'both':
        from collab_lessons.cli import fit
        f = fit(load[data](), out=out, show=lambda *a: None)
        learn, h = f.learn, f.ranked['held_out']
        extra = dict(precision=h['precision'], ndcg=h['ndcg'], ranking_s=f.ranked['seconds'])
    else:
        import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
        from fastai.collab import CollabDataLoaders, collab_learner
        from fastai.torch_core import set_seed
        from collab_lessons.interpret import bias_vs_mean, pca_map
        ratings = pd.read_csv(csv)[['userId', 'movieId', 'rating']].set_axis(['user', 'title', 'rating'], axis=1) if data == '2m' else load[data]()
        dls = CollabDataLoaders.from_df(ratings, seed=42, bs=64)
        set_seed(42, reproducible=True)
        learn = collab_learner(dls, n_factors=50, y_range=(0, 5.5))
        with learn.no_bar(), learn.no_logging(): learn.fit_one_cycle(5, 5e-3, wd=0.1)
        bias_vs_mean(learn, ratings, item='title')
        fig, ax = plt.subplots(figsize=(10, 8)); pca_map(learn, ratings, n=50, item='title', ax=ax); fig.savefig(Path(out)/'pca_map.png', dpi=120)
        learn.recorder.plot_loss(); plt.gcf().savefig(Path(out)/'loss.png', dpi=120)
    print('FIGURES', json.dumps(dict(wall_s=time.perf_counter() - t0, valid_mse=float(learn.recorder.values[-1][1]), peak_rss_mb=peak_rss_mb(), **extra)))

def run(path, data, csv, out):
    t = time.perf_counter()
    res = subprocess.run([sys.executable, __file__, '--child', path, data, str(csv), str(out)], capture_output=True, text=True)
    if res.returncode: sys.exit(f"{path} on {data} failed:\n{res.stderr[-2000:]}")
    f = json.loads([l for l in res.stdout.splitlines() if l.startswith('FIGURES ')][-1][8:])
    f['process_s'] = time.perf_counter() - t        # with Python's start and the imports
    return f

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--dir', default='/tmp/cli_bench', help='where the 2M-row CSV and the outputs go')
    p.add_argument('--skip-old-2m', action='store_true', help='skip the old path on the 2M-row file (minutes, several GB)')
    p.add_argument('--asks-only', action='store_true', help='only fit both models (ML-100k, ml-latest-small) and time the questions')
    p.add_argument('--child', nargs=4, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child: return child(*a.child)
    import torch
    from collab_lessons.fullml import write_synthetic_ml25m, ML25M_SHAPE
    d = Path(a.dir); d.mkdir(parents=True, exist_ok=True)
    csv = d/'ratings_2m.csv'
    if not csv.exists():
        k = 2_000_000 / ML25M_SHAPE['n_ratings']
        write_synthetic_ml25m(csv, n_ratings=2_000_000, n_users=int(ML25M_SHAPE['n_users'] * k), n_movies=int(ML25M_SHAPE['n_movies'] * k))
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {'CUDA' if torch.cuda.is_available() else 'CPU only'}; "
          f"wall = process start to saved outputs (imports included)")
    print(f"{'data':16s} {'path':4s} {'wall s':>8s} {'valid MSE':>10s} {'peak RSS MB':>12s}")
    for data in () if a.asks_only else ('ml-100k', 'ml-latest-small', '2m'):
        figs = {}
        for path in ('old', 'new'):
            if path == 'old' and data == '2m' and a.skip_old_2m: continue
            out = d/f'out_{path}_{data}'; out.mkdir(exist_ok=True)
            f = figs[path] = run(path, data, csv, out)
            print(f"{data:16s} {path:4s} {f['process_s']:8.1f} {f['valid_mse']:10.4f} {f['peak_rss_mb']:12.0f}", flush=True)
        if 'old' in figs:
            o, n = figs['old'], figs['new']
            print(f"{'':16s} old/new: {o['process_s'] / n['process_s']:.1f}x faster, peak RSS {o['peak_rss_mb'] / n['peak_rss_mb']:.1f}x smaller, "
                  f"valid MSE {n['valid_mse'] - o['valid_mse']:+.4f}", flush=True)

    both = {}
    for data in ('ml-100k', 'ml-latest-small'):
        out = d/f'out_both_{data}'; out.mkdir(exist_ok=True)
        f = both[data] = run('both', data, csv, out)
        print(f"{data:16s} both {f['process_s']:8.1f} {f['valid_mse']:10.4f} {f['peak_rss_mb']:12.0f}   ranking model {f['ranking_s']:.1f} s, "
              f"held-out precision@10 {f['precision']:.3f}, nDCG@10 {f['ndcg']:.3f}", flush=True)
    ask(d/'out_both_ml-100k')

def ask(model):
    "Seconds from a fresh process's start to its answer, median of 3, for each question `recommend`, `similar` and `evaluate` answer"
    import shutil, statistics
    cmd = [shutil.which('collab-lessons')] if shutil.which('collab-lessons') else [sys.executable, '-c', 'from collab_lessons.cli import main; main()']
    print(f"\nanswers from a fresh process, model {model.name} (median of 3 runs, seconds)")
    for argv in (['recommend', '--user', '1'], ['recommend', '--user', 'nobody'], ['recommend', '--likes', 'Fargo (1996)', 'Heat (1995)'],
                 ['similar', '--title', 'Star Wars (1977)'], ['evaluate']):
        secs = []
        for _ in range(3):
            t = time.perf_counter()
            res = subprocess.run(cmd + argv + ['--model', str(model)], capture_output=True, text=True)
            secs.append(time.perf_counter() - t)
            if res.returncode: sys.exit(f"{' '.join(argv)} failed:\n{res.stderr[-2000:]}")
        print(f"  collab-lessons {' '.join(repr(x) if ' ' in x else x for x in argv):55s} {statistics.median(secs):6.2f}", flush=True)

if __name__ == '__main__': main()
