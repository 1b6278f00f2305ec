/** JAX-RS resources of the group directory and the member register. */
package coop.fairshare.member.rest;
