/**
 * Benchmarks that measure the pipeline against a baseline in the same process ({@code policy bench
 * throughput}): figures are ratios taken within one run, so they hold on shared, noisy machines.
 */
package org.gongwen.policy.bench;
