/** Value objects and errors every business area uses: {@link coop.fairshare.shared.Money}, Thai text, rule violations. */
package coop.fairshare.shared;
