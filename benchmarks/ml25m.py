"""ML-25M-shaped run on CPU: write the synthetic 25,000,095-rating CSV, then CSV -> trained model in a fresh process.

Usage: python benchmarks/ml25m.py [--dir /tmp/ml25m] [--epochs 1] [--csv ratings.csv]
Prints generation time, read time, seconds per epoch, valid MSE, and peak RSS of the pipeline process,
beside the budgets the lesson sets itself (3 min an epoch, 1.5 GB peak RSS: what a laptop-class 2-core machine can spare). With --csv, uses an existing ML-25M ratings.csv instead.
"""
import argparse, time, warnings
from pathlib import Path
warnings.filterwarnings('ignore')
from collab_lessons.fullml import write_synthetic_ml25m, run_pipeline_in_subprocess

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--dir', default='/tmp/ml25m', help='where to write the synthetic CSV')
    p.add_argument('--csv', default=None, help='an existing ratings.csv (e.g. the real ML-25M) instead of the synthetic one')
    p.add_argument('--epochs', type=int, default=1)
    args = p.parse_args()
    if args.csv: csv = Path(args.csv)
    else:
        csv = Path(args.dir)/'ratings.csv'
        if not csv.exists():
            csv.parent.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter(); write_synthetic_ml25m(csv)
            print(f"wrote {csv} ({csv.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - t:.1f} s")
    f = run_pipeline_in_subprocess(csv, n_epoch=args.epochs)
    print(f"ratings {f['n_ratings']:,}  users {f['n_users']:,}  movies {f['n_items']:,}")
    print(f"read CSV -> int32/float32 tensors, split: {f['load_s']:.1f} s   data held: {f['data_mb']:.0f} MB")
    print(f"seconds per epoch: {f['epoch_s']:.1f}   (budget 180 s)")
    print(f"peak RSS, CSV to trained model: {f['peak_rss_mb']:.0f} MB   (budget 1536 MB)")
    print(f"valid MSE {f['valid_mse']:.4f}  vs predicting the training mean {f['mean_baseline_mse']:.4f}")

if __name__ == '__main__': main()
