package coop.fairshare.order.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.order.DeliveryRules;
import coop.fairshare.order.ShippingBand;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The admin's shipping table: up to which weight a parcel costs what. Rows left blank are dropped. */
@Named
@ViewScoped
@RetriedOnDeadlock
public class ShippingTablePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int BLANK_ROWS = 2;

  /** One row as typed: grams and baht, both text until saved. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String grams;
    private String baht;

    public String getGrams() {
      return grams;
    }

    public void setGrams(String grams) {
      this.grams = grams;
    }

    public String getBaht() {
      return baht;
    }

    public void setBaht(String baht) {
      this.baht = baht;
    }
  }

  @EJB
  private DeliveryRules delivery;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows = new ArrayList<>();
      for (ShippingBand band : delivery.shippingTable().bands()) {
        Row row = new Row();
        row.grams = Integer.toString(band.maxWeightGrams());
        row.baht = band.fee().toBaht().toPlainString();
        rows.add(row);
      }
      addBlankRows();
    }
    return rows;
  }

  public void save() {
    List<ShippingBand> bands = new ArrayList<>();
    for (Row row : rows) {
      if ((row.grams == null || row.grams.isBlank()) && (row.baht == null || row.baht.isBlank())) {
        continue;
      }
      try {
        bands.add(new ShippingBand(Integer.parseInt(row.grams.strip()), Money.parseBaht(row.baht)));
      } catch (NumberFormatException | BadInput e) { // the row as typed cannot be read
        Texts.error(null, "admin.shipping.badRow", row.grams == null ? "" : row.grams, row.baht == null ? "" : row.baht);
        return;
      }
    }
    if (PageActions.attempt(() -> delivery.replaceShippingTable(bands))) {
      Texts.info(null, "admin.shipping.saved", bands.size());
      rows = null;
    }
  }

  private void addBlankRows() {
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(new Row());
    }
  }
}
