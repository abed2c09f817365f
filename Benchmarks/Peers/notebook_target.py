"""The notebook's VI target in numpy: the equal-weight mixture of the four Laplace
components that seed_figure.py draws (np.random.seed(2314), randint(0, 4, 200), then
per component mean = 20 * random(), scale = 3 * random(), laplace draws)."""
import numpy as np


def notebook_components(seed=2314, n=200, k=4):
    np.random.seed(seed)
    source = np.random.randint(0, k, n)
    means, scales = [], []
    for i in range(k):
        means.append(20 * np.random.random()); scales.append(3 * np.random.random())
        np.random.laplace(means[-1], scales[-1], int((source == i).sum()))  # keep the stream in step
    return np.array(means), np.array(scales)


def log_density_and_slope(x, means, scales):
    """log p(x) and d/dx log p(x) for x of any shape (logsumexp over the components)."""
    d = x[..., None] - means
    terms = -np.log(4.0) - np.log(2 * scales) - np.abs(d) / scales
    top = terms.max(axis=-1, keepdims=True)
    w = np.exp(terms - top)
    total = w.sum(axis=-1)
    slope = (w * (-np.sign(d) / scales)).sum(axis=-1) / total
    return top[..., 0] + np.log(total), slope
