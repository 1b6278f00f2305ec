package coop.fairshare.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelfareClaimTest {

  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

  private static WelfareClaim claim(Benefit benefit, long amountBaht) {
    ClaimFacts facts = new ClaimFacts(benefit, LocalDate.of(2026, 11, 1), benefit == Benefit.HOSPITAL ? 2 : 0, 0,
        benefit == Benefit.DISASTER ? Money.ofBaht(amountBaht) : null);
    return new WelfareClaim(7L, facts, new Assessment(true, Money.ofBaht(amountBaht), List.of()), LocalDate.of(2000, 1, 1), null, "leader", NOW);
  }

  private static String key(Throwable e) {
    return ((BusinessRuleViolation) e).messageKey();
  }

  @Test
  void twoDifferentPeopleApproveNeitherOfThemTheOneWhoSubmitted() {
    WelfareClaim c = claim(Benefit.HOSPITAL, 400);
    assertThatThrownBy(() -> c.approveFirst("leader", null, NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.approve.ownClaim"));
    c.approveFirst("somsri", null, NOW);
    assertThat(c.state()).isEqualTo(ClaimState.WAITING_SECOND);
    assertThatThrownBy(() -> c.approveSecond("somsri", NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.approve.twice"));
    assertThatThrownBy(() -> c.approveSecond("leader", NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.approve.ownClaim"));
    assertThat(c.state()).isEqualTo(ClaimState.WAITING_SECOND);
    c.approveSecond("malee", NOW);
    assertThat(c.state()).isEqualTo(ClaimState.QUEUED);
    assertThat(c.secondApprover()).contains("malee");
    assertThatThrownBy(() -> c.approveSecond("noi", NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.state.QUEUED"));
    assertThatThrownBy(() -> c.reject("noi", "late", NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.state.QUEUED"));
    c.paid(42, NOW);
    assertThat(c.state()).isEqualTo(ClaimState.PAID);
    assertThatThrownBy(() -> c.paid(43, NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.state.PAID"));
    assertThat(c.payoutEntryId()).contains(42L);
  }

  @Test
  void aRejectionNeedsAReasonAndEndsTheClaim() {
    WelfareClaim c = claim(Benefit.HOSPITAL, 400);
    assertThatThrownBy(() -> c.reject("somsri", "  ", NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.reject.reason"));
    assertThatThrownBy(() -> c.reject("somsri", "x".repeat(501), NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.reject.reasonLong"));
    assertThat(c.state()).isEqualTo(ClaimState.WAITING_FIRST);
    c.reject("somsri", " ไม่มีใบรับรองแพทย์ ", NOW);
    assertThat(c.state()).isEqualTo(ClaimState.REJECTED);
    assertThat(c.rejectionReason()).contains("ไม่มีใบรับรองแพทย์");
    assertThatThrownBy(() -> c.approveFirst("malee", null, NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.state.REJECTED"));
  }

  @Test
  void theFirstApproverSetsADisastersAmountWithinWhatTheSchemeAllows() {
    WelfareClaim c = claim(Benefit.DISASTER, 2000);
    assertThatThrownBy(() -> c.approveFirst("somsri", Money.ofBaht(2001), NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.approve.disasterAmount"));
    assertThatThrownBy(() -> c.approveFirst("somsri", Money.ZERO, NOW)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.claim.approve.disasterAmount"));
    assertThat(c.state()).isEqualTo(ClaimState.WAITING_FIRST);
    c.approveFirst("somsri", Money.ofBaht(1500), NOW);
    assertThat(c.amount()).isEqualTo(Money.ofBaht(1500));
    WelfareClaim h = claim(Benefit.HOSPITAL, 600);
    h.approveFirst("somsri", Money.ofBaht(100), NOW);
    assertThat(h.amount()).as("only a disaster's amount is the approvers' to set").isEqualTo(Money.ofBaht(600));
  }

  @Test
  void aDocumentIsWhatItsFirstBytesSayAndNoBiggerThanFiveMegabytes() {
    byte[] pdf = "%PDF-1.7 hospital note".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ClaimDocument d = ClaimDocument.of("C:\\scans\\ใบรับรอง<script>.pdf", pdf);
    assertThat(d.contentType()).isEqualTo("application/pdf");
    assertThat(d.fileName()).isEqualTo("ใบรับรอง_script_.pdf");
    assertThatThrownBy(() -> ClaimDocument.of("x.pdf", "<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .satisfies(e -> assertThat(key(e)).isEqualTo("welfare.document.type"));
    assertThatThrownBy(() -> ClaimDocument.of("x.jpg", new byte[0])).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.document.empty"));
    byte[] big = new byte[ClaimDocument.MAX_BYTES + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;
    assertThatThrownBy(() -> ClaimDocument.of("x.jpg", big)).satisfies(e -> assertThat(key(e)).isEqualTo("welfare.document.tooLarge"));
    assertThat(ClaimDocument.of(null, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}).fileName()).isEqualTo("document.png");
  }
}
