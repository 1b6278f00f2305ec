/** JAX-RS resources of the group directory. */
package coop.fairshare.member.rest;
