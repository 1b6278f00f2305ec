package coop.fairshare.savings;

import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The savings products: an ADMIN defines and changes them; treasurers and members read them. */
@Stateless
public class SavingsProducts {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  @RolesAllowed(Roles.ADMIN)
  public SavingsProduct define(String nameTh, String nameEn, SavingsTerms terms) {
    SavingsProduct product = new SavingsProduct(nameTh, nameEn, terms, session.getCallerPrincipal().getName());
    em.persist(product);
    em.flush();
    return product;
  }

  /** New terms from today; postings made under the old ones stay as they were. */
  @RolesAllowed(Roles.ADMIN)
  public SavingsProduct change(long id, String nameTh, String nameEn, SavingsTerms terms) {
    SavingsProduct product = product(id);
    product.change(nameTh, nameEn, terms);
    return product;
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public List<SavingsProduct> products() {
    return em.createQuery("SELECT p FROM SavingsProduct p ORDER BY p.id", SavingsProduct.class).getResultList();
  }

  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public SavingsProduct product(long id) {
    SavingsProduct product = em.find(SavingsProduct.class, id);
    if (product == null) {
      throw new NotFound("savingsProduct", id);
    }
    return product;
  }
}
