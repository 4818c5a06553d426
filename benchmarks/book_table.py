"""The book's eight chapter-8 figures beside fastai 2.8's default loader and the book-era loader, mean ± sd over seeds.

Usage: FASTAI_HOME=... python benchmarks/book_table.py [--seeds 5] [--names 'DotProduct' ...] [--loaders default book_era]
Each run: seed → split + initial weights, bs 64, fit_one_cycle(5, 5e-3, wd=...), final-epoch valid MSE (the same
code as lesson 09a's table). Prints every run as it finishes, then the table and which figures reproduce.
"""
import argparse, warnings
warnings.filterwarnings('ignore')
import torch
from collab_lessons.data import load_ratings
from collab_lessons.bookfigures import BOOK_RUNS, BOOK_LOADERS, SEEDS, book_table, book_summary

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--seeds', type=int, default=len(SEEDS), help=f'how many of the seeds {SEEDS} to run')
    p.add_argument('--names', nargs='+', default=None, choices=list(BOOK_RUNS), metavar='NAME', help='book runs (default: all eight)')
    p.add_argument('--loaders', nargs='+', default=['default', 'book_era'], choices=list(BOOK_LOADERS))
    p.add_argument('--threads', type=int, default=1, help='torch threads (default 1)')
    args = p.parse_args()
    if not 1 <= args.seeds <= len(SEEDS): p.error(f'--seeds must be between 1 and {len(SEEDS)}')
    torch.set_num_threads(args.threads)
    ratings = load_ratings()   # fails here, before any training, if ML-100k is not staged
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s), seeds {SEEDS[:args.seeds]}", flush=True)
    show = lambda r: print(f"{r['name']:40s} {r['loader']:8s} seed {r['seed']}  valid {r['valid_loss']:.4f}  "
                           f"best {r['best_valid']:.4f} (epoch {r['best_epoch']})  {r['seconds']:.0f} s", flush=True)
    runs = book_table(SEEDS[:args.seeds], args.loaders, args.names, ratings=ratings, on_run=show)
    print(f"\n{len(runs)} runs, {runs.seconds.sum() / 60:.1f} min of training\n")
    print(book_summary(runs).round(4).to_string())

if __name__ == '__main__': main()
