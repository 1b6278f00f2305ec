package coop.fairshare.welfare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A member in the welfare fund, from the day she joined it; waiting periods and full years count from that day. */
@Entity
@Table(name = "welfare_member")
public class WelfareMember {

  @Id
  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "joined_on", nullable = false)
  private LocalDate joinedOn;

  @Column(name = "enrolled_by", nullable = false, updatable = false)
  private String enrolledBy;

  @Version
  @Column(name = "version")
  private long version;

  protected WelfareMember() {}

  WelfareMember(long memberId, LocalDate joinedOn, String enrolledBy) {
    this.memberId = memberId;
    this.joinedOn = joinedOn;
    this.enrolledBy = enrolledBy;
  }

  public long memberId() {
    return memberId;
  }

  public LocalDate joinedOn() {
    return joinedOn;
  }
}
