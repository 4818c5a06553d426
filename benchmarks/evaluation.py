"""The ML-100k scoreboard on the official splits u1-u5: lesson 16's recipes, lesson 17's frontier and the Surprise library's
models, all trained and scored on the same files in one run.

Usage: FASTAI_HOME=... python benchmarks/evaluation.py [--folds 1 2 3 4 5] [--seeds 3] [--rivals BaselineOnly SVD SVD++ KNNBaseline]
Prints every model's RMSE, MAE and wall time on each fold as it goes, then the mean over the folds beside each fold's RMSE.
Published figures (Surprise's documentation, papers on u1) follow in a separate table with the split each used.
The Surprise rows need scikit-surprise (`pip install -e ".[bench]"`); without it they are skipped with a printed line.
"""
import argparse, time, warnings
warnings.filterwarnings('ignore')
import pandas as pd, torch
from collab_lessons.evaluation import fold_scores, scoreboard, has_surprise, SURPRISE_MODELS, PUBLISHED, RECIPES
from collab_lessons.frontier import frontier_fold, PAPERS, PLUS, AUTOREC, BLEND

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--folds', type=int, nargs='+', default=[1, 2, 3, 4, 5], choices=range(1, 6))
    p.add_argument('--seeds', type=int, default=3, help="seeds per frontier model (the single-model rows use the first)")
    p.add_argument('--rivals', nargs='*', default=list(SURPRISE_MODELS), choices=SURPRISE_MODELS)
    p.add_argument('--threads', type=int, default=1, help="torch threads (default 1, as in the notebooks' tests)")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    rivals = args.rivals if has_surprise() else []
    if args.rivals and not rivals: print('scikit-surprise is not installed: the Surprise rows are skipped (pip install -e ".[bench]")')
    start, tables = time.perf_counter(), []
    with pd.option_context('display.width', 200, 'display.max_columns', 20):
        for s in args.folds:
            t = pd.concat([fold_scores(s, rivals=rivals)[0], frontier_fold(s, n_seeds=args.seeds)[0]], ignore_index=True)
            tables.append(t)
            print(t.round(4).to_string(index=False), '\n', flush=True)
        board = scoreboard(tables).sort_values('mean_rmse')
        print(f'torch {torch.__version__}, {torch.get_num_threads()} thread(s), folds {args.folds}, {time.perf_counter() - start:.0f} s in all')
        print(board.round(4).to_string())
        print('\nPublished figures, for reference only (not measured here; each on the split named):')
        ref = pd.concat([PUBLISHED.rename(columns={'published_rmse': 'rmse'}), PAPERS.rename(columns={'u1_rmse': 'rmse'})])
        print(ref.to_string())
    print(f"\nrecipes: dot, tuned {RECIPES['dot, tuned']}\n         DotProductPlus { {k: v for k, v in PLUS.items() if k != 'model'} }"
          f"\n         AutoRec {AUTOREC}\n         blend {BLEND}")

if __name__ == '__main__': main()
