/** Starts the demo (embedded MariaDB + Payara Micro) and the integration tests' database; never part of the WAR. */
package coop.fairshare.launcher;
