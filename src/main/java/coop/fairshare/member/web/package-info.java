/** Faces backing beans of the group directory and the treasurer's overview (a group's own page, with its products, is the catalog's). */
package coop.fairshare.member.web;
