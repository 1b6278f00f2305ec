/** Faces backing beans of the group directory, the treasurer's overview and member register (a group's own page, with its products, is the catalog's), and a member's own home. */
package coop.fairshare.member.web;
