package coop.fairshare.savings;

import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A run posting one period's interest to every account of a product. Created here; its progress
 * (accounts done, interest posted, its checkpoint) is moved by {@link InterestChunk}, step by step.
 */
@Entity
@Table(name = "savings_interest_run")
public class InterestRun {

  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "product_id", nullable = false, updatable = false)
  private long productId;

  @Column(name = "period", nullable = false, updatable = false)
  private String period;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "state", nullable = false, insertable = false)
  private State state;

  @Column(name = "accounts", nullable = false)
  private int accounts;

  @Column(name = "done", nullable = false, insertable = false)
  private int done;

  @Column(name = "posted_satang", nullable = false, insertable = false)
  private Money posted;

  @Column(name = "started_by", nullable = false, updatable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false, insertable = false)
  private Instant startedAt;

  @Column(name = "finished_at", insertable = false)
  private Instant finishedAt;

  @Column(name = "failure", insertable = false)
  private String failure;

  protected InterestRun() {}

  InterestRun(long productId, String period, int accounts, String startedBy) {
    this.productId = productId;
    this.period = period;
    this.accounts = accounts;
    this.startedBy = startedBy;
  }

  public Long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public String period() {
    return period;
  }

  public State state() {
    return state;
  }

  public int accounts() {
    return accounts;
  }

  public int done() {
    return done;
  }

  public Money posted() {
    return posted;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  /** The message key of why it failed, when it did. */
  public String failure() {
    return failure;
  }

  /** Whole per cent done, for the progress bar. */
  public int percent() {
    return state == State.DONE ? 100 : accounts == 0 ? 0 : (int) Math.min(99, done * 100L / accounts);
  }
}
