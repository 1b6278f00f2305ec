package coop.fairshare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The lines the style guide draws between areas, and the rule that money is never floating point. */
@AnalyzeClasses(packages = "coop.fairshare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final Set<String> FLOATING_POINT =
      Set.of(double.class.getName(), float.class.getName(), Double.class.getName(), Float.class.getName());

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

  @ArchTest
  static final ArchRule sharedCodeKnowsNoBusinessArea =
      noClasses()
          .that().resideInAPackage("coop.fairshare.shared..")
          .and().resideOutsideOfPackages("coop.fairshare.shared.web..", "coop.fairshare.shared.rest..")
          .should().dependOnClassesThat().resideInAnyPackage("coop.fairshare.catalog..", "coop.fairshare.member..", "coop.fairshare.account..");

  @ArchTest
  static final ArchRule memberDomainKnowsNeitherCatalogNorAccounts =
      noClasses()
          .that().resideInAPackage("coop.fairshare.member")
          .should().dependOnClassesThat().resideInAnyPackage("coop.fairshare.catalog..", "coop.fairshare.account..");

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
