/**
 * Command-line commands of the index module (picocli). Each command is a thin {@code Callable<Integer>}
 * over {@link org.gongwen.policy.index} and {@link org.gongwen.policy.search}; it writes through the
 * {@code CommandLine}'s out and err writers (so tests capture them) and maps failures to exit codes:
 * 0 success, 1 the index cannot be used, 2 bad usage (picocli), 3 some input files failed.
 */
package org.gongwen.policy.cli;
