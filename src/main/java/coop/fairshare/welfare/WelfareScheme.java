package coop.fairshare.welfare;

import coop.fairshare.shared.BusinessRuleViolation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A scheme's versions by the day each takes effect, like split rules: a claim is judged by the
 * version in force on its event date, so a change of terms never reaches back.
 */
public record WelfareScheme(List<WelfareRules> versions) implements Serializable {

  public WelfareScheme {
    versions = versions.stream().sorted(Comparator.comparing(WelfareRules::effectiveFrom)).toList();
  }

  public WelfareRules inForceOn(LocalDate day) {
    return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day)).reduce((a, b) -> b)
        .orElseThrow(() -> new BusinessRuleViolation("welfare.scheme.notInForce", day.toString()).on("eventDate"));
  }

  public Assessment assess(MemberStanding member, ClaimFacts claim, ClaimsSoFar soFar) {
    return inForceOn(claim.eventDate()).assess(member, claim, soFar);
  }
}
