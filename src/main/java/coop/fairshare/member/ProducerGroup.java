package coop.fairshare.member;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A producer group (กลุ่มผู้ผลิต): home-based workers of one place and craft who make and sell
 * together, belonging to one regional network.
 */
@Entity
@Table(name = "producer_group")
public class ProducerGroup {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "name_th", nullable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Column(name = "province", nullable = false)
  private String province;

  @Column(name = "story_th", nullable = false)
  private String storyTh;

  @Column(name = "story_en", nullable = false)
  private String storyEn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "leader_member_id")
  private Member leader;

  @Column(name = "founded_year")
  private Integer foundedYear;

  @Version
  @Column(name = "version")
  private long version;

  protected ProducerGroup() {}

  public ProducerGroup(String code, String nameTh, String nameEn, Region region, String province, String storyTh, String storyEn, Integer foundedYear) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new BadInput("group.code.invalid").on("code");
    }
    if (foundedYear != null && (foundedYear < 1900 || foundedYear > 2200)) {
      throw new BadInput("group.founded.range").on("foundedYear");
    }
    this.code = code;
    this.nameTh = Bilingual.require(nameTh, 200, "nameTh");
    this.nameEn = Bilingual.require(nameEn, 200, "nameEn");
    this.region = Objects.requireNonNull(region, "region");
    this.province = Bilingual.require(province, 100, "province");
    this.storyTh = Bilingual.require(storyTh, 10_000, "storyTh");
    this.storyEn = Bilingual.require(storyEn, 10_000, "storyEn");
    this.foundedYear = foundedYear;
  }

  /** The leader must be an active member of this very group. */
  public void appointLeader(Member member) {
    if (!member.belongsTo(this)) {
      throw new BusinessRuleViolation("group.leader.notMember");
    }
    if (!member.isActive()) {
      throw new BusinessRuleViolation("group.leader.notActive");
    }
    this.leader = member;
  }

  public boolean sameAs(ProducerGroup other) {
    return other != null && id != null && id.equals(other.id);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }

  public String story(Locale locale) {
    return Bilingual.pick(locale, storyTh, storyEn);
  }

  public String nameTh() {
    return nameTh;
  }

  public String nameEn() {
    return nameEn;
  }

  public Region region() {
    return region;
  }

  public String province() {
    return province;
  }

  public Optional<Member> leader() {
    return Optional.ofNullable(leader);
  }

  public Optional<Integer> foundedYear() {
    return Optional.ofNullable(foundedYear);
  }
}
