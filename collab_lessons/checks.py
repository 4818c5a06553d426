"""Checks of arguments and tables that need neither pandas nor PyTorch, so the command line can run them before loading either."""

# %% auto #0
__all__ = ['check_columns', 'check_columns']

# %% ../nbs/00_data.ipynb #978433f6
def check_columns(df, # the table to check: a DataFrame, or a file's header as a list of names
                  cols, # the column names it must have
                  what:str='ratings', # what the table is, for the message (a file's name, say)
                 ):
    "Return `df` after checking it is a DataFrame (or a header) with every column in `cols`; a missing one is a `KeyError`"
    if isinstance(df, list): have = df
    elif hasattr(df, 'columns') and hasattr(df, 'iloc'): have = list(df.columns)   # a DataFrame, without importing pandas here
    else: raise TypeError(f"{what} must be a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in cols if c not in have]
    if missing: raise KeyError(f"{what} has no column {missing[0]!r}; it has {have[:20]}")
    return df

# %% ../nbs/00_data.ipynb #ce13ab0c
import math, numbers

def _finite_real(v)->bool: return isinstance(v, numbers.Real) and not isinstance(v, bool) and math.isfinite(v)   # numpy's too

def check_count(n, # the value to check
                name:str, # the argument's name, for the message
               )->int:
    "`n` as an `int` after checking it is a whole number of at least 1 (not a bool)"
    if not (_finite_real(n) and n == int(n) and n >= 1): raise ValueError(f"{name} must be a positive whole number, got {n!r}")
    return int(n)

def check_fraction(p, # the value to check
                   name:str, # the argument's name, for the message
                  )->float:
    "`p` as a `float` after checking 0 < p < 1"
    if not (_finite_real(p) and 0 < p < 1): raise ValueError(f"{name} must be between 0 and 1, got {p!r}")
    return float(p)

# %% ../nbs/00_data.ipynb #978433f6
def check_columns(df, # the table to check: a DataFrame, or a file's header as a list of names
                  cols, # the column names it must have
                  what:str='ratings', # what the table is, for the message (a file's name, say)
                 ):
    "Return `df` after checking it is a DataFrame (or a header) with every column in `cols`; a missing one is a `KeyError`"
    if isinstance(df, list): have = df
    elif hasattr(df, 'columns') and hasattr(df, 'iloc'): have = list(df.columns)   # a DataFrame, without importing pandas here
    else: raise TypeError(f"{what} must be a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in cols if c not in have]
    if missing: raise KeyError(f"{what} has no column {missing[0]!r}; it has {have[:20]}")
    return df

# %% ../nbs/00_data.ipynb #ce13ab0c
import math, numbers

def _finite_real(v)->bool: return isinstance(v, numbers.Real) and not isinstance(v, bool) and math.isfinite(v)   # numpy's too

def check_count(n, # the value to check
                name:str, # the argument's name, for the message
               )->int:
    "`n` as an `int` after checking it is a whole number of at least 1 (not a bool)"
    if not (_finite_real(n) and n == int(n) and n >= 1): raise ValueError(f"{name} must be a positive whole number, got {n!r}")
    return int(n)

def check_fraction(p, # the value to check
                   name:str, # the argument's name, for the message
                  )->float:
    "`p` as a `float` after checking 0 < p < 1"
    if not (_finite_real(p) and 0 < p < 1): raise ValueError(f"{name} must be between 0 and 1, got {p!r}")
    return float(p)