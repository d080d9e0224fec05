package org.reportminer.cli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.testing.RequiredTools;
import org.reportminer.corpus.testing.SharedData;

/**
 * The workbench in a real browser: Debian's headless chromium through its own chromedriver (paths set explicitly,
 * so Selenium never tries to download one). Uploads the examples by the file picker, opens a report and sees its
 * marks, searches and follows a hit to its place, opens the comparison, corrects a status in the ledger and finds
 * it in the xlsx, and opens the tracking page with the relapses of the examples. Each step saves a screenshot under
 * {@code target/screenshots/}. Fails when chromium is not installed ({@code .ci/run} installs it; see
 * {@link RequiredTools}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static WebServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        RequiredTools.require(present, "chromium chromium-driver fonts-wqy-zenhei");
        server = WebServer.start(new WebConfig(dir.resolve("store"), "127.0.0.1", 0, null, WebConfig.DEFAULT_MAX_UPLOAD),
                new Services(Map.of(), dir, IngestOptions.defaults()));
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void shot(String name) throws Exception {
        File f = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(1)
    void uploadingTheExamplesShowsEachFilesOutcome() throws Exception {
        browser.get(base + "/library");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("还没有报告"));
        Path examples = SharedData.repoRoot().resolve("examples");
        List<Path> files = List.of(examples.resolve("2021-巡察整改进展情况.txt"),
                examples.resolve("2022-党风廉政建设责任制报告.docx"), examples.resolve("2022-党风廉政建设责任制报告.gbk.txt"),
                examples.resolve("2023-巡察整改进展情况.docx"));
        browser.findElement(By.id("files")).sendKeys(files.stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refresh")));
        List<String> outcomes = browser.findElements(By.cssSelector("#uploads td.outcome")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("已导入", "已导入", "重复（内容相同）", "已导入"), outcomes);
        shot("library-upload");
        browser.findElement(By.id("refresh")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports")));
        assertEquals(3, browser.findElements(By.cssSelector("#reports tbody tr")).size());
        shot("library");
    }

    @Test
    @Order(2)
    void aReportShowsItsFindingsMeasuresAndCountsMarked() throws Exception {
        browser.get(base + "/library?year=2021");
        browser.findElement(By.cssSelector("a.report-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text span.finding")));
        assertTrue(browser.findElements(By.cssSelector("#text span.finding")).size() >= 10);
        assertFalse(browser.findElements(By.cssSelector("#text span.measure.st-done")).isEmpty());
        WebElement count = browser.findElement(By.cssSelector("#text span.count"));
        assertTrue(count.getAttribute("title").startsWith("数值 "), count.getAttribute("title"));
        assertFalse(browser.findElements(By.cssSelector(".outline a")).isEmpty());
        shot("report");
        browser.findElement(By.cssSelector(".checks a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("at")));
        shot("report-check");
        browser.findElement(By.linkText("整改台账")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
        int all = browser.findElements(By.cssSelector("#ledger tbody tr")).size();
        new Select(browser.findElement(By.name("status"))).selectByVisibleText("已完成");
        browser.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("status="));
        int done = browser.findElements(By.cssSelector("#ledger tbody tr")).size();
        assertTrue(done > 0 && done < all, done + " of " + all);
        shot("ledger");
    }

    @Test
    @Order(3)
    void aSearchHitLeadsToItsPlaceInTheReport() throws Exception {
        browser.get(base + "/search");
        browser.findElement(By.name("q")).sendKeys("意识形态");
        new Select(browser.findElement(By.name("level"))).selectByValue("finding");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits li")));
        assertFalse(browser.findElements(By.cssSelector("#hits mark")).isEmpty());
        shot("search");
        browser.findElement(By.cssSelector("#hits a.hit-link")).click();
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("at")));
        assertTrue(browser.getCurrentUrl().contains("#at"));
        assertTrue(target.getText().contains("意识形态"), target.getText());
        shot("search-hit");
    }

    @Test
    @Order(4)
    void theComparisonShowsHeatMapChainsDiffsAndReuse() throws Exception {
        browser.get(base + "/compare");
        new Select(browser.findElement(By.id("org"))).selectByVisibleText("青禾市文化和旅游局");
        browser.findElement(By.cssSelector("#compare-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("heat")));
        assertFalse(browser.findElements(By.cssSelector("#heat td a")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("details.diff")).isEmpty());
        shot("compare");
        browser.findElement(By.cssSelector("#heat td a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        shot("compare-cell");
    }

    @Test
    @Order(5)
    void aStatusCorrectedInTheLedgerIsInTheXlsx() throws Exception {
        browser.get(base + "/library?year=2023");
        browser.findElement(By.linkText("台账")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
        WebElement row = browser.findElement(By.cssSelector("#ledger tbody tr"));
        String target = row.getAttribute("data-target");
        String was = row.findElement(By.cssSelector("td.status")).getText();
        String now = was.startsWith("计划中") ? "推进中" : "计划中";
        row.findElement(By.cssSelector("td.corrections summary")).click();
        new Select(row.findElement(By.name("status"))).selectByVisibleText(now);
        shot("ledger-correcting");
        row.findElement(By.cssSelector("form.correct button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("corrections")));
        assertTrue(browser.findElement(By.cssSelector("#ledger tbody tr td.status")).getText().startsWith(now));
        assertTrue(browser.findElement(By.id("corrections")).getText().contains(target));
        ((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("ledger")).findElement(By.cssSelector("tbody tr")));
        shot("ledger-corrected");

        String href = browser.findElement(By.id("xlsx")).getAttribute("href");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int status = -1;
            for (Cell c : sheet.getRow(0)) {
                if (c.getStringCellValue().equals("完成情况")) {
                    status = c.getColumnIndex();
                }
            }
            String cell = sheet.getRow(1).getCell(status).getStringCellValue();
            assertTrue(cell.startsWith(now), cell);
        }

        browser.findElement(By.id("export-gold")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gold-download")));
        WebElement gold = browser.findElement(By.id("gold-result"));
        assertTrue(gold.getText().contains("manifest.json"), gold.getText());
        ((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", gold);
        shot("ledger-gold");
    }

    @Test
    @Order(6)
    void theTrackingPageShowsTheRelapsesOfTheExamples() throws Exception {
        // the fourth year, where what 2021 claimed done comes back
        new WebClient(server.port()).upload(SharedData.repoRoot().resolve("examples").resolve("2024-巡察整改进展情况.txt"));
        browser.get(base + "/tracking");
        new Select(browser.findElement(By.id("org"))).selectByVisibleText("青禾市文化和旅游局");
        browser.findElement(By.cssSelector("#tracking-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("relapses")));
        Set<String> relapses = browser.findElements(By.cssSelector("#relapses tr.relapse")).stream()
                .map(r -> r.getAttribute("data-claimed") + ">" + r.getAttribute("data-recurred"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("2021F8>2022F2", "2021F10>2024F3", "2021F2>2024F1", "2021F3>2023F2")),
                relapses);
        assertFalse(browser.findElements(By.cssSelector(".problem.relapsed")).isEmpty());
        shot("tracking");
        browser.findElement(By.cssSelector("#relapses tr[data-recurred='2024F3'] a.recurred")).click();
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("at")));
        assertTrue(target.getText().contains("八项规定"), target.getText());
        shot("tracking-evidence");
    }
}
