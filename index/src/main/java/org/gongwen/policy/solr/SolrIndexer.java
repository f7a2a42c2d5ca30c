package org.gongwen.policy.solr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.index.FieldNames;
import org.gongwen.policy.index.LuceneEntries;
import org.gongwen.policy.model.PolicyDocument;

/**
 * Writes policies into a Solr collection through the JSON update API. {@link #add} replaces every entry of
 * the policy's source file: the update request deletes the file's entries by query and adds the new ones,
 * in that order, in one request. Requests are batched ({@code batch} policies each); {@link #commit()} sends
 * what is pending and makes it durable and visible (a hard commit), {@link #close()} commits. Not
 * thread-safe: one indexer per process and collection.
 */
public final class SolrIndexer implements Closeable {

  /** Policies per update request unless told otherwise. */
  public static final int DEFAULT_BATCH = 50;

  private final SolrHttp http;
  private final SolrEntries entries;
  private final ObjectMapper mapper;
  private final int batch;
  private final List<Pending> pending = new ArrayList<>();
  private long sent;

  private sealed interface Pending {}

  private record Add(String file, List<ObjectNode> docs) implements Pending {}

  private record Delete(String field, String value) implements Pending {}

  private SolrIndexer(SolrHttp http, SolrEntries entries, ObjectMapper mapper, int batch) {
    this.http = http;
    this.entries = entries;
    this.mapper = mapper;
    this.batch = batch;
  }

  /** An indexer for the collection, entries as the embedded index builds them ({@code searchText}: full text in body). */
  public static SolrIndexer open(SolrCollection collection, boolean searchText) {
    return open(collection, searchText, DEFAULT_BATCH);
  }

  /** As {@link #open(SolrCollection, boolean)}, sending {@code batch} policies per request. */
  public static SolrIndexer open(SolrCollection collection, boolean searchText, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1: " + batch);
    }
    ObjectMapper mapper = new ObjectMapper();
    return new SolrIndexer(new SolrHttp(collection, mapper, Duration.ofMinutes(5)),
        new SolrEntries(LuceneEntries.standard(searchText), mapper), mapper, batch);
  }

  /** Queues the policy (replacing the entries of its source file); sends the batch when full. */
  public void add(PolicyDocument doc) throws IOException {
    pending.add(new Add(doc.source().file(), entries.of(doc)));
    flushWhenFull();
  }

  /** Queues the removal of every entry of a source file. */
  public void delete(String file) throws IOException {
    pending.add(new Delete(FieldNames.FILE, file));
    flushWhenFull();
  }

  /** Queues the removal of every entry of a policy by id. */
  public void deleteById(String id) throws IOException {
    pending.add(new Delete(FieldNames.DOC_ID, id));
    flushWhenFull();
  }

  /** Sends what is pending and hard-commits: durable and searchable when this returns. */
  public void commit() throws IOException {
    flush();
    http.post("update", "commit=true&wt=json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Solr documents sent so far (entries, not policies). */
  public long sent() {
    return sent;
  }

  private void flushWhenFull() throws IOException {
    if (pending.size() >= batch) {
      flush();
    }
  }

  /** Sends the pending changes in one update request, in queue order. */
  public void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    long docs = 0;
    try (JsonGenerator g = mapper.getFactory().createGenerator(body)) {
      // the JSON update format allows repeated keys: commands run in the order written
      g.writeStartObject();
      for (Pending p : pending) {
        if (p instanceof Add add) {
          writeDelete(g, FieldNames.FILE, add.file());
          for (ObjectNode doc : add.docs()) {
            g.writeObjectFieldStart("add");
            g.writeFieldName("doc");
            mapper.writeTree(g, doc);
            g.writeEndObject();
            docs++;
          }
        } else {
          Delete d = (Delete) p;
          writeDelete(g, d.field(), d.value());
        }
      }
      g.writeEndObject();
    }
    http.post("update", "wt=json", body.toByteArray());
    sent += docs;
    pending.clear();
  }

  /** A delete by query with the term parser: the value is taken as is, nothing to escape. */
  private static void writeDelete(JsonGenerator g, String field, String value) throws IOException {
    g.writeObjectFieldStart("delete");
    g.writeStringField("query", "{!term f=" + field + "}" + value);
    g.writeEndObject();
  }

  /** Sends what is pending and commits. */
  @Override
  public void close() throws IOException {
    commit();
  }
}
