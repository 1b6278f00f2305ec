package coop.fairshare.member;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a treasurer types (or a script sends) for a member: the group by id, her gender and dates
 * already read. The register checks the rest with {@link MemberDetails}.
 */
public record MemberEntry(String nameTh, String nameEn, Long groupId, String occupation, Gender gender, LocalDate birthDate, String phone)
    implements Serializable {}
