/**
 * Logins: accounts with one role each, the database identity store, form and HTTP Basic sign-in,
 * shopper self-registration and the lock after repeated wrong passwords.
 */
package coop.fairshare.account;
