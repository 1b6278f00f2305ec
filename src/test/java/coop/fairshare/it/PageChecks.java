package coop.fairshare.it;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Checks every page the browser tests visit, as whoever is signed in, in the page's language:
 * axe-core finds no serious or critical accessibility violation, and on a 360 × 740 phone nothing
 * is wider than the screen. A page is checked again when it shows field errors, since a form with
 * its errors is another page to a person using a screen reader. What fails is kept and reported by
 * {@link #assertAllPassed()} after each test, so the test that visited the page is the one that fails.
 */
public final class PageChecks implements WebDriverListener {

  static final int PHONE_WIDTH = 360;
  static final int PHONE_HEIGHT = 740;

  /** The WCAG 2.1 A and AA rules and Deque's best practices. */
  private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  /** Says what distinguishes one checked page from another: its path, language, who is signed in, whether it shows errors. */
  private static final String PAGE_KEY = """
      var errors = document.querySelectorAll('.fs-error:not(:empty), [aria-invalid=true], .ui-message-error').length > 0;
      var who = document.getElementById('signed-in-as');
      return location.pathname + ' lang=' + document.documentElement.lang + ' as=' + (who ? who.textContent.trim() : '-')
          + (errors ? ' with errors' : '') + ' ready=' + document.readyState;
      """;

  /** What sticks out past the right edge of the screen: the outermost such elements, so the report names the culprit. */
  private static final String TOO_WIDE = """
      // the phone's width, not the layout's: a page without a viewport meta is laid out 980 px wide
      var width = arguments[0];
      if (document.documentElement.scrollWidth <= width) { return []; }
      var out = [];
      document.querySelectorAll('body *').forEach(function (e) {
        var r = e.getBoundingClientRect();
        if (r.width > 0 && r.right > width + 1 && out.length < 400) {
          var parent = e.parentElement, inside = false;
          for (; parent; parent = parent.parentElement) {
            var s = getComputedStyle(parent).overflowX;
            if (s === 'auto' || s === 'scroll' || s === 'hidden') { inside = true; break; }
          }
          if (!inside) { out.push(e); }
        }
      });
      return [document.documentElement.scrollWidth, width].concat(out.filter(function (e) {
        return !out.some(function (o) { return o !== e && o.contains(e); });
      }).slice(0, 6).map(function (e) {
        return '<' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '') + (e.className && e.className.baseVal === undefined ? ' class="' + e.className + '"' : '')
            + '> right edge ' + Math.round(e.getBoundingClientRect().right) + 'px';
      }));
      """;

  /** Controls a thumb must hit on the phone that are shorter than 44 px (links inside running text are exempt, as in WCAG 2.5.8). */
  private static final String SMALL_TARGETS = """
      var out = [];
      document.querySelectorAll('button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=file]), select, textarea, '
          + 'header a, nav a, .fs-subnav a, .fs-tabs a, .fs-button, .fs-linkbutton').forEach(function (e) {
        var r = e.getBoundingClientRect(), style = getComputedStyle(e);
        if (r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && r.height < 43.5 && out.length < 6) {
          out.push('<' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '') + (typeof e.className === 'string' && e.className ? ' class="' + e.className + '"' : '')
              + '> ' + Math.round(r.height) + ' px tall');
        }
      });
      return out;
      """;

  private final ChromeDriver driver;
  private final Set<String> checked = new HashSet<>();
  private final List<String> failures = new ArrayList<>();
  private int pagesChecked;

  PageChecks(ChromeDriver driver) {
    this.driver = driver;
  }

  @Override
  public void afterGet(WebDriver browser, String url) {
    checkIfNew();
  }

  @Override
  public void afterClick(WebElement element) {
    checkIfNew();
  }

  @Override
  public void afterSubmit(WebElement element) {
    checkIfNew();
  }

  @Override
  public void afterBack(WebDriver.Navigation navigation) {
    checkIfNew();
  }

  @Override
  public void afterRefresh(WebDriver.Navigation navigation) {
    checkIfNew();
  }

  /** Checks the page shown now unless a page like it (same path, language, person, errors or not) was checked already. */
  void checkIfNew() {
    String key;
    try {
      key = (String) driver.executeScript(PAGE_KEY);
    } catch (RuntimeException e) {
      return; // between two pages (an alert, a navigation still starting): the next event sees the page
    }
    if (key == null || !key.endsWith("ready=complete") || key.startsWith("about:") || isNotAnAppPage()) {
      return;
    }
    if (!checked.add(key)) {
      return;
    }
    pagesChecked++;
    String page = key.substring(0, key.length() - " ready=complete".length());
    try {
      checkOutline(page);
      checkAccessibility(page);
      checkPhoneWidth(page);
    } catch (RuntimeException e) {
      // Selenium's decorator would only log it: a check that could not run is a failure too
      failures.add(page + ": the checks could not run: " + e);
    }
  }

  private boolean isNotAnAppPage() {
    String type = (String) driver.executeScript("return document.contentType;");
    return !"text/html".equals(type) && !"application/xhtml+xml".equals(type);
  }

  private void checkAccessibility(String page) {
    // in the page itself (legacy mode), not axe's partial runs finished in a second window opened
    // for every check, and only the violations' nodes sent back: the same rules and findings for a
    // page without cross-origin frames (ours have none), in about two thirds of the time
    AxeRunOptions violationsOnly = new AxeRunOptions();
    violationsOnly.setResultTypes(List.of("violations"));
    Results results = new AxeBuilder().withOptions(violationsOnly).withTags(AXE_TAGS).setLegacyMode(true).analyze(driver);
    if (results.isErrored()) {
      failures.add(page + ": axe-core could not run: " + results.getErrorMessage());
      return;
    }
    for (Rule rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        StringBuilder report = new StringBuilder(page + ": " + rule.getImpact() + " " + rule.getId() + " — " + rule.getHelp());
        for (CheckedNode node : rule.getNodes().subList(0, Math.min(5, rule.getNodes().size()))) {
          report.append("\n      ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml()));
          if (node.getFailureSummary() != null) {
            report.append("\n        ").append(abbreviate(node.getFailureSummary().replace('\n', ' ')));
          }
        }
        if (rule.getNodes().size() > 5) {
          report.append("\n      … and ").append(rule.getNodes().size() - 5).append(" more");
        }
        failures.add(report.toString());
      }
    }
  }

  /** One main landmark, one h1 naming the page, and the language of the page's text. */
  private void checkOutline(String page) {
    Long mains = (Long) driver.executeScript("return document.querySelectorAll('main, [role=main]').length;");
    Long headings = (Long) driver.executeScript("return document.querySelectorAll('h1').length;");
    String lang = (String) driver.executeScript("return document.documentElement.lang;");
    if (mains != 1) {
      failures.add(page + ": " + mains + " main landmarks, not one");
    }
    if (headings != 1) {
      failures.add(page + ": " + headings + " h1 headings, not one");
    }
    // every other check depends on the page's own look: say so plainly when the brand stylesheet is missing
    String stylesheet = (String) driver.executeScript("""
        if (location.protocol === 'data:') { return 'ok'; }
        var links = Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(function (l) { return l.href; });
        var applied = Array.from(document.styleSheets).some(function (s) { return s.href && s.href.indexOf('fairshare.css') >= 0; });
        return applied ? 'ok' : 'stylesheets linked: ' + links.join(', ');
        """);
    if (!"ok".equals(stylesheet)) {
      failures.add(page + ": the brand stylesheet did not load; " + stylesheet);
    }
    if (!List.of("th", "en").contains(lang)) {
      failures.add(page + ": the page's language is '" + lang + "', neither th nor en");
    }
  }

  /** Looks at the page as a 360 px phone shows it (mobile viewport, touch), then gives the window back. */
  @SuppressWarnings("unchecked")
  private void checkPhoneWidth(String page) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
    try {
      // a page's scripts answer the new width in a frame of their own (a chart redraws its canvas on its resize
      // observer's next frame): measured at once, a chart drawn for the desktop window stuck out for a moment
      settle();
      List<Object> tooWide = (List<Object>) driver.executeScript(TOO_WIDE, PHONE_WIDTH);
      if (!tooWide.isEmpty()) {
        failures.add(page + ": at " + PHONE_WIDTH + " px the page is " + tooWide.get(0) + " px wide (window " + tooWide.get(1) + " px); sticking out: "
            + tooWide.subList(2, tooWide.size()));
      }
      List<Object> small = (List<Object>) driver.executeScript(SMALL_TARGETS);
      if (!small.isEmpty()) {
        failures.add(page + ": at " + PHONE_WIDTH + " px these touch targets are under 44 px: " + small);
      }
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      // the window's own width is back only after the next layout: without waiting two frames a
      // click that follows at once may land where the phone layout had another button
      settle();
    }
  }

  /** Waits three frames: the layout after a change of width, what the page's scripts draw on it on their next frame, and its layout. */
  private void settle() {
    driver.executeAsyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done(document.body.offsetWidth))));");
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 220 ? text.substring(0, 220) + "…" : text;
  }

  int pagesChecked() {
    return pagesChecked;
  }

  /** Fails with every problem found since the last call, and forgets them. */
  void assertAllPassed() {
    if (failures.isEmpty()) {
      return;
    }
    String report = String.join("\n  ", failures);
    failures.clear();
    throw new AssertionError("pages failed their accessibility or phone-width checks:\n  " + report);
  }
}
