package org.gongwen.policy.batch;

/**
 * The count of a finished (or stopped) run: {@code in = done + unchanged + skipped + duplicate + failed}.
 *
 * @param done extracted (and, for {@code index}, indexed)
 * @param skipped entries that are no input documents (see {@link Outcome.Skipped})
 */
public record Tally(long done, long unchanged, long skipped, long duplicate, long failed) {

  /** Number of entries. */
  public long in() {
    return done + unchanged + skipped + duplicate + failed;
  }
}
