package coop.fairshare.it;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver; Selenium Manager never downloads anything. */
final class Browser {

  private Browser() {}

  /** Every browser the tests started, with the checks that watch it. */
  private static final java.util.Map<WebDriver, PageChecks> CHECKS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /**
   * Starts Chromium watched by {@link PageChecks}: every page it shows is checked for accessibility
   * and for fitting a 360 px phone. Test classes call {@link #assertPagesPassed} after each test.
   */
  static WebDriver start() throws Exception {
    ChromeDriver chromium = startChromium();
    PageChecks checks = new PageChecks(chromium);
    WebDriver watched = new org.openqa.selenium.support.events.EventFiringDecorator<WebDriver>(checks).decorate(chromium);
    CHECKS.put(watched, checks);
    return watched;
  }

  /** Fails with what the pages shown since the last call got wrong. */
  static void assertPagesPassed(WebDriver browser) {
    PageChecks checks = CHECKS.get(browser);
    if (checks == null) {
      throw new AssertionError("this browser was not started by Browser.start, so nothing checked its pages");
    }
    checks.assertAllPassed();
  }

  /** Closes the browser, saying how many page states its checks looked at. */
  static void quit(WebDriver browser) {
    PageChecks checks = CHECKS.remove(browser);
    if (checks != null) {
      System.out.println("PageChecks: " + checks.pagesChecked() + " page states checked (axe-core, outline, 360 px)");
    }
    browser.quit();
  }

  private static ChromeDriver startChromium() throws Exception {
    Path profile = Files.createTempDirectory("fairshare-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("fairshare.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Goes to a page of the app, as typing its address would. */
  static void open(WebDriver browser, URI base, String path) {
    browser.get(base.resolve(path).toString());
  }

  /** Fills in and sends the login form; whether it worked is the caller's to check. */
  static void submitLogin(WebDriver browser, URI base, String username, String password) {
    open(browser, base, "login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
  }

  /** Replaces what a field holds, as a person would. */
  static void type(WebDriver browser, String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Waits up to 20 s; on a timeout says where the browser was and what it showed, so the report
   * explains the failure. An element an AJAX update replaced while the condition read it is looked
   * up again, not a failure.
   */
  static void waitFor(WebDriver browser, ExpectedCondition<?> condition) {
    waitFor(browser, condition, Duration.ofSeconds(20));
  }

  /** The same, for what a background job does (a count over every group of the shared test database, on a busy machine). */
  static void waitFor(WebDriver browser, ExpectedCondition<?> condition, Duration patience) {
    // Chromium sometimes reports an element an update just replaced as a node "not in the document"
    // rather than as stale: the same thing, so it is looked up again too
    ExpectedCondition<Object> lookingAgain = driver -> {
      try {
        return condition.apply(driver);
      } catch (org.openqa.selenium.WebDriverException e) {
        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
          return null;
        }
        throw e;
      }
    };
    try {
      new WebDriverWait(browser, patience).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(lookingAgain);
      // what an AJAX update showed (a field's error, a new row) is a page state worth checking too
      PageChecks checks = CHECKS.get(browser);
      if (checks != null) {
        checks.checkIfNew();
      }
    } catch (TimeoutException e) {
      throw new AssertionError("waited in vain at " + browser.getCurrentUrl() + " showing:\n" + browser.findElement(By.tagName("body")).getText(), e);
    }
  }
}
