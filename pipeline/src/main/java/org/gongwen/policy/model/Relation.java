package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** JSON field {@code comparator} (spec §5); named Relation to stay clear of {@link java.util.Comparator}. */
public enum Relation {
  AT_LEAST(">="),
  AT_MOST("<="),
  ABOUT("~"),
  EQUAL("=");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  @JsonValue
  public String symbol() {
    return symbol;
  }

  public static Relation fromSymbol(String symbol) {
    for (Relation r : values()) {
      if (r.symbol.equals(symbol)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown comparator [" + symbol + "]");
  }
}
