package coop.fairshare.member;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.SearchGrams;
import coop.fairshare.shared.ThaiPhone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A home-based worker who belongs to one producer group. Her national ID is deliberately not kept:
 * the member number is how the network knows her. She changes only through verbs: her details are
 * edited as a whole ({@link MemberDetails} checks them), she leaves or dies on a day, and from then
 * on her status says so and since when.
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

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "phone")
  private String phone;

  @Column(name = "joined_on", nullable = false, updatable = false)
  private LocalDate joinedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MemberStatus status;

  /** Empty in a row written without it (older code, tests' fixtures): then since she joined. */
  @Column(name = "status_since")
  private LocalDate statusSince;

  /** Her names' trigrams (SearchGrams), kept in step with them: the register's name search narrows by them (V38). */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "member_search_gram", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "gram", nullable = false, length = 3)
  private Set<String> searchGrams = new HashSet<>();

  @Version
  @Column(name = "version")
  private long version;

  protected Member() {}

  /** A member as the demo and older code knew her: no birth date or phone on record. */
  public Member(String memberNumber, String fullNameTh, String fullNameEn, ProducerGroup group, String occupation, Gender gender, LocalDate joinedOn) {
    this(memberNumber, MemberDetails.recorded(fullNameTh, fullNameEn, group, occupation, gender, null, null), joinedOn);
  }

  /** A new member of the register, with the number the app issued her and the day she joined. */
  public Member(String memberNumber, MemberDetails details, LocalDate joinedOn) {
    if (memberNumber == null || !MEMBER_NUMBER.matcher(memberNumber).matches()) {
      throw new BadInput("member.number.invalid").on("memberNo");
    }
    requireJoinable(details, joinedOn);
    this.memberNumber = memberNumber;
    this.joinedOn = joinedOn;
    apply(details);
    this.status = MemberStatus.ACTIVE;
    this.statusSince = joinedOn;
  }

  /** The rules of joining, for a new member and for each row of a spreadsheet checked before any goes in. */
  static void requireJoinable(MemberDetails details, LocalDate joinedOn) {
    Objects.requireNonNull(details, "details");
    if (joinedOn == null) {
      throw new BadInput("member.joined.required").on("joinedOn");
    }
    if (joinedOn.isAfter(CoopTime.today().plusDays(1))) {
      throw new BadInput("member.joined.future").on("joinedOn");
    }
    if (details.birthDate() != null && joinedOn.isBefore(details.birthDate())) {
      throw new BadInput("member.joined.beforeBirth").on("joinedOn");
    }
  }

  /** New names, group, occupation, gender, birth date or phone; the number and the day she joined stay. */
  public void edit(MemberDetails details) {
    Objects.requireNonNull(details, "details");
    if (details.birthDate() != null && joinedOn.isBefore(details.birthDate())) {
      throw new BadInput("member.birthDate.afterJoining").on("birthDate");
    }
    apply(details);
  }

  private void apply(MemberDetails details) {
    this.fullNameTh = details.nameTh();
    this.fullNameEn = details.nameEn();
    Set<String> grams = SearchGrams.of(searchTextOf(fullNameTh, fullNameEn));
    searchGrams.retainAll(grams);
    searchGrams.addAll(grams);
    this.group = details.group();
    this.occupation = details.occupation();
    this.gender = details.gender();
    this.birthDate = details.birthDate();
    this.phone = details.phone() == null ? null : details.phone().number();
  }
  /**
   * The text the register's name search looks in: her Thai and English names, lower case, a space
   * between (each name is stored stripped). V38 and the national data set compute the same in SQL,
   * {@code LOWER(CONCAT_WS(' ', full_name_th, full_name_en))}.
   */
  public static String searchTextOf(String nameTh, String nameEn) {
    String names = nameEn == null ? nameTh : nameTh + " " + nameEn;
    return names == null ? "" : names.toLowerCase(Locale.ROOT);
  }

  /** Her names' trigrams, as kept (a spreadsheet's import writes them itself). */
  public Set<String> searchGrams() {
    return Set.copyOf(searchGrams);
  }


  /** She leaves the network on this day (her savings are paid out first; the register asks the holders). */
  public void leave(LocalDate on) {
    end(MemberStatus.RESIGNED, on, "member.leave");
  }

  /** She died on this day. */
  public void recordDeath(LocalDate on) {
    end(MemberStatus.DECEASED, on, "member.death");
  }

  /** Kept for the older callers: she leaves today. */
  public void resign() {
    if (!isCurrent()) {
      throw new BusinessRuleViolation("member.resign.notCurrent");
    }
    leave(CoopTime.today());
  }

  private void end(MemberStatus next, LocalDate on, String key) {
    if (!isCurrent()) {
      throw new BusinessRuleViolation(key + ".notCurrent", new coop.fairshare.shared.TextKey("member.status." + status));
    }
    if (on == null) {
      throw new BadInput(key + ".dateRequired").on("on");
    }
    if (on.isAfter(CoopTime.today())) {
      throw new BadInput(key + ".future").on("on");
    }
    if (on.isBefore(joinedOn)) {
      throw new BadInput(key + ".beforeJoining").on("on");
    }
    this.status = next;
    this.statusSince = on;
  }

  /** Still one of the network: active, or inactive in the older rows. */
  public boolean isCurrent() {
    return status == MemberStatus.ACTIVE || status == MemberStatus.INACTIVE;
  }

  public boolean isActive() {
    return status == MemberStatus.ACTIVE;
  }

  public boolean belongsTo(ProducerGroup other) {
    return group == other || group.sameAs(other);
  }

  /** Her details as they stand, for a form to start from. */
  public MemberDetails details() {
    return MemberDetails.recorded(fullNameTh, fullNameEn, group, occupation, gender, birthDate, phone == null ? null : new ThaiPhone(phone));
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

  public Optional<String> fullNameEn() {
    return Optional.ofNullable(fullNameEn);
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

  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  public Optional<ThaiPhone> phone() {
    return Optional.ofNullable(phone).map(ThaiPhone::new);
  }

  public LocalDate joinedOn() {
    return joinedOn;
  }

  public MemberStatus status() {
    return status;
  }

  public LocalDate statusSince() {
    return statusSince == null ? joinedOn : statusSince;
  }
}
