package org.gongwen.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.search.PlainNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API over a real index of the seeds and mini samples, through real HTTP on loopback. */
class ServeApiTest {

  private static final String LUCHENG = "../seeds/000_4ed772c9b4959484.txt";
  private static PolicyServer server;
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final PolicyJson json = new PolicyJson();

  @BeforeAll
  static void start() throws IOException {
    server = PolicyServer.create(ServeOptions.defaults(ServedIndex.get()).withPort(0).withMaxBytes(200_000)).start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode getJson(String pathAndQuery, int status) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = get(pathAndQuery);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(status, r.statusCode(), body);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    return json.mapper().readTree(body);
  }

  private static Set<String> targets(JsonNode result) {
    Set<String> out = new TreeSet<>();
    for (JsonNode h : result.get("hits")) {
      assertEquals("target", h.get("type").asText());
      out.add(h.get("indicator").asText() + " " + PlainNumber.format(h.get("value").asDouble()) + h.get("unit").asText()
          + " " + h.get("year").asInt());
    }
    return out;
  }

  @Test
  void the2024HighTechTargetsWithValueUnitAndEvidence() throws Exception {
    // the researcher question of ResearcherQuestionsTest, as the curl asks it
    JsonNode r = getJson("/api/v1/search?q=" + enc("高新技术企业") + "&type=target&year=2024&limit=100", 200);
    assertEquals(9, r.get("total").asInt());
    assertEquals(Set.of(
        "高新技术企业 20家 2024", "高新技术企业 300家 2024", "高新技术企业 10家 2024", "高新技术企业 50家 2024",
        "高新技术企业 140家 2024", "新增规上高新技术企业 30家 2024", "高新技术企业研发机构覆盖率 100% 2024",
        "高新技术企业累计数 300家 2024", "高新技术企业数 3500家 2024"), targets(r));
    assertEquals("{\"type\":\"target\",\"year\":\"2024\"}", r.get("filters").toString());
    for (JsonNode h : r.get("hits")) {
      String raw = h.get("raw").asText();
      String evidence = h.get("evidence").asText();
      assertTrue(evidence.contains(raw) && evidence.length() > raw.length(), "evidence is the sentence around " + raw + ": " + evidence);
      assertTrue(h.get("item").isObject(), "item is the stored target JSON");
    }
  }

  @Test
  void filterParametersAndQueryLanguageAgree() throws Exception {
    JsonNode byParam = getJson("/api/v1/search?type=task&lead=" + enc("区科技局") + "&limit=100", 200);
    JsonNode byQuery = getJson("/api/v1/search?q=" + enc("type:task lead:区科技局") + "&limit=100", 200);
    assertEquals(32, byParam.get("total").asInt(), "31 in the Lucheng plan, 1 in a mini notice");
    assertEquals(byParam.get("hits").toString(), byQuery.get("hits").toString());
    JsonNode conflict = getJson("/api/v1/search?q=" + enc("year:2021") + "&year=2024", 400);
    assertEquals("bad-request", conflict.get("error").asText());
    assertTrue(conflict.get("message").asText().contains("given twice with different values"), conflict.toString());
  }

  @Test
  void facetsPagingAndSort() throws Exception {
    JsonNode r = getJson("/api/v1/search?q=" + enc("issuer:温州市鹿城区人民政府") + "&type=target&facets=true&sort=value&offset=5&limit=5", 200);
    assertEquals(5, r.get("offset").asInt());
    assertEquals(5, r.get("hits").size());
    assertEquals("value", r.get("sort").asText());
    assertEquals(r.get("total").asLong(), r.get("facets").get("issuer").get(0).get("count").asLong());
    double previous = Double.MAX_VALUE;
    for (JsonNode h : r.get("hits")) {
      assertTrue(h.get("value").asDouble() <= previous, "value order");
      previous = h.get("value").asDouble();
    }
  }

  @Test
  void documentJsonAndTextWithSpansThatPointIntoIt() throws Exception {
    JsonNode hit = getJson("/api/v1/search?q=" + enc("type:document issuer:温州市鹿城区人民政府"), 200).get("hits").get(0);
    String id = hit.get("docId").asText();
    JsonNode doc = getJson("/api/v1/documents/" + id, 200);
    assertEquals("policy-doc/1", doc.get("schema").asText());
    assertEquals(id, doc.get("id").asText());
    assertEquals(LUCHENG, doc.get("source").get("file").asText());
    assertFalse(doc.has("text"), "the text has its own endpoint");
    HttpResponse<byte[]> text = get("/api/v1/documents/" + id + "/text");
    assertEquals(200, text.statusCode());
    assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String t = new String(text.body(), StandardCharsets.UTF_8);
    assertTrue(doc.get("targets").size() > 50);
    for (JsonNode target : doc.get("targets")) {
      int start = target.get("span").get(0).asInt();
      int end = target.get("span").get(1).asInt();
      assertEquals(target.get("raw").asText(), t.substring(start, end));
    }
  }

  @Test
  void compareLinesUpOneIndicatorAcrossYears() throws Exception {
    JsonNode r = getJson("/api/v1/compare?q=" + enc("技术交易额"), 200);
    assertTrue(r.get("rows").size() >= 3, r.toString());
    String previous = "";
    Integer previousYear = null;
    for (JsonNode row : r.get("rows")) {
      assertEquals("target", row.get("type").asText());
      assertTrue(row.has("kind") && row.has("docId") && row.has("policyTitle"));
      String indicator = row.get("indicator").asText();
      Integer year = row.has("year") ? row.get("year").asInt() : null;
      assertTrue(indicator.compareTo(previous) > 0 || indicator.equals(previous)
          && (previousYear == null || year == null || year >= previousYear), "ordered by indicator, then year");
      previous = indicator;
      previousYear = year;
    }
    assertTrue(rows(r).stream().anyMatch(row -> row.get("value").asDouble() >= 1e9
        && row.get("item").get("printed").get("unit").asText().startsWith("亿")),
        "a sum printed in 亿元 keeps its printed form beside the value in 元: " + r);
    assertEquals("bad-request", getJson("/api/v1/compare?q=" + enc("技术 type:task"), 400).get("error").asText());
  }

  @Test
  void csvExportIsUtf8WithBomAndHoldsEveryHit() throws Exception {
    HttpResponse<byte[]> r = get("/api/v1/search.csv?q=" + enc("高新技术企业") + "&type=target&year=2024");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    byte[] b = r.body();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]), "UTF-8 byte-order mark");
    List<List<String>> rows = Csv.parse(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    assertEquals(HitTable.COLUMNS, rows.get(0));
    assertEquals(1 + 9, rows.size(), "header and the 9 targets (export is not paged by the default limit)");
    int indicator = HitTable.COLUMNS.indexOf("indicator");
    int value = HitTable.COLUMNS.indexOf("value");
    int evidence = HitTable.COLUMNS.indexOf("evidence");
    int printed = HitTable.COLUMNS.indexOf("printed");
    assertTrue(rows.stream().anyMatch(r2 -> r2.get(indicator).equals("高新技术企业数") && r2.get(value).equals("3500")
        && r2.get(printed).equals("3500家")), rows.toString());
    rows.subList(1, rows.size()).forEach(row -> assertFalse(row.get(evidence).isEmpty()));
  }

  @Test
  void xlsxExportParsesWithNumbersAsNumbers() throws Exception {
    HttpResponse<byte[]> r = get("/api/v1/search.xlsx?q=" + enc("高新技术企业 type:target year:2024"));
    assertEquals(200, r.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = book.getSheet(XlsxExport.SHEET);
      assertNotNull(sheet);
      assertEquals(9, sheet.getLastRowNum(), "header row 0, 9 targets");
      assertEquals("indicator", sheet.getRow(0).getCell(HitTable.COLUMNS.indexOf("indicator")).getStringCellValue());
      List<Double> values = new ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        assertEquals(CellType.NUMERIC, row.getCell(HitTable.VALUE).getCellType());
        assertEquals(2024, (int) row.getCell(HitTable.YEAR).getNumericCellValue());
        values.add(row.getCell(HitTable.VALUE).getNumericCellValue());
      }
      assertTrue(values.contains(3500.0), values.toString());
    }
  }

  @Test
  void errorsAreJsonWithTheRightStatus() throws Exception {
    assertEquals("bad-request", getJson("/api/v1/search?q=" + enc("yaer:2024"), 400).get("error").asText());
    assertEquals("bad-request", getJson("/api/v1/search?limit=0", 400).get("error").asText());
    assertEquals("bad-request", getJson("/api/v1/search?offset=x", 400).get("error").asText());
    assertEquals("bad-request", getJson("/api/v1/search?kind=bigger", 400).get("error").asText());
    assertEquals("not-found", getJson("/api/v1/documents/ffffffffffffffff", 404).get("error").asText());
    assertEquals("not-found", getJson("/api/v1/documents/" + enc("../../etc/passwd"), 404).get("error").asText());
    assertEquals("not-found", getJson("/api/v1/no-such-endpoint", 404).get("error").asText());
    JsonNode stats = getJson("/api/v1/stats", 200);
    assertTrue(stats.get("documents").asInt() > 30 && stats.get("targets").asInt() > 300, stats.toString());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/v1/stats", "/api/v1/nothing")) {
      HttpResponse<byte[]> r = get(path);
      assertEquals(PolicyServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
    }
    assertEquals("127.0.0.1", ServeOptions.defaults(Path.of("x")).bind(), "loopback unless told otherwise");
  }

  @Test
  void markupInStoredTextComesBackAsJsonStringData() throws Exception {
    JsonNode doc = getJson("/api/v1/documents/" + ServedIndex.HOSTILE_ID, 200);
    assertEquals(ServedIndex.HOSTILE_TITLE, doc.get("metadata").get("title").asText());
  }

  @Test
  void anOversizedUploadIs413AndNothingIsExtracted() throws Exception {
    byte[] big = new byte[300_000];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = http.send(upload("big.txt", big), HttpResponse.BodyHandlers.ofString());
    assertEquals(413, r.statusCode(), r.body());
    assertEquals("too-large", json.mapper().readTree(r.body()).get("error").asText());
  }

  @Test
  void anUploadIsExtractedInTheIsolatedWorker() throws Exception {
    byte[] notice = Files.readAllBytes(Path.of("..", "samples", "mini", "joint-issuance.txt"));
    HttpResponse<String> r = http.send(upload("C:\\Users\\x\\联合发文.txt", notice), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode doc = json.mapper().readTree(r.body());
    assertEquals("policy-doc/1", doc.get("schema").asText());
    assertEquals("联合发文.txt", doc.get("source").get("file").asText(), "only the name's last segment is echoed");
    assertTrue(doc.get("metadata").get("issuers").size() >= 2, r.body());
    assertTrue(doc.has("text"));
    JsonNode notMultipart = json.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/extract")))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).body());
    assertEquals("bad-request", notMultipart.get("error").asText());
  }

  @Test
  void aSaturatedServerAnswers503WithRetryAfter() throws Exception {
    try (PolicyServer busy = PolicyServer.create(ServeOptions.defaults(ServedIndex.get()).withPort(0).withSlots(1, 0)).start()) {
      URI stats = URI.create("http://127.0.0.1:" + busy.port() + "/api/v1/stats");
      try (Admission.Slot held = busy.admission().enter()) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
        assertEquals("busy", json.mapper().readTree(r.body()).get("error").asText());
      }
      assertEquals(200, http.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
          "served again once the slot is free");
    }
  }

  @Test
  void everyEndpointAnswersAndIsDocumented() throws Exception {
    String guide = Files.readString(Path.of("..", "docs", "http-api.md"));
    String openapi = Files.readString(Path.of("..", "docs", "openapi.yaml"));
    for (String endpoint : PolicyServer.ENDPOINTS) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1);
      assertTrue(guide.contains("`" + endpoint + "`"), "docs/http-api.md lists " + endpoint);
      assertTrue(openapi.contains("\n  " + path + ":\n    " + method.toLowerCase() + ":"), "openapi.yaml has " + endpoint);
      if (method.equals("GET")) {
        HttpResponse<byte[]> r = get(path.replace("{id}", ServedIndex.HOSTILE_ID));
        assertEquals(200, r.statusCode(), endpoint);
      }
    }
  }

  private static List<JsonNode> rows(JsonNode compare) {
    List<JsonNode> out = new ArrayList<>();
    compare.get("rows").forEach(out::add);
    return out;
  }

  private static HttpRequest upload(String name, byte[] content) {
    String boundary = "----policy" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return HttpRequest.newBuilder(URI.create(url("/api/v1/extract")))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }
}
