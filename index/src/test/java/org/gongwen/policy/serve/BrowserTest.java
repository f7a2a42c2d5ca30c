package org.gongwen.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongwen.policy.json.PolicyJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped with
 * a message when they are absent): search, facets, compare chart, document view, export, and inert
 * markup. Screenshots of each view go to {@code target/screenshots/}.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static PolicyServer server;
  private static ChromeDriver driver;
  private static Path downloads;
  private static final PolicyJson json = new PolicyJson();

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: no " + CHROMIUM + " / " + DRIVER + " (apt-get install chromium chromium-driver)");
    server = PolicyServer.create(ServeOptions.defaults(ServedIndex.get()).withPort(0)).start();
    downloads = Files.createTempDirectory("serve-downloads");
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1000", "--lang=zh-CN");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Waits until the page has answered its request (the status line is no longer 检索中…). */
  private static String settled() {
    waiting().until(d -> {
      String s = d.findElement(By.id("status")).getText();
      return !s.startsWith("检索中");
    });
    String status = driver.findElement(By.id("status")).getText();
    assertFalse(status.startsWith("出错"), status);
    return status;
  }

  private static void shot(String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return json.mapper().readTree(r.body());
  }

  @Test
  void searchFacetClickAndBack() throws Exception {
    driver.get(url("/"));
    settled();
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys("高新技术企业 year:2024");
    driver.findElement(By.id("search-button")).click();
    waiting().until(ExpectedConditions.urlContains("q="));
    String status = settled();
    assertTrue(status.contains("共 9 条"), status);
    List<WebElement> rows = driver.findElements(By.cssSelector("#target-table tr.target-row"));
    assertEquals(9, rows.size());
    assertTrue(driver.findElements(By.cssSelector("#target-table td.evidence em")).size() >= 9, "query words marked in the evidence");
    shot("search");

    // a facet click adds its filter and narrows to the facet's count
    WebElement facet = driver.findElement(By.cssSelector("#facets ul[data-facet='measure'] a[data-value='%']"));
    String count = facet.findElement(By.cssSelector(".count")).getText();
    facet.click();
    waiting().until(ExpectedConditions.urlContains("measure="));
    status = settled();
    assertTrue(status.contains("共 " + count + " 条"), status + " vs facet count " + count);
    assertEquals(Integer.parseInt(count), driver.findElements(By.cssSelector("#target-table tr.target-row")).size());
    assertEquals(1, driver.findElements(By.cssSelector("#filters .chip[data-filter='measure']")).size());
    shot("search-facet");

    // Back restores the unfiltered results (the URL holds the state)
    driver.navigate().back();
    waiting().until(d -> !d.getCurrentUrl().contains("measure="));
    status = settled();
    assertTrue(status.contains("共 9 条"), status);
    assertEquals(0, driver.findElements(By.cssSelector("#filters .chip")).size());
  }

  @Test
  void compareDrawsOneSeriesPerDocument() throws Exception {
    String q = "技术交易额";
    JsonNode rows = api("/api/v1/compare?q=" + enc(q)).get("rows");
    Set<String> docs = new LinkedHashSet<>();
    rows.forEach(r -> docs.add(r.get("docId").asText()));
    assertFalse(docs.isEmpty());
    driver.get(url("/?view=compare&q=" + enc(q)));
    settled();
    waiting().until(d -> js("return typeof echarts !== 'undefined' && !!echarts.getInstanceByDom(document.getElementById('chart'))").equals(Boolean.TRUE));
    Number series = (Number) js("return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series.length");
    assertEquals(docs.size(), series.intValue());
    assertTrue(driver.findElement(By.id("chart")).findElements(By.tagName("canvas")).size() >= 1, "drawn on a canvas");
    List<WebElement> pivotRows = driver.findElements(By.cssSelector("#pivot-table tbody tr"));
    assertTrue(pivotRows.size() >= docs.size());
    String header = driver.findElement(By.cssSelector("#pivot-table thead")).getText();
    for (JsonNode r : rows) {
      if (r.has("year")) {
        assertTrue(header.contains(r.get("year").asText()), "year column " + r.get("year"));
      }
    }
    assertTrue(driver.findElement(By.id("pivot-table")).getText().matches("(?s).*（(总量|新增|增速|占比|年度)）.*"), "kind shown");
    shot("compare");
  }

  @Test
  void documentViewHighlightsTheClickedTargetsSpan() throws Exception {
    JsonNode hit = api("/api/v1/search?q=" + enc("type:document issuer:温州市鹿城区人民政府")).get("hits").get(0);
    String id = hit.get("docId").asText();
    JsonNode doc = api("/api/v1/documents/" + id);
    driver.get(url("/?view=doc&doc=" + id));
    settled();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
    assertEquals(hit.get("policyTitle").asText(), driver.findElement(By.id("doc-title")).getText());
    assertTrue(driver.findElements(By.cssSelector("#outline div")).size() == doc.get("headings").size());
    assertTrue(driver.findElements(By.cssSelector("#doc-tasks .lead")).size() > 0, "lead units marked");
    int marks = driver.findElements(By.cssSelector("#doc-text mark.ev")).size();
    assertTrue(marks > 50, "every evidence span highlighted: " + marks);
    int i = 40;
    WebElement row = driver.findElement(By.cssSelector("#doc-targets tr[data-target='" + i + "']"));
    js("arguments[0].scrollIntoView({block:'center'})", row);
    row.click();
    WebElement mark = driver.findElement(By.id("ev-" + i));
    waiting().until(d -> mark.getAttribute("class").contains("active"));
    assertEquals(doc.get("targets").get(i).get("raw").asText(), mark.getText());
    Boolean visible = (Boolean) js("const m = arguments[0].getBoundingClientRect(), p = document.getElementById('doc-text').getBoundingClientRect();"
        + " return m.top >= p.top && m.bottom <= p.bottom;", mark);
    assertTrue(visible, "the text pane scrolled to the clicked target's span");
    assertEquals(1, driver.findElements(By.cssSelector("#doc-text mark.ev.active")).size());
    shot("document");
  }

  @Test
  void exportDownloadsACsvThatParses() throws Exception {
    driver.get(url("/?q=" + enc("高新技术企业") + "&type=target&year=2024"));
    settled();
    driver.findElement(By.id("export-csv")).click();
    Path csv = downloads.resolve("policy-search.csv");
    waiting().until(d -> Files.exists(csv) && !partialDownloads());
    byte[] b = Files.readAllBytes(csv);
    assertEquals((byte) 0xEF, b[0], "BOM");
    List<List<String>> rows = Csv.parse(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    assertEquals(HitTable.COLUMNS, rows.get(0));
    assertEquals(10, rows.size(), "header + the 9 targets of the page's query");
    rows.subList(1, rows.size()).forEach(r -> assertEquals("2024", r.get(HitTable.YEAR)));
  }

  private static boolean partialDownloads() {
    try (Stream<Path> s = Files.list(downloads)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  void markupInATitleIsShownAsTextAndNeverRuns() throws Exception {
    driver.get(url("/?view=doc&doc=" + ServedIndex.HOSTILE_ID));
    settled();
    WebElement title = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doc-title")));
    assertEquals(ServedIndex.HOSTILE_TITLE, title.getText());
    assertTrue(driver.findElement(By.id("doc-card")).getText().contains(ServedIndex.HOSTILE_ISSUER));
    assertEquals(0, driver.findElements(By.cssSelector("#document script, #document img, #document b")).size());
    assertNotNull(js("return String(window.__pwned)"));
    assertEquals("undefined", js("return String(window.__pwned)"));
    shot("document-markup");
    driver.get(url("/?q=" + enc("issuer:" + "\"" + ServedIndex.HOSTILE_ISSUER + "\"") + "&type=document"));
    String status = settled();
    assertTrue(status.contains("共 1 条"), status);
    assertEquals(ServedIndex.HOSTILE_TITLE, driver.findElement(By.cssSelector("#results .document-hit .title")).getText());
    assertEquals(0, driver.findElements(By.cssSelector("#results script, #results img")).size());
    assertEquals("undefined", js("return String(window.__pwned)"));
  }
}
