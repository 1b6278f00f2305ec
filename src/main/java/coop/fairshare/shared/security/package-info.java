/** Roles and password hashing shared by every area. */
package coop.fairshare.shared.security;
