#!/usr/bin/env python3
"""NumPyro's SVI of a Gaussian guide on the notebook's Laplace-mixture target (the target
enters as a numpyro.factor), Trace_ELBO with SAMPLES particles, Adam(0.05), STEPS steps,
start N(10, 1), on the CPU. svi.run compiles the whole loop: the first run's time includes
compilation (svi_with_compile_s), svi_s is the median of R further runs.
Usage: python3 svi_numpyro.py [STEPS=2000] [SAMPLES=10] [R=5]   -> one JSON line on stdout.
Needs compare.sh --numpyro (numpyro, jax and jaxlib from peers-requirements-numpyro.txt)."""
import sys, os, time, json, statistics
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax, jax.numpy as jnp
import numpyro, numpyro.distributions as dist
from numpyro.infer import SVI, Trace_ELBO
from numpyro.optim import Adam
from notebook_target import notebook_components

steps = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
samples = int(sys.argv[2]) if len(sys.argv) > 2 else 10
R = int(sys.argv[3]) if len(sys.argv) > 3 else 5
means, scales = (jnp.asarray(a) for a in notebook_components())


def model():
    x = numpyro.sample("x", dist.ImproperUniform(dist.constraints.real, (), ()))
    numpyro.factor("target", jax.scipy.special.logsumexp(dist.Laplace(means, scales).log_prob(x)) - jnp.log(4.0))


def guide():
    mu = numpyro.param("mu", 10.0)
    log_sigma = numpyro.param("log_sigma", 0.0)
    numpyro.sample("x", dist.Normal(mu, jnp.exp(log_sigma)))


svi = SVI(model, guide, Adam(0.05), Trace_ELBO(num_particles=samples))
def run():
    result = svi.run(jax.random.PRNGKey(1), steps, progress_bar=False)
    jax.block_until_ready(result.params)
    return result.params

s = time.perf_counter(); run(); first = time.perf_counter() - s
ts = []
for _ in range(R):
    s = time.perf_counter(); params = run(); ts.append(time.perf_counter() - s)
print(json.dumps({"script": "svi_numpyro", "steps": steps, "samples": samples, "runs": R,
                  "svi_with_compile_s": first, "svi_s": statistics.median(ts),
                  "mu": float(params["mu"]), "sigma": float(jnp.exp(params["log_sigma"]))}))
