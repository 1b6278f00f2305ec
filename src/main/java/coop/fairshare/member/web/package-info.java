/** Faces backing beans of the group directory, group pages and the treasurer's overview. */
package coop.fairshare.member.web;
