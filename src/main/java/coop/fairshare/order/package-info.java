/**
 * Orders and their delivery. First pieces: a Thai delivery address that checks itself (the 77
 * provinces, postcodes, phone numbers) and the weight-based shipping fee table an admin keeps.
 */
package coop.fairshare.order;
