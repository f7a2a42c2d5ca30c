/**
 * Command-line commands of the index module (picocli). Each command is a thin {@code Callable<Integer>}
 * over {@link org.gongwen.policy.index} and {@link org.gongwen.policy.search}; it writes through the
 * {@code CommandLine}'s out and err writers (so tests capture them) and maps failures to exit codes:
 * 0 success, 1 the index cannot be used, 2 bad usage (picocli), 3 some input files failed.
 *
 * <p>Conventions shared by every command, as users of POSIX tools expect: {@code --help}, {@code -q/--quiet}
 * and {@code -v/--verbose} ({@code Verbosity}); {@code -} means stdin (an input) or stdout ({@code --out},
 * {@code -o}); data goes to stdout in UTF-8, progress and notes to stderr. {@code Main} adds
 * {@code --version} with library versions ({@code VersionInfo}), {@code generate-completion} (picocli's
 * AutoComplete) and {@code man} ({@code ManCommand}, roff from the same command model).
 * {@code TableOutput} writes CSV/XLSX tables to a file or stdout.
 */
package org.gongwen.policy.cli;
