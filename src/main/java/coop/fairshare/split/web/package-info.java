/** Faces backing beans of the split rule editor, with its live preview of an unsaved draft. */
package coop.fairshare.split.web;
