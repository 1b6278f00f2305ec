/** The shared MariaDB: data source, Flyway migrations at start-up, JPA converters. */
package coop.fairshare.shared.persistence;
