"""Book loop vs fast loader on ML-100k, same split: wall time (loaders + learner + training) and final valid MSE.

Usage: FASTAI_HOME=... python benchmarks/speed.py [--repeats 3]
Prints each configuration's best-of-N seconds, its valid MSE, and the speed-up over the book loop; then one epoch of
the fast loader (CPU) with the ids checked in the model's `forward` on every batch, against the same epoch with the ids
checked once per loader where they enter (`collab_lessons.core.CheckIds`, a callback every `Learner` has), and with no
check at all. `--check-only` runs just that last comparison. On a GPU a range check in `forward` would add a device sync
per batch (not measured here); `CheckIds` reads the codes from the loader's dataset once per fit.
"""
import argparse, time, timeit, warnings
warnings.filterwarnings('ignore')
from fastai.collab import CollabDataLoaders, collab_learner
from fastai.torch_core import set_seed
import torch
from collab_lessons.data import load_ratings
from collab_lessons.fastloader import FastCollabDataLoaders
from collab_lessons.bias import DotProductBias
from collab_lessons.core import check_ids, CheckIds, loader_codes
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
    p.add_argument('--check-only', action='store_true', help='only the per-epoch cost of checking ids')
    args = p.parse_args()
    ratings = load_ratings()
    set_seed(42, reproducible=True)
    valid_idx = CollabDataLoaders.from_df(ratings, item_name='title', bs=64).valid.items.index.values
    book = lambda bs: CollabDataLoaders.from_df(ratings, item_name='title', bs=bs)   # called after set_seed(42): same split
    fast = lambda bs: FastCollabDataLoaders.from_df(ratings, item_name='title', valid_idx=valid_idx, bs=bs)
    configs = [('book loop: CollabDataLoaders bs 64, fit_one_cycle(5, 5e-3, wd=0.1)', book, 64, 5, 5e-3, 0.1),
               ('fast loader, same settings', fast, 64, 5, 5e-3, 0.1),
               ('fast loader, bs 2048, fit_one_cycle(6, 1e-2, wd=0.5)', fast, 2048, 6, 1e-2, 0.5)]
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, best of {args.repeats}")
    base = None
    for name, mk, bs, ep, lr, wd in ([] if args.check_only else configs):
        runs = [run(mk, bs, ep, lr, wd) for _ in range(args.repeats)]
        secs = min(r[0] for r in runs); mse = runs[0][1]
        base = base or secs
        print(f"{name:58s} {secs:7.2f} s  valid MSE {mse:.4f}  speed-up {base / secs:5.1f}x")
    check_cost(fast, args.repeats)

class InForwardCheck(DotProductBias):
    "`DotProductBias` with the ids checked in `forward`, on every batch (on the CPU every value is range-checked)"
    def forward(self, x):
        check_ids(x, self.user_factors.num_embeddings, self.movie_factors.num_embeddings)
        return super().forward(x)

def check_cost(fast, repeats):
    "Epoch time of DotProductBias on the fast loader (bs 1024, CPU): ids checked per batch in `forward`, once by `CheckIds`, or not at all"
    d = fast(1024)
    d.device = torch.device('cpu')
    n_u, n_i = (len(v) for v in d.classes.values())
    arms = {'ids checked in forward, every batch': (InForwardCheck, False),
            'ids checked once per loader (CheckIds)': (DotProductBias, True),
            'no check at all': (DotProductBias, False)}
    def epoch(model_cls, entry_check):
        learn = Learner(d, model_cls(n_u, n_i, 50), loss_func=MSELossFlat())
        if not entry_check: learn.remove_cb(CheckIds)
        start = time.perf_counter()
        with learn.no_bar(), learn.no_logging(): learn.fit(1, 1e-3)
        return time.perf_counter() - start
    times, n_rep = {name: [] for name in arms}, max(repeats, 7)
    for _ in range(n_rep):   # alternate the arms, so a busy moment of the machine hits all alike
        for name, arm in arms.items(): times[name].append(epoch(*arm))
    best, spread = {n: min(t) for n, t in times.items()}, {n: max(t) - min(t) for n, t in times.items()}
    print(f"one epoch of DotProductBias, fast loader, bs 1024 ({len(d.train)} training batches), CPU, best of {n_rep}:")
    for name, t in best.items():
        print(f"  {name:40s} {t * 1e3:7.1f} ms  ({t / best['no check at all'] - 1:+.1%} against no check; "
              f"spread over the runs {spread[name] * 1e3:.0f} ms)")
    # the checks alone, without the training around them: what each arrangement adds to an epoch
    batches = [xb for dl in (d.train, d.valid) for xb, _ in dl]
    alone = lambda f: min(timeit.repeat(f, number=1, repeat=n_rep))
    per_batch = alone(lambda: [check_ids(xb, n_u, n_i) for xb in batches])
    per_fit = alone(lambda: [check_ids(loader_codes(dl), n_u, n_i, ranges=True) for dl in (d.train, d.valid)])
    print(f"  the checks alone: in forward {per_batch * 1e3:.2f} ms per epoch ({len(batches)} batches, train and valid); "
          f"CheckIds {per_fit * 1e3:.2f} ms per fit (both loaders), not repeated in later epochs")

if __name__ == '__main__': main()
