package coop.fairshare.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The maker-checker rule, on the plain object (no id without JPA, which these rules do not need). */
class ManualEntryProposalTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private static final Instant PROPOSED_AT = Instant.parse("2025-03-14T02:00:00Z");
  private static final Instant DECIDED_AT = Instant.parse("2025-03-14T05:00:00Z");
  private static final String PROPOSER = "malee";
  private static final String CHECKER = "somsak";

  private static List<PostingLine> correction() {
    return List.of(
        PostingLine.debit(1, Money.ofSatang(30_000)),
        PostingLine.debit(2, Money.ofSatang(20_000)),
        PostingLine.credit(3, Money.ofSatang(50_000)));
  }

  private static ManualEntryProposal proposal() {
    return new ManualEntryProposal(DAY, "Correct a mistyped cash count", correction(), PROPOSER, PROPOSED_AT);
  }

  private static void assertRefused(Runnable decision, String key) {
    assertThatThrownBy(decision::run)
        .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void aNewProposalWaitsForASecondTreasurer() {
    ManualEntryProposal proposal = proposal();
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.PROPOSED);
    assertThat(proposal.entryDate()).isEqualTo(DAY);
    assertThat(proposal.description()).isEqualTo("Correct a mistyped cash count");
    assertThat(proposal.proposedBy()).isEqualTo(PROPOSER);
    assertThat(proposal.proposedAt()).isEqualTo(PROPOSED_AT);
    assertThat(proposal.decidedBy()).isNull();
    assertThat(proposal.postedEntryId()).isNull();
    assertThat(proposal.lines()).containsExactlyElementsOf(correction());
  }

  @Test
  void theTotalIsTheSumOfTheDebits() {
    assertThat(proposal().total()).isEqualTo(Money.ofSatang(50_000));
  }

  @Test
  void theDraftsTextsAreStripped() {
    ManualEntryProposal proposal = new ManualEntryProposal(DAY, "  Fix  ", correction(), "  malee ", PROPOSED_AT);
    assertThat(proposal.description()).isEqualTo("Fix");
    assertThat(proposal.proposedBy()).isEqualTo("malee");
  }

  @Test
  void anUnbalancedDraftIsRefused() {
    List<PostingLine> unbalanced = List.of(PostingLine.debit(1, Money.ofSatang(30_000)), PostingLine.credit(3, Money.ofSatang(29_999)));
    assertThatThrownBy(() -> new ManualEntryProposal(DAY, "Off by a satang", unbalanced, PROPOSER, PROPOSED_AT)).isInstanceOf(UnbalancedEntry.class);
  }

  @Test
  void aDraftWithOneLineOrNoDescriptionOrNoProposerIsRefused() {
    assertThatThrownBy(() -> new ManualEntryProposal(DAY, "One line", List.of(PostingLine.debit(1, Money.ofSatang(1))), PROPOSER, PROPOSED_AT))
        .isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ManualEntryProposal(DAY, " ", correction(), PROPOSER, PROPOSED_AT)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ManualEntryProposal(DAY, "Fix", correction(), null, PROPOSED_AT)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ManualEntryProposal(DAY, "Fix", correction(), PROPOSER, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theProposerCannotApproveHerOwnProposal() {
    ManualEntryProposal proposal = proposal();
    assertRefused(() -> proposal.approve(PROPOSER, DECIDED_AT), "ledger.manual.sameTreasurer");
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.PROPOSED);
    assertThat(proposal.decidedBy()).isNull();
  }

  @Test
  void theProposerCannotRejectHerOwnProposal() {
    ManualEntryProposal proposal = proposal();
    assertRefused(() -> proposal.reject(PROPOSER, DECIDED_AT), "ledger.manual.sameTreasurer");
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.PROPOSED);
  }

  @Test
  void aDecisionNeedsAKnownChecker() {
    ManualEntryProposal proposal = proposal();
    assertRefused(() -> proposal.approve(null, DECIDED_AT), "ledger.manual.sameTreasurer");
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.PROPOSED);
  }

  @Test
  void anotherTreasurersApprovalGivesAManualEntryWithTheSameLines() {
    ManualEntryProposal proposal = proposal();
    JournalEntry entry = proposal.approve(CHECKER, DECIDED_AT);

    assertThat(entry.source()).isEqualTo(EntrySource.MANUAL);
    assertThat(entry.lines()).containsExactlyElementsOf(correction());
    assertThat(entry.total()).isEqualTo(Money.ofSatang(50_000));
    assertThat(entry.date()).isEqualTo(DAY);
    assertThat(entry.description()).isEqualTo("Correct a mistyped cash count");
    assertThat(entry.reversesEntryId()).isNull();
    assertThat(entry.createdBy()).isEqualTo(CHECKER);
    assertThat(entry.sourceRef()).endsWith(":" + PROPOSER);
    assertThat(entry.idempotencyKey()).startsWith("manual-proposal-");

    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.APPROVED);
    assertThat(proposal.decidedBy()).isEqualTo(CHECKER);
  }

  @Test
  void anApprovedProposalCannotBeApprovedAgain() {
    ManualEntryProposal proposal = proposal();
    proposal.approve(CHECKER, DECIDED_AT);
    assertRefused(() -> proposal.approve("another", DECIDED_AT), "ledger.manual.alreadyDecided");
    assertRefused(() -> proposal.approve(CHECKER, DECIDED_AT), "ledger.manual.alreadyDecided");
    assertThat(proposal.decidedBy()).isEqualTo(CHECKER);
  }

  @Test
  void anApprovedProposalCannotBeRejected() {
    ManualEntryProposal proposal = proposal();
    proposal.approve(CHECKER, DECIDED_AT);
    assertRefused(() -> proposal.reject("another", DECIDED_AT), "ledger.manual.alreadyDecided");
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.APPROVED);
  }

  @Test
  void evenTheProposerIsToldTheProposalIsAlreadyDecided() {
    ManualEntryProposal proposal = proposal();
    proposal.approve(CHECKER, DECIDED_AT);
    assertRefused(() -> proposal.approve(PROPOSER, DECIDED_AT), "ledger.manual.alreadyDecided");
  }

  @Test
  void anotherTreasurerMayReject() {
    ManualEntryProposal proposal = proposal();
    proposal.reject(CHECKER, DECIDED_AT);
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.REJECTED);
    assertThat(proposal.decidedBy()).isEqualTo(CHECKER);
    assertThat(proposal.postedEntryId()).isNull();
  }

  @Test
  void aRejectedProposalCannotBeApprovedOrRejectedAgain() {
    ManualEntryProposal proposal = proposal();
    proposal.reject(CHECKER, DECIDED_AT);
    assertRefused(() -> proposal.approve("another", DECIDED_AT), "ledger.manual.alreadyDecided");
    assertRefused(() -> proposal.reject("another", DECIDED_AT), "ledger.manual.alreadyDecided");
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.REJECTED);
  }

  @Test
  void recordsTheEntryItsApprovalPosted() {
    ManualEntryProposal proposal = proposal();
    proposal.approve(CHECKER, DECIDED_AT);
    proposal.recordPosting(99L);
    assertThat(proposal.postedEntryId()).isEqualTo(99L);
  }

  @Test
  void twoTreasurersWithTheLongestUsernamesCanApprove() {
    String proposer = "p".repeat(64);
    String checker = "c".repeat(64);
    ManualEntryProposal proposal = new ManualEntryProposal(DAY, "Correct a mistyped cash count", correction(), proposer, PROPOSED_AT);

    JournalEntry entry = proposal.approve(checker, DECIDED_AT);

    assertThat(entry.createdBy()).isEqualTo(checker);
    assertThat(entry.sourceRef()).endsWith(proposer);
    assertThat(entry.lines()).containsExactlyElementsOf(correction());
    assertThat(proposal.status()).isEqualTo(ManualEntryProposal.Status.APPROVED);
  }
}
