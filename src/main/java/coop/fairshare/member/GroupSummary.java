package coop.fairshare.member;

/** A group with how many members it has, for the treasurer's overview. */
public record GroupSummary(ProducerGroup group, long activeMembers, long allMembers) {}
