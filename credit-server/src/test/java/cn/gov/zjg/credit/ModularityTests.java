package cn.gov.zjg.credit;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** Package-by-feature boundaries: fails when a feature reaches into another feature's mapper or internals. */
class ModularityTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.zjg.credit");

    @Test
    void featureModulesRespectTheirDeclaredDependencies() {
        ApplicationModules.of(CreditApplication.class).verify();
    }

    @Test
    void mappersAreUsedOnlyInsideTheirOwnFeaturePackage() {
        classes().that().haveSimpleNameEndingWith("Mapper").and().areInterfaces()
                .should(beUsedOnlyFromTheirOwnPackage())
                .check(PRODUCTION);
    }

    @Test
    void permissionChecksSitOnHandlerMethods() {
        // Shiro does not see a class-level @RequiresPermissions on a package-private controller: it would not apply.
        noClasses().should().beAnnotatedWith(RequiresPermissions.class).check(PRODUCTION);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(PRODUCTION);
    }

    static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own feature package") {
            @Override
            public void check(JavaClass mapper, ConditionEvents events) {
                for (Dependency dependency : mapper.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!origin.getPackageName().equals(mapper.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
