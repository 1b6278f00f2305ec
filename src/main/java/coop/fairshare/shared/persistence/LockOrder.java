package coop.fairshare.shared.persistence;

/**
 * The one order in which every path takes its row locks. Two transactions that lock rows in the
 * same global order can wait for each other but never in a circle, so MariaDB never has to pick a
 * deadlock victim. Every service that locks rows follows it and says so where it locks.
 *
 * <ol>
 *   <li><b>stripe_event</b>: Stripe's webhook inserts the event's row first (a new row under its
 *       id, {@code INSERT IGNORE}); a second delivery of the same event waits there holding nothing
 *       else, so the wait has no circle;
 *   <li><b>shop_order</b>, one order per transaction (then its fulfilments), always by primary key:
 *       a locking read through the order-number index would also lock the gap in which a checkout
 *       (holding its variants, step 2) inserts an order whose number it took a moment earlier.
 *       Then, still under the order's lock: its <b>order_line</b> rows (a refund reads their
 *       refunded counts with a locking read), its <b>stripe_payment</b> rows (only ever written
 *       by a holder of the order's lock: the order page making an intent, the webhook after the
 *       order's observer ran), its <b>payment_slip</b> rows (a treasurer's decision locks the slip
 *       after its order), and the rows its refund inserts (<b>stripe_refund</b>,
 *       <b>order_refund</b>); a Stripe payout locks no order and inserts <b>stripe_payout</b>
 *       before it posts;
 *   <li><b>product_variant</b> rows, by ascending id: checkout holds, payment sells, cancellation
 *       releases and a refund returns units in variant order, and a producer's edit of a product
 *       locks all its variants before the product row;
 *   <li><b>product</b> rows: the stock paths touch them only in share mode (the foreign-key checks
 *       of order lines, splits and stock movements, and the "is it on sale" join), never for update;
 *       only a producer's edit or photo change locks a product for update, after its variants;
 *       then, under the product's lock, its <b>product_search_gram</b> rows, written only when its
 *       search text changes (never read with a lock);
 *   <li><b>sale_split</b> rows, in order-line order (each belongs to one order line);
 *   <li><b>member_number_counter</b>'s one row: a registration or a spreadsheet import takes its
 *       member numbers under it (then inserts the members, then their <b>member_search_gram</b>
 *       rows; an edit of her names writes hers after her row) and locks nothing else; a member's
 *       leaving or death asks the holders of her money ({@code MemberHoldings}) before it changes
 *       her row, by version, not by lock;
 *   <li><b>payout_desk</b>'s one row (a payout proposal, so two proposals take turns), then
 *       <b>payout_run</b> rows, one run per transaction, by primary key (approving, cancelling or
 *       paying it, as the transaction's first statement), a proposal inserting its run's row and then
 *       its <b>payout_line</b> rows; a payout locks no order, variant or split;
 *   <li><b>savings_withdrawal_proposal</b>, one per transaction by primary key (a second treasurer
 *       deciding it), then <b>savings_account</b>, one per transaction by primary key: every
 *       deposit, withdrawal, approval, freeze and closing locks them as its first statements and
 *       reads nothing before, so the balance it reads next (its snapshot starts with its first
 *       plain read) holds every withdrawal committed before; a savings path locks no order,
 *       variant, split or payout. An interest run's step locks its <b>savings_interest_run</b> row
 *       (by primary key) and no account row: it only reads them, then posts;
 *       a savings count's step locks its <b>savings_count_run</b> row (by primary key), only reads
 *       the accounts and their balances (plain reads), then inserts its own
 *       <b>savings_count_total</b> rows;
 *   <li><b>welfare_member</b>, one per transaction by primary key: a contribution locks the member's
 *       row in the fund as its first statement, so two payments for her take turns and the second
 *       sees the months the first paid; a <b>welfare_grant</b> is inserted first in its transaction
 *       (a new row under its unique reference, so the same reference sent twice at once waits there
 *       holding nothing else); an admin's <b>welfare_scheme_version</b> change locks only the one
 *       version it replaces or withdraws, and nothing else; a claim's submission locks the
 *       member's row too, then reads her other <b>welfare_claim</b> rows in share mode to count
 *       them against the yearly caps;
 *   <li><b>welfare_desk</b>'s one row, then one <b>welfare_claim</b> by primary key: an approval
 *       takes the desk as its first statement (the second approval pays), the payout sweep takes
 *       the desk and then pays queued claims in approval order; no welfare path that holds the desk
 *       locks a member's row, so the two steps never wait in a circle. A rejection locks only the
 *       claim;
 *   <li><b>welfare_donation</b>, one per transaction by primary key (the donor's page making a
 *       Stripe intent, the webhook's news after its stripe_event row, a slip sent or decided), then
 *       its <b>stripe_payment</b> or <b>payment_slip</b> rows, then <b>welfare_donation_counter</b>'s row for the year (a receipt number), then the
 *       ledger; a gift locks no order, variant, split or member;
 *   <li>the <b>ledger</b>: the month in share mode, the accounts in share mode (read with the month
 *       when first seen; an account the JVM knows already is share-locked by the lines' foreign
 *       key, still before any balance row), then every balance
 *       row a transaction adds to in one statement, in (account, slot) order (between known accounts
 *       that statement's subquery takes the month's share lock, after the accounts': a close locks
 *       the month for update and nothing else, so that wait has no circle; a month missing from the
 *       table, made by the migrations up to 2060, is inserted by the first posting that meets it,
 *       and a posting beside it may then deadlock once and be retried) — a transaction that
 *       posts several entries posts them as one batch ({@code Ledger.postAll}) so its balance rows
 *       are still locked in one ascending sweep. An account is looked up by a plain read before it
 *       is opened, so a sale holds no lock on the accounts' index unless it opens one, and an
 *       order's sales open the accounts they need first, in the order of their codes
 *       ({@code SaleSplits.postAll}), so two first orders of the same new groups never wait on
 *       each other's new codes in a circle. An audit run's step locks its <b>ledger_audit_run</b>
 *       row (by primary key) and no ledger row: it only reads them (plain reads, never in share
 *       mode), then inserts its own <b>ledger_audit_difference</b> rows. A month-end read
 *       ({@code MonthEnds}, one account per transaction) locks no ledger row either: it inserts
 *       the closed months' <b>account_month_total</b> rows (new, under their primary keys, in month
 *       order), then takes the account's <b>account_settled_mark</b> row, for update when it adds
 *       newly settled lines to the account's <b>account_open_month_total</b> rows (then those, in
 *       month order), else in share mode (then those in share mode); never share mode first and
 *       update after, so two readers of one account never wait on each other in a circle;
 *   <li><b>mail_outbox</b>, last: a change's mail is inserted at its end (a new row under a unique
 *       key, {@code Outbox.queue}); the senders lock one mail at a time by primary key with
 *       {@code SKIP LOCKED}, each in a short transaction of its own that locks nothing else.
 * </ol>
 *
 * <p>A deadlock that still happens (MariaDB error 1213, e.g. gap locks of concurrent inserts) rolls
 * back only that transaction; {@link coop.fairshare.shared.persistence.RetriedOnDeadlock} at the
 * entry points runs the use case once more, and a second one answers 503 "busy, try again".
 */
public final class LockOrder {

  private LockOrder() {}
}
