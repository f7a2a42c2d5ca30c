package org.gongwen.policy.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts JSON to a handler of one collection with {@link HttpClient} and reads Solr's JSON answer. No
 * SolrJ: the JSON update and JSON request APIs are plain HTTP, and the main jar stays free of Solr's
 * client and its dependencies. Thread-safe.
 */
final class SolrHttp {

  private final SolrCollection collection;
  private final HttpClient client;
  private final ObjectMapper mapper;
  private final Duration timeout;

  SolrHttp(SolrCollection collection, ObjectMapper mapper, Duration timeout) {
    this.collection = collection;
    this.mapper = mapper;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  SolrCollection collection() {
    return collection;
  }

  /**
   * Posts the body to {@code handler} (with the query string {@code params}, may be empty) and returns the
   * parsed answer.
   *
   * @throws SolrRequestException when Solr cannot be reached, answers an error status, or no JSON
   */
  JsonNode post(String handler, String params, byte[] body) throws SolrRequestException {
    String what = "POST /" + handler + (params.isEmpty() ? "" : "?" + params);
    HttpRequest request = HttpRequest.newBuilder(collection.handler(handler + (params.isEmpty() ? "" : "?" + params)))
        .timeout(timeout)
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (ConnectException e) {
      throw new SolrRequestException(collection, what + ": Solr not reachable (" + e.getMessage() + ")", 0, e);
    } catch (IOException e) {
      throw new SolrRequestException(collection, what + ": " + e, 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolrRequestException(collection, what + ": interrupted", 0, e);
    }
    JsonNode answer;
    try {
      answer = mapper.readTree(response.body());
    } catch (IOException e) {
      throw new SolrRequestException(collection, what + ": HTTP " + response.statusCode() + ", answer is no JSON",
          response.statusCode(), e);
    }
    if (response.statusCode() != 200) {
      String message = answer.path("error").path("msg").asText("");
      throw new SolrRequestException(collection, what + ": HTTP " + response.statusCode()
          + (message.isEmpty() ? "" : ": " + message), response.statusCode(), null);
    }
    return answer;
  }
}
