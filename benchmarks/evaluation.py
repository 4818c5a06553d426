"""The ML-100k scoreboard: RMSE and MAE on the official splits u1-u5 for every recipe of lesson 16.

Usage: FASTAI_HOME=... python benchmarks/evaluation.py [--folds 1 2 3 4 5]
Prints one row per model: mean RMSE and MAE over the folds, each fold's RMSE, the Surprise library's
published figures beside them, and whether the best model meets the 0.895 target.
"""
import argparse, time, warnings
warnings.filterwarnings('ignore')
import pandas as pd, torch
from collab_lessons.evaluation import fold_scores, scoreboard, RECIPES

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--folds', type=int, nargs='+', default=[1, 2, 3, 4, 5], choices=range(1, 6))
    args = p.parse_args()
    start, tables = time.perf_counter(), []
    for k in args.folds:
        t0 = time.perf_counter()
        tables.append(fold_scores(k)[0])
        print(f'u{k}: {time.perf_counter() - t0:.0f} s', flush=True)
    board = scoreboard(tables)
    print(f'\ntorch {torch.__version__}, {torch.get_num_threads()} threads, folds {args.folds}, {time.perf_counter() - start:.0f} s in all')
    with pd.option_context('display.width', 200, 'display.max_columns', 20):
        print(board.round(4).fillna('').to_string())
    best = board.mean_rmse.drop([n for n in board.index if 'Surprise' in n]).idxmin()
    print(f'\nbest: {best}, mean RMSE {board.mean_rmse[best]:.4f}   (target <= 0.895)')
    for name in ('dot, tuned', 'DotProductPlus, tuned'): print(f'{name}: {RECIPES[name]}')

if __name__ == '__main__': main()
