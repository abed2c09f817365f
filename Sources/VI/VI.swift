// The VI module: variational inference for one-dimensional targets.
