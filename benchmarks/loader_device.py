"""The fast loader with ML-100k held where the batches go, against the same loader copying each batch from the CPU.

Usage: FASTAI_HOME=... python benchmarks/loader_device.py [--repeats 5]
Prints, for batch sizes 64 and 2048, the best-of-N seconds for one epoch of batches alone and for a one-epoch
`fit_one_cycle` of the dot model with biases, for both ways of feeding the model, on this machine's default device.
`FastCollabDataLoaders` holds the ratings on a GPU when they fit (`fits_on`); the other way is forced by turning that
off. On a CPU both ways are the same code (nothing is moved), so the two rows measure the machine's noise.
"""
import argparse, time, warnings
warnings.filterwarnings('ignore')
import torch
from fastai.collab import collab_learner
from fastai.torch_core import set_seed, default_device
from collab_lessons.data import load_ratings
from collab_lessons import fastloader

def epoch_s(dls)->float:
    "Seconds to draw one epoch of training batches (synchronised on a GPU)"
    t0 = time.perf_counter()
    for xb, yb in dls.train: pass
    if xb.is_cuda: torch.cuda.synchronize()
    return time.perf_counter() - t0

def fit_s(dls)->float:
    "Seconds for a one-epoch `fit_one_cycle` of the dot model with biases"
    set_seed(42, reproducible=True)
    learn = collab_learner(dls, n_factors=50, y_range=(0, 5.5))
    t0 = time.perf_counter()
    with learn.no_bar(), learn.no_logging(): learn.fit_one_cycle(1, 5e-3, wd=0.1)
    return time.perf_counter() - t0

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--repeats', type=int, default=5)
    args = p.parse_args()
    ratings, device = load_ratings(), default_device()
    print(f"device: {device}; torch {torch.__version__}; {torch.get_num_threads()} CPU thread(s)")
    held = fastloader.fits_on
    for bs in (64, 2048):
        for how, fits in (('held where the batches go', held), ('copied from the CPU each batch', lambda *a, **k: False)):
            fastloader.fits_on = fits
            dls = fastloader.FastCollabDataLoaders.from_df(ratings, item_name='title', bs=bs, seed=42)
            on = dls.train.dataset.x.device
            e = min(epoch_s(dls) for _ in range(args.repeats))
            f = min(fit_s(dls) for _ in range(max(1, args.repeats // 2)))
            print(f"bs {bs:>5}  {how:<31} (ratings on {on.type:<4})  epoch of batches {e:7.3f} s   one-epoch fit {f:7.3f} s")
    fastloader.fits_on = held

if __name__ == '__main__': main()
