package coop.fairshare.order;

import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.PromptPayQr;
import coop.fairshare.split.SplitAllocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One order as its page shows it, read in one call ({@link Orders#view}): the order with its parcels
 * and lines, each line's split as stored at checkout, the slips sent for it, its history, and, while
 * it waits for a transfer, the cooperative's QR and bank account.
 */
public record OrderView(ShopOrder order, Map<String, SplitAllocation> splitsBySale, List<PaymentSlip> slips, List<OrderEvent> history,
    Optional<PromptPayQr> promptPayQr, String bankAccount) {

  public OrderView {
    splitsBySale = Map.copyOf(splitsBySale);
    slips = List.copyOf(slips);
    history = List.copyOf(history);
  }

  /** The split this line was stored with at checkout, if it has one. */
  public Optional<SplitAllocation> splitOf(OrderLine line) {
    return Optional.ofNullable(splitsBySale.get(line.saleRef()));
  }
}
