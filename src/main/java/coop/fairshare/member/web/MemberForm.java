package coop.fairshare.member.web;

import coop.fairshare.member.Gender;
import coop.fairshare.member.Member;
import coop.fairshare.member.MemberEntry;
import coop.fairshare.member.Members;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.RegisterFields;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds a member to the register or edits one (?number=FS-000012), and records that she left or
 * died. It lives as long as the page, so a refused form keeps everything typed; each refusal is put
 * beside the input it names.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class MemberForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the register's refusals go: beside the input they name. */
  private static final Map<String, String> FIELDS = Map.of("nameTh", "member:nameTh", "nameEn", "member:nameEn", "groupId", "member:groupId",
      "occupation", "member:occupation", "gender", "member:gender", "birthDate", "member:birthDate", "joinedOn", "member:joinedOn", "phone", "member:phone");
  private static final Map<String, String> STATUS_FIELDS = Map.of("on", "status:on");

  @EJB
  private Members members;

  /** The group's menu, or its typed code beyond a menu's worth of groups. */
  @Inject
  private GroupMenu groupMenu;

  private String number;
  private boolean loaded;
  private String memberNumber;
  private Long memberId;
  private String status;
  private LocalDate statusSince;
  private String nameTh;
  private String nameEn;
  private String groupId;
  private String occupation;
  private String gender = Gender.FEMALE.name();
  private String birthDate;
  private String joinedOn = CoopTime.today().toString();
  private String phone;
  private String on = CoopTime.today().toString();

  /** Opens the member asked for (once per view), or a blank form for a new one. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (number != null && !number.isBlank()) {
      PageActions.call(() -> members.find(number), "member.form.notFound", number).ifPresent(this::show);
    }
  }

  private void show(Member m) {
    memberNumber = m.memberNumber();
    memberId = m.id();
    status = m.status().name();
    statusSince = m.statusSince();
    nameTh = m.fullNameTh();
    nameEn = m.fullNameEn().orElse(null);
    groupId = groupMenu.valueOf(m.group());
    occupation = m.occupation();
    gender = m.gender().name();
    birthDate = m.birthDate().map(LocalDate::toString).orElse(null);
    joinedOn = m.joinedOn().toString();
    phone = m.phone().map(p -> p.display()).orElse(null);
  }

  /** Registers her, or saves the edit; a new member's page then opens on her number. */
  public String save() {
    boolean isNew = memberNumber == null;
    Optional<Member> saved = PageActions.call(() -> {
      MemberEntry entry = new MemberEntry(nameTh, nameEn, chosenGroup(), occupation, RegisterFields.gender(gender), RegisterFields.date(birthDate, "birthDate"), phone);
      return isNew ? members.register(entry, RegisterFields.date(joinedOn, "joinedOn")) : members.edit(memberNumber, entry);
    }, fields());
    if (saved.isEmpty()) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Texts.info(null, isNew ? "member.form.registered" : "member.form.saved", saved.get().memberNumber());
    return "/member/member.xhtml?faces-redirect=true&number=" + saved.get().memberNumber();
  }

  /** She left on the day typed: refused while money is held for her. */
  public void leave() {
    changeStatus(true);
  }

  /** She died on the day typed: refused while money is held for her. */
  public void recordDeath() {
    changeStatus(false);
  }

  private void changeStatus(boolean leaving) {
    PageActions.call(() -> {
      LocalDate day = RegisterFields.date(on, "on");
      return leaving ? members.leave(memberNumber, day) : members.recordDeath(memberNumber, day);
    }, STATUS_FIELDS).ifPresent(m -> {
      show(m);
      Texts.info(null, leaving ? "member.form.left" : "member.form.died", m.memberNumber());
    });
  }

  /** The group chosen: the menu's id, or the group whose code was typed (refused beside the field when there is none). */
  private Long chosenGroup() {
    return groupMenu.chosen(groupId, "groupId").map(ProducerGroup::id).orElse(null);
  }

  /** Where the refusals go; the group's is the typed field when there is no menu. */
  private Map<String, String> fields() {
    if (!groupMenu.isTyped()) {
      return FIELDS;
    }
    Map<String, String> fields = new java.util.HashMap<>(FIELDS);
    fields.put("groupId", "member:groupCode");
    return fields;
  }

  public List<Gender> getGenders() {
    return List.of(Gender.values());
  }

  public boolean isNew() {
    return memberNumber == null;
  }

  /** Still one of the network: she can leave or die, and have a login. */
  public boolean isCurrent() {
    return "ACTIVE".equals(status) || "INACTIVE".equals(status);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberNumber() {
    return memberNumber;
  }

  public String getStatus() {
    return status;
  }

  public LocalDate getStatusSince() {
    return statusSince;
  }

  public String getNameTh() {
    return nameTh;
  }

  public void setNameTh(String nameTh) {
    this.nameTh = nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getGroupId() {
    return groupId;
  }

  public void setGroupId(String groupId) {
    this.groupId = groupId;
  }

  public String getOccupation() {
    return occupation;
  }

  public void setOccupation(String occupation) {
    this.occupation = occupation;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(String joinedOn) {
    this.joinedOn = joinedOn;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }
}
