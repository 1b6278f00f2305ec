/** The JSON API's application class and its RFC 9457 problem details. */
package coop.fairshare.shared.rest;
