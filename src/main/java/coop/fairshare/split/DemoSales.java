package coop.fairshare.split;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductOrigin;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.Database;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo mode only: a year of past sales, split and posted through the real services, so the
 * treasurers' pages and charts have something to show on the first start. Every sale has a fixed
 * reference, so instances starting together (or a restart) never post one twice.
 */
@Singleton
@Startup
@DependsOn({"Database", "CatalogIndexer"})
public class DemoSales {

  static final int SALES = 240;
  private static final Logger LOG = Logger.getLogger(DemoSales.class.getName());

  @EJB
  private Database database;

  @EJB
  private SaleSplits sales;

  @EJB
  private ProductCatalog catalog;

  @EJB
  private Ledger ledger;

  @PersistenceContext
  private EntityManager em;

  @PostConstruct
  void sellAYearOfDemoProducts() {
    if (!database.demoMode()) {
      return;
    }
    long already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sale_split WHERE sale_ref LIKE 'demo-sale-%'").getSingleResult()).longValue();
    if (already > 0) {
      return;
    }
    List<ProductOrigin> products = catalog.activeOrigins();
    if (products.isEmpty()) {
      return;
    }
    Random random = new Random(2026); // the same demo year on every machine
    LocalDate today = CoopTime.today();
    // a month a treasurer already closed takes no more postings: the demo sells only after it
    LocalDate firstOpenDay = ledger.lastClosedMonth().map(month -> month.plusMonths(1).atDay(1)).orElse(LocalDate.MIN);
    for (int n = 1; n <= SALES; n++) {
      ProductOrigin product = products.get(random.nextInt(products.size()));
      Money price = product.price();
      Money amount = price.times(1 + random.nextInt(3));
      LocalDate day = today.minusDays(random.nextInt(330));
      if (day.isBefore(firstOpenDay)) {
        day = today;
      }
      boolean card = random.nextInt(3) > 0;
      // a card payment costs 3.65%; PromptPay and bank transfers cost nothing here
      Money fee = card ? Money.ofSatang(amount.satang() * 365 / 10_000) : Money.ZERO;
      String ref = "demo-sale-" + n;
      sales.record(ref, product.productId(), amount, fee, day);
      // Stripe paid the demo's past card money out to the bank long ago: the demo's Stripe clearing
      // starts empty, so the reconciliation page agrees with Stripe's (empty) records
      sales.post(ref, card ? LedgerAccounts.BANK : LedgerAccounts.TRANSFER_RECEIVABLE, day);
    }
    LOG.info(() -> "Demo: " + SALES + " past sales split and posted to the ledger");
  }
}
