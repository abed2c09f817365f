"""Expected numbers for `vi-gallery fit`, copied from the VI tests' ground truth.

Pinned versions: numpy 2.4.6, scipy 1.17.1 (Python 3), through the generator below.
The numbers come from Tests/VITests/Fixtures/vi_fixtures.json, which
Tests/VITests/Fixtures/generate_vi_fixtures.py computes with numpy's legacy
RandomState (the notebook's components) and scipy (quad for the ELBO and the
KL divergences, Nelder-Mead from a grid then polished for every local optimum
of the Gaussian ELBO, moment matching by quad). This script keeps only what the
fit command prints, so the gallery tests do not depend on another test target.

Regenerate from the repository root with:

    python3 Tests/VITests/Fixtures/generate_vi_fixtures.py   # only if the VI fixtures must change
    python3 Tests/GalleryTests/Fixtures/make_fit_fixtures.py

It writes Tests/GalleryTests/Fixtures/fit_expected.json:
- components: the target's Laplace locations and scales (weights are 1/4);
- log_normalizer: log Z of the target by quad (0 up to round-off);
- gaussian_optima: every local optimum of the reverse KL over Gaussians, best
  first, with mu, sigma, elbo, kl (= -elbo, log Z = 0) and forward_kl;
- moment_matching: the forward-KL Gaussian's mu, sigma, forward_kl and elbo.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SOURCE = os.path.join(ROOT, "Tests", "VITests", "Fixtures", "vi_fixtures.json")
TARGET = os.path.join(ROOT, "Tests", "GalleryTests", "Fixtures", "fit_expected.json")


def main():
    with open(SOURCE) as handle:
        vi = json.load(handle)
    expected = {
        "components": vi["components"],
        "log_normalizer": vi["target_log_normalizer"],
        "gaussian_optima": vi["gaussian_optima"],
        "moment_matching": vi["moment_matching"],
    }
    with open(TARGET, "w") as handle:
        json.dump(expected, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
