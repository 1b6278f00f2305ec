package coop.fairshare.order;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The provinces an address may name, and the shipping fee table (which only an admin changes). */
@Stateless
public class DeliveryRules {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  @PermitAll
  public List<Province> provinces() {
    return em.createQuery("SELECT p FROM Province p ORDER BY p.nameTh", Province.class).getResultList();
  }

  // SUPPORTS: an order page asks for its province's name on every view; a transaction of its own
  // for one read of a cached row cost more than the read
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Province> province(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Province.class, code));
  }

  // SUPPORTS on a page's reads: called from a page, no transaction of their own (a page saves the
  // three round trips of one per call); called inside a use case, they read in its transaction
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ShippingTable shippingTable() {
    List<Object[]> rows = em.createNativeQuery("SELECT max_weight_grams, fee_satang FROM shipping_rate ORDER BY max_weight_grams").getResultList();
    return new ShippingTable(rows.stream().map(r -> new ShippingBand(((Number) r[0]).intValue(), Money.ofSatang(((Number) r[1]).longValue()))).toList());
  }

  /** Replaces the whole table at once, so shoppers never see half a change. */
  @RolesAllowed(Roles.ADMIN)
  public ShippingTable replaceShippingTable(List<ShippingBand> bands) {
    ShippingTable table = new ShippingTable(bands);
    em.createNativeQuery("DELETE FROM shipping_rate").executeUpdate();
    for (ShippingBand band : table.bands()) {
      em.createNativeQuery("INSERT INTO shipping_rate (max_weight_grams, fee_satang, updated_by) VALUES (?, ?, ?)")
          .setParameter(1, band.maxWeightGrams()).setParameter(2, band.fee().satang()).setParameter(3, session.getCallerPrincipal().getName()).executeUpdate();
    }
    return table;
  }
}
