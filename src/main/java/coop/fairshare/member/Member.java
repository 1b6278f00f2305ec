package coop.fairshare.member;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A home-based worker who belongs to one producer group. Her national ID is deliberately not kept:
 * the member number is how the network knows her.
 */
@Entity
@Table(name = "member")
public class Member {

  private static final Pattern MEMBER_NUMBER = Pattern.compile("[A-Z]{1,3}-[0-9]{4,6}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "member_number", nullable = false, updatable = false)
  private String memberNumber;

  @Column(name = "full_name_th", nullable = false)
  private String fullNameTh;

  @Column(name = "full_name_en")
  private String fullNameEn;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id", nullable = false)
  private ProducerGroup group;

  @Column(name = "occupation", nullable = false)
  private String occupation;

  @Enumerated(EnumType.STRING)
  @Column(name = "gender", nullable = false)
  private Gender gender;

  @Column(name = "joined_on", nullable = false)
  private LocalDate joinedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MemberStatus status;

  @Version
  @Column(name = "version")
  private long version;

  protected Member() {}

  public Member(String memberNumber, String fullNameTh, String fullNameEn, ProducerGroup group, String occupation, Gender gender, LocalDate joinedOn) {
    if (memberNumber == null || !MEMBER_NUMBER.matcher(memberNumber).matches()) {
      throw new BadInput("member.number.invalid").on("memberNo");
    }
    this.memberNumber = memberNumber;
    this.fullNameTh = Bilingual.require(fullNameTh, 200, "fullNameTh");
    this.fullNameEn = fullNameEn == null || fullNameEn.isBlank() ? null : Bilingual.require(fullNameEn, 200, "fullNameEn");
    this.group = Objects.requireNonNull(group, "group");
    this.occupation = Bilingual.require(occupation, 120, "occupation");
    this.gender = Objects.requireNonNull(gender, "gender");
    this.joinedOn = Objects.requireNonNull(joinedOn, "joined on");
    if (joinedOn.isAfter(CoopTime.today().plusDays(1))) {
      throw new BadInput("member.joined.future").on("joinedOn");
    }
    this.status = MemberStatus.ACTIVE;
  }

  public void resign() {
    if (status != MemberStatus.ACTIVE && status != MemberStatus.INACTIVE) {
      throw new BusinessRuleViolation("member.resign.notCurrent");
    }
    status = MemberStatus.RESIGNED;
  }

  public boolean isActive() {
    return status == MemberStatus.ACTIVE;
  }

  public boolean belongsTo(ProducerGroup other) {
    return group == other || group.sameAs(other);
  }

  public Long id() {
    return id;
  }

  public String memberNumber() {
    return memberNumber;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, fullNameTh, fullNameEn);
  }

  public String fullNameTh() {
    return fullNameTh;
  }

  public ProducerGroup group() {
    return group;
  }

  public String occupation() {
    return occupation;
  }

  public Gender gender() {
    return gender;
  }

  public LocalDate joinedOn() {
    return joinedOn;
  }

  public MemberStatus status() {
    return status;
  }
}
