/**
 * The network's people: the five regional networks, producer groups and their members. Other areas
 * read groups and members through {@link coop.fairshare.member.GroupDirectory}.
 */
package coop.fairshare.member;
