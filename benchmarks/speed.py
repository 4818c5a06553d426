"""Book loop vs fast loader on ML-100k, same split: wall time (loaders + learner + training) and final valid MSE.

Usage: FASTAI_HOME=... python benchmarks/speed.py [--repeats 3]
Prints each configuration's best-of-N seconds, its valid MSE, and the speed-up over the book loop; then what the
id-range check of `collab_lessons.core.check_ids` costs per epoch of the fast loader on the CPU (it is skipped for GPU batches).
"""
import argparse, time, warnings
warnings.filterwarnings('ignore')
from fastai.collab import CollabDataLoaders, collab_learner
from fastai.torch_core import set_seed
import torch
from collab_lessons.data import load_ratings
from collab_lessons.fastloader import fast_collab_dls
from collab_lessons.bias import DotProductBias
import collab_lessons.bias as bias_mod
from collab_lessons.core import check_ids
from fastai.learner import Learner
from fastai.losses import MSELossFlat

def run(make_dls, bs, epochs, lr, wd):
    set_seed(42, reproducible=True)
    start = time.perf_counter()
    learn = collab_learner(make_dls(bs), n_factors=50, y_range=(0, 5.5))
    with learn.no_bar(), learn.no_logging(): learn.fit_one_cycle(epochs, lr, wd=wd)
    return time.perf_counter() - start, float(learn.recorder.values[-1][1])

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--repeats', type=int, default=3)
    args = p.parse_args()
    ratings = load_ratings()
    set_seed(42, reproducible=True)
    valid_idx = CollabDataLoaders.from_df(ratings, item_name='title', bs=64).valid.items.index.values
    book = lambda bs: CollabDataLoaders.from_df(ratings, item_name='title', bs=bs)   # called after set_seed(42): same split
    fast = lambda bs: fast_collab_dls(ratings, item_name='title', valid_idx=valid_idx, bs=bs)
    configs = [('book loop: CollabDataLoaders bs 64, fit_one_cycle(5, 5e-3, wd=0.1)', book, 64, 5, 5e-3, 0.1),
               ('fast loader, same settings', fast, 64, 5, 5e-3, 0.1),
               ('fast loader, bs 2048, fit_one_cycle(6, 1e-2, wd=0.5)', fast, 2048, 6, 1e-2, 0.5)]
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, best of {args.repeats}")
    base = None
    for name, mk, bs, ep, lr, wd in configs:
        runs = [run(mk, bs, ep, lr, wd) for _ in range(args.repeats)]
        secs = min(r[0] for r in runs); mse = runs[0][1]
        base = base or secs
        print(f"{name:58s} {secs:7.2f} s  valid MSE {mse:.4f}  speed-up {base / secs:5.1f}x")
    check_cost(fast, args.repeats)

def check_cost(fast, repeats):
    "Epoch time of DotProductBias on the fast loader (bs 1024) with the id-range check on, and with it off"
    d = fast(1024)
    n_u, n_i = (len(v) for v in d.classes.values())
    def epoch(ranges):
        bias_mod.check_ids = lambda x, a, b: check_ids(x, a, b, ranges=ranges)
        learn = Learner(d, DotProductBias(n_u, n_i, 50), loss_func=MSELossFlat())
        start = time.perf_counter()
        with learn.no_bar(), learn.no_logging(): learn.fit(1, 1e-3)
        return time.perf_counter() - start
    on, off = (min(epoch(r) for _ in range(repeats)) for r in (True, False))
    bias_mod.check_ids = check_ids
    print(f"check_ids per epoch (DotProductBias, fast loader, bs 1024, CPU): {on:.3f} s with the range check, "
          f"{off:.3f} s without ({(on - off) / off:+.1%})")

if __name__ == '__main__': main()
