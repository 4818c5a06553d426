"""The ML-100k scoreboard on the official splits u1-u5, nested: lesson 16's recipes, lesson 17's frontier and the Surprise
library's models (at their defaults and tuned), all trained and scored on the same files in one run.

Nested: for each split s, every choice (the tuned dot model's grid, SVD's and SVD++'s grids, DotProductPlus's and AutoRec's
settings, the blend's members and weights) is made on a hold-out carved from u{s}.base only; u{s}.test is scored once.
(u1.base is exactly u2.test to u5.test, so a hold-out of u1.base must not choose anything for u2-u5.)

Usage: FASTAI_HOME=... python benchmarks/evaluation.py [--folds 1 2 3 4 5] [--seeds 1] [--rivals BaselineOnly SVD SVD++ KNNBaseline]
       [--tuned SVD SVD++]
Prints every model's RMSE, MAE and wall time (tuning included) on each fold as it goes, with the settings each fold chose,
then the mean over the folds beside each fold's RMSE. Published figures (Surprise's documentation, papers on u1) follow in
a separate table with the split each used. The Surprise rows need scikit-surprise (`pip install -e ".[bench]"`); without it
they are skipped with a printed line.
"""
import argparse, time, warnings
warnings.filterwarnings('ignore')
import pandas as pd, torch
from collab_lessons.evaluation import fold_scores, scoreboard, has_surprise, SURPRISE_MODELS, SURPRISE_GRIDS, PUBLISHED, RECIPES
from collab_lessons.frontier import frontier_fold, PAPERS, PLUS, PLUS_GRID, AUTOREC, AUTOREC_GRID, MEMBERS

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--folds', type=int, nargs='+', default=[1, 2, 3, 4, 5], choices=range(1, 6))
    p.add_argument('--seeds', type=int, default=1, help="seeds per frontier model (the single-model rows use the first)")
    p.add_argument('--rivals', nargs='*', default=list(SURPRISE_MODELS), choices=SURPRISE_MODELS, help="Surprise models at their defaults")
    p.add_argument('--tuned', nargs='*', default=list(SURPRISE_GRIDS), choices=list(SURPRISE_GRIDS), help="Surprise models tuned on each fold's hold-out")
    p.add_argument('--threads', type=int, default=1, help="torch threads (default 1, as in the notebooks' tests)")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    ok = has_surprise()
    rivals, tuned = (args.rivals, {n: SURPRISE_GRIDS[n] for n in args.tuned}) if ok else ([], {})
    if (args.rivals or args.tuned) and not ok: print('scikit-surprise is not installed: the Surprise rows are skipped (pip install -e ".[bench]")')
    start, tables = time.perf_counter(), []
    with pd.option_context('display.width', 250, 'display.max_columns', 20, 'display.max_colwidth', 80):
        for s in args.folds:
            t = pd.concat([fold_scores(s, rivals=rivals, tuned_rivals=tuned)[0], frontier_fold(s, n_seeds=args.seeds)[0]], ignore_index=True)
            tables.append(t)
            print(t.round(4).to_string(index=False), '\n', flush=True)
        board = scoreboard(tables).sort_values('mean_rmse')
        print(f'torch {torch.__version__}, {torch.get_num_threads()} thread(s), folds {args.folds}, nested, {time.perf_counter() - start:.0f} s in all')
        print(board.round(4).to_string())
        print('\nPublished figures, for reference only (not measured here; each on the split named):')
        ref = pd.concat([PUBLISHED.rename(columns={'published_rmse': 'rmse'}), PAPERS.rename(columns={'u1_rmse': 'rmse'})])
        print(ref.to_string())
    print(f"\ngrids (each fold chooses on its own hold-out): dot, tuned {RECIPES['dot, tuned']['grid']}; Surprise {tuned}"
          f"\n  DotProductPlus {PLUS_GRID} (fixed: { {k: v for k, v in PLUS.items() if k != 'model'} })"
          f"\n  AutoRec {AUTOREC_GRID} (fixed: {AUTOREC}); blend members from {MEMBERS}, weights in steps of 0.1")

if __name__ == '__main__': main()
