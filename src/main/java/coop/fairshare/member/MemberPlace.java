package coop.fairshare.member;

import java.io.Serializable;

/** Where a member stands in the network, for other areas' reports: her group, its region, whether she is active. */
public record MemberPlace(long memberId, long groupId, String regionCode, boolean active) implements Serializable {}
