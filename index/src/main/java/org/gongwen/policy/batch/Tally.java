package org.gongwen.policy.batch;

/**
 * The count of a finished (or stopped) run: {@code in = done + unchanged + duplicate + failed}.
 *
 * @param done extracted (and, for {@code index}, indexed)
 */
public record Tally(long done, long unchanged, long duplicate, long failed) {

  /** Number of inputs. */
  public long in() {
    return done + unchanged + duplicate + failed;
  }
}
