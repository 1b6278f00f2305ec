/** What every page shares: the language switch, bundle texts, money and Buddhist-era dates. */
package coop.fairshare.shared.web;
