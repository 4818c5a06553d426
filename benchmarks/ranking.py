"""Top-10 recommendation on ML-100k under Microsoft Recommenders' benchmark protocol: lesson 16a's models and the rivals
(popularity, EASE, cornac's BPR and BiVAE, implicit's ALS), all trained and scored on the same split in one run.

Protocol: per-user stratified 75/25 split (seed 42), top 10 over every film the user has not rated in training, every held-out
rating relevant; every setting chosen on a validation split carved the same way from the training 75%, the test 25% scored once.
Usage: FASTAI_HOME=... python benchmarks/ranking.py [--seeds 42 43 44] [--by random|time] [--data ml-100k|ml-latest-small] [--no-bivae]
Prints each model's precision@10, recall@10, nDCG@10, MAP@10, coverage and training seconds (mean and sd over the seeds when
there are several), then the published table as published. cornac and implicit are optional (`pip install -e ".[bench]"`):
a rival that is not installed is skipped with a printed line.
"""
import argparse, time, warnings
warnings.filterwarnings('ignore')
import pandas as pd, torch
from collab_lessons.data import load_ratings, load_latest_small
from collab_lessons.topn import ranking_table, PUBLISHED, TABLE_MODELS, DOTS, EASE_LAMS, BLEND_WS

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--seeds', type=int, nargs='+', default=[42], help="training seeds (the split always uses seed 42)")
    p.add_argument('--by', default='random', choices=['random', 'time'], help="split each user's ratings at random or by time")
    p.add_argument('--data', default='ml-100k', choices=['ml-100k', 'ml-latest-small'])
    p.add_argument('--no-bivae', action='store_true', help="skip cornac's BiVAE (about ten minutes on a busy CPU)")
    p.add_argument('--threads', type=int, default=1, help="torch threads (default 1, as in the notebooks' tests)")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    ratings = load_ratings() if args.data == 'ml-100k' else load_latest_small()
    models = [m for m in TABLE_MODELS if not (args.no_bivae and m == 'cornac BiVAE')]
    start, tables, chosen = time.perf_counter(), {}, {}
    for s in args.seeds:
        print(f'seed {s}:', flush=True)
        tables[s], c = ranking_table(ratings, models=models, seed=s, by=args.by, log=lambda m: print('  ' + m, flush=True))
        chosen[s] = {k: v for k, v in c.items() if k == 'EASE lam' or k == 'blend w' or k.endswith(' n_epoch')}
    t = pd.concat(tables, names=['seed']).rename(columns={'precision': 'precision@10', 'recall': 'recall@10', 'ndcg': 'nDCG@10', 'map': 'MAP@10'})
    cols = ['precision@10', 'recall@10', 'nDCG@10', 'MAP@10', 'coverage', 'seconds']
    with pd.option_context('display.width', 200, 'display.max_columns', 20):
        print(f'\n{args.data}, split {args.by}, torch {torch.__version__}, {torch.get_num_threads()} thread(s), seeds {args.seeds}, '
              f'{time.perf_counter() - start:.0f} s in all')
        g = t.groupby('model', sort=False)[cols]
        board = g.mean() if len(args.seeds) == 1 else pd.concat({'mean': g.mean(), 'sd': g.std()}, axis=1)
        print(board.round(4).to_string())
        print('\nPublished (Microsoft Recommenders, ML-100k, the same protocol; their runs, not measured here):')
        print(PUBLISHED.to_string())
    print(f'\nchosen on validation: {chosen}\nEASE penalties tried {EASE_LAMS}; blend weights tried {BLEND_WS}')
    for name, cfg in DOTS.items(): print(f'{name}: {cfg}')

if __name__ == '__main__': main()
