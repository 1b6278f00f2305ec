package coop.fairshare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import coop.fairshare.shared.CoopTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lines the style guide draws between areas (which area may use which, no cycles), one clock,
 * and the rule that money is never floating point. Tables are held apart by {@link AreaTablesTest}.
 */
@AnalyzeClasses(packages = "coop.fairshare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final Set<String> FLOATING_POINT =
      Set.of(double.class.getName(), float.class.getName(), Double.class.getName(), Float.class.getName());

  /** Every entry point runs its use case once more after a deadlock (LockOrder), so none is forgotten. */
  @ArchTest
  static final ArchRule everyEntryPointRetriesADeadlock =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
          .that(new DescribedPredicate<JavaClass>("are REST resources or pages' backing beans") {
            @Override
            public boolean test(JavaClass type) {
              boolean page = type.isAnnotatedWith(jakarta.inject.Named.class) && (type.getSimpleName().endsWith("Page") || type.getSimpleName().endsWith("Form"));
              return page || type.isAnnotatedWith(jakarta.ws.rs.Path.class);
            }
          })
          .should().beAnnotatedWith(coop.fairshare.shared.persistence.RetriedOnDeadlock.class);

  @ArchTest
  static final ArchRule noFieldIsFloatingPoint =
      fields().should(new ArchCondition<JavaField>("not be of a floating-point type") {
        @Override
        public void check(JavaField field, ConditionEvents events) {
          if (isFloatingPoint(field.getType())) {
            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is " + field.getType().getName()));
          }
        }
      });

  @ArchTest
  static final ArchRule noParameterOrReturnIsFloatingPoint =
      codeUnits().should(new ArchCondition<JavaCodeUnit>("neither take nor return a floating-point type") {
        @Override
        public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
          List<JavaType> types = Stream.concat(codeUnit.getParameterTypes().stream(), Stream.of(codeUnit.getReturnType())).collect(Collectors.toList());
          for (JavaType type : types) {
            if (isFloatingPoint(type)) {
              events.add(SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " uses " + type.getName()));
            }
          }
        }
      });

  /** The business areas: each top-level package but shared (and the launcher, which is test code). */
  static final List<String> AREAS = List.of("account", "catalog", "ledger", "mail", "member", "order", "payment", "savings", "split", "welfare");

  /**
   * Which areas each area may use (its pages and API included): order → split → ledger; the split
   * and the shop read the catalog; member is used by all, account (who is signed in) by those that
   * need it; shared by everyone. Nothing not written here is allowed.
   */
  static final Map<String, Set<String>> MAY_USE = Map.of(
      "member", Set.of(),
      "account", Set.of("member"),
      "ledger", Set.of(),
      "catalog", Set.of("member", "account"),
      "split", Set.of("catalog", "ledger", "member", "account"),
      // an order is paid through the payment area, which knows nothing of orders (it tells them by CDI events)
      "order", Set.of("split", "catalog", "ledger", "member", "account", "payment", "mail"),
      // the outbox sends what other areas composed; it knows none of them
      "mail", Set.of(),
      // payments post to the ledger
      "payment", Set.of("ledger", "member", "account"),
      // savings post to the ledger and know their members
      "savings", Set.of("ledger", "member", "account"),
      // the welfare fund posts to the ledger, knows its members, and takes donations through the payments
      "welfare", Set.of("ledger", "member", "account", "payment"));

  @ArchTest
  static final ArchRule sharedCodeKnowsNoBusinessArea = onlyUses("shared", Set.of());

  @ArchTest
  static final ArchRule memberUsesNoOtherArea = onlyUses("member", MAY_USE.get("member"));

  @ArchTest
  static final ArchRule accountUsesOnlyMember = onlyUses("account", MAY_USE.get("account"));

  @ArchTest
  static final ArchRule ledgerUsesNoOtherArea = onlyUses("ledger", MAY_USE.get("ledger"));

  @ArchTest
  static final ArchRule catalogKnowsNeitherOrdersNorSplitNorLedger = onlyUses("catalog", MAY_USE.get("catalog"));

  @ArchTest
  static final ArchRule splitKnowsNoOrders = onlyUses("split", MAY_USE.get("split"));

  @ArchTest
  static final ArchRule orderMayUseTheOthers = onlyUses("order", MAY_USE.get("order"));

  @ArchTest
  static final ArchRule mailUsesNoOtherArea = onlyUses("mail", MAY_USE.get("mail"));

  @ArchTest
  static final ArchRule paymentUsesOnlyTheLedger = onlyUses("payment", MAY_USE.get("payment"));

  @ArchTest
  static final ArchRule savingsUsesOnlyTheLedgerAndMembers = onlyUses("savings", MAY_USE.get("savings"));

  @ArchTest
  static final ArchRule welfareUsesOnlyTheLedgerMembersAndPayments = onlyUses("welfare", MAY_USE.get("welfare"));

  @ArchTest
  static final ArchRule areasAreFreeOfCycles = slices().matching("coop.fairshare.(*)..").should().beFreeOfCycles();

  /** Every "today" is Bangkok's (CoopTime): never the JVM's own zone, which differs between servers. */
  @ArchTest
  static final ArchRule noClockInTheJvmsZone =
      noClasses().that().doNotHaveFullyQualifiedName(CoopTime.class.getName())
          .should().callMethod(LocalDate.class, "now")
          .orShould().callMethod(LocalDateTime.class, "now")
          .orShould().callMethod(LocalTime.class, "now")
          .orShould().callMethod(ZonedDateTime.class, "now")
          .orShould().callMethod(OffsetDateTime.class, "now")
          .orShould().callMethod(YearMonth.class, "now")
          .orShould().callMethod(ZoneId.class, "systemDefault")
          .orShould().callMethod(Clock.class, "systemDefaultZone")
          .orShould().callMethod(TimeZone.class, "getDefault")
          .because("the cooperative's dates are Bangkok dates: use coop.fairshare.shared.CoopTime");

  static ArchRule onlyUses(String area, Set<String> allowed) {
    String[] forbidden = AREAS.stream().filter(other -> !other.equals(area) && !allowed.contains(other)).map(other -> "coop.fairshare." + other + "..").toArray(String[]::new);
    return noClasses().that().resideInAPackage("coop.fairshare." + area + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .because(area + " may use only " + (allowed.isEmpty() ? "shared" : String.join(", ", allowed) + " and shared"));
  }

  @ArchTest
  static final ArchRule nothingDependsOnTheDemoLauncher =
      noClasses().should().dependOnClassesThat().resideInAPackage("coop.fairshare.launcher..");

  /** Looks inside generics and arrays too: a {@code List<Double>} or {@code double[]} is floating point as well. */
  private static boolean isFloatingPoint(JavaType type) {
    return type.getAllInvolvedRawTypes().stream().map(ArchitectureTest::baseComponent).anyMatch(FLOATING_POINT_CLASS);
  }

  private static JavaClass baseComponent(JavaClass type) {
    return type.isArray() ? type.getBaseComponentType() : type;
  }

  private static final DescribedPredicate<JavaClass> FLOATING_POINT_CLASS =
      DescribedPredicate.describe("floating point", type -> FLOATING_POINT.contains(type.getName()));
}
