package org.gongwen.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The ordinal state string facets count with ({@link StringDocValuesReaderState}: the map from each
 * segment's sorted-set ordinals to global ones), built once per reader and dimension on the first facet
 * request against that reader, and dropped when the reader closes. Building it reads every segment's
 * terms dictionary of the dimension, so a searcher that is reopened after a commit pays it once per new
 * reader, not once per query. Thread-safe.
 */
final class FacetStateCache {

  private final List<String> dimensions;
  private final Map<IndexReader.CacheKey, Map<String, StringDocValuesReaderState>> byReader = new ConcurrentHashMap<>();

  /** A cache for these sorted-set doc-values dimensions. */
  FacetStateCache(List<String> dimensions) {
    this.dimensions = List.copyOf(dimensions);
  }

  /** The states of every dimension for the reader, built on first use. */
  Map<String, StringDocValuesReaderState> states(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) { // a reader that cannot be cached (never the searcher's directory reader): build each time
      return build(reader);
    }
    return byReader.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(byReader::remove);
      return build(reader);
    });
  }

  /** How many readers have states cached (for tests). */
  int size() {
    return byReader.size();
  }

  private Map<String, StringDocValuesReaderState> build(IndexReader reader) {
    Map<String, StringDocValuesReaderState> states = new LinkedHashMap<>();
    try {
      for (String dim : dimensions) {
        states.put(dim, new StringDocValuesReaderState(reader, dim));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the facet values of the index", e);
    }
    return Map.copyOf(states);
  }
}
