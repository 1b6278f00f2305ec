/**
 * The welfare fund (กองทุนสวัสดิการ): schemes and their versions, members' contributions, claims
 * judged by the version in force on their event date and approved by two people, payouts that never
 * take the fund below zero. Every baht in and out is a posting in the ledger; this area asks the
 * ledger, the member register and the payments, never the other way round.
 */
package coop.fairshare.welfare;
