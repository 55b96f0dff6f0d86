package io.shenbao.rules.model;

import jakarta.validation.groups.Default;

/** Validation group for the whole-period targets, where every figure is required. */
public interface WholePeriod extends Default {}
