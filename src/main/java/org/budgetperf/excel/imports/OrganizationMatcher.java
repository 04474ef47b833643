package org.budgetperf.excel.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetperf.organization.Organization;
import org.budgetperf.organization.OrganizationService;
import org.budgetperf.organization.OrganizationType;

/**
 * Finds the registered organization a workbook means: “571203天津市红十字事务中心” by its code, “福建省红十字会(本级)”
 * by its name, or through the mapping the importing user gives for names not registered yet. One matcher serves
 * one import and remembers what it looked up: a workbook names the same few organizations in every table.
 */
final class OrganizationMatcher {

    private static final Pattern CODE_THEN_NAME = Pattern.compile("(\\d{6,})\\s*(\\S.*)");
    private static final Pattern OWN_LEVEL = Pattern.compile("[(（]本级[)）]$");

    private final OrganizationService organizations;
    private final Map<String, String> mapping;
    private final Map<String, Optional<Organization>> lookedUp = new HashMap<>();

    OrganizationMatcher(OrganizationService organizations, Map<String, String> mapping) {
        this.organizations = organizations;
        this.mapping = mapping;
    }

    OrganizationRef match(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String text = written.strip();
        Matcher coded = CODE_THEN_NAME.matcher(text);
        String name = coded.matches() ? coded.group(2).strip() : text;
        String plainName = OWN_LEVEL.matcher(name).replaceFirst("");
        Optional<Organization> found = Stream.of(text, name, plainName)
                .map(mapping::get)
                .filter(code -> code != null && !code.isBlank())
                .findFirst()
                .flatMap(this::find);
        if (found.isEmpty() && coded.matches()) {
            found = find(coded.group(1));
        }
        if (found.isEmpty()) {
            found = find(text).or(() -> find(plainName));
        }
        return found.map(org -> new OrganizationRef(text, org.getCode(), org.getName(), true))
                .orElseGet(() -> OrganizationRef.unknown(text));
    }

    /** The supervising department of a unit: its parent, or the unit itself when it is a department (本级). */
    OrganizationRef departmentOf(OrganizationRef unit) {
        if (unit == null || !unit.known()) {
            return null;
        }
        Organization organization = find(unit.code()).orElseThrow();
        Organization department = organization.getParent() != null && organization.getType() == OrganizationType.UNIT
                ? organization.getParent() : organization;
        return new OrganizationRef(unit.asWritten(), department.getCode(), department.getName(), true);
    }

    private Optional<Organization> find(String codeOrName) {
        return lookedUp.computeIfAbsent(codeOrName, organizations::findByCodeOrName);
    }
}
