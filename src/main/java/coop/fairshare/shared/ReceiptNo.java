package coop.fairshare.shared;


import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The number on the paper receipt or voucher a treasurer writes for money in or out: one
 * movement per receipt, so the same receipt typed twice is caught.
 */
public record ReceiptNo(String value) implements Serializable {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,39}");

  public ReceiptNo {
    if (value == null || value.isBlank()) {
      throw new BadInput("receipt.required").on("receiptNo");
    }
    value = value.strip();
    if (!SHAPE.matcher(value).matches()) {
      throw new BadInput("receipt.invalid").on("receiptNo");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
