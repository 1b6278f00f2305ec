/** The shop's JSON API: checkout, a shopper's and a guest's orders, a group's parcels, the treasurer's payments. */
package coop.fairshare.order.rest;
