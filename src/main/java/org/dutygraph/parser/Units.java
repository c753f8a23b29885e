package org.dutygraph.parser;

import org.dutygraph.model.Level;
import org.dutygraph.genre.UnitNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bodies one task-division document names in its role statements, each once: two forms of one name
 * (市人力资源和社会保障局 / 市人社局, 区交通与建设局 / 区交通建设局, 人民银行平潭支行 / 区人民银行平潭支行) are one body,
 * named by its fullest form. Levels are relative to the issuing government: a body at the document's own tier,
 * or written without a level, is OWN.
 */
final class Units {

    private static final class Unit {
        final String key;
        String name;
        final Set<String> forms = new LinkedHashSet<>();
        final boolean organisation;
        final UnitNames.Tier tier;

        Unit(String key, String name, boolean organisation, UnitNames.Tier tier) {
            this.key = key;
            this.name = name;
            this.organisation = organisation;
            this.tier = tier;
        }
    }

    private final Map<String, Unit> byKey = new LinkedHashMap<>();
    private final Map<String, Unit> byForm = new LinkedHashMap<>();
    private UnitNames.Tier documentTier;

    Units(UnitNames.Tier documentTier) {
        this.documentTier = documentTier;
    }

    /** The canonical name of the body {@code name} names, registering it on first sight. */
    String register(String name, boolean organisation) {
        Unit known = byForm.get(name);
        if (known != null) {
            return known.name;
        }
        String key = key(name, organisation);
        Unit unit = byKey.get(key);
        if (unit == null) {
            unit = new Unit(key, name, organisation, UnitNames.tier(name));
            byKey.put(key, unit);
        } else if (unit.organisation ? UnitNames.prefix(unit.name) != null && UnitNames.prefix(name) == null
                : name.length() > unit.name.length()) {
            // the fullest form names a department (市人力资源和社会保障局, not 市人社局); an organisation keeps its own
            // name without a prefix a list lent it (人民银行平潭支行, not 区人民银行平潭支行)
            unit.forms.add(unit.name);
            unit.name = name;
        } else {
            unit.forms.add(name);
        }
        byForm.put(name, unit);
        return unit.name;
    }

    /** Records another written form (an alias in brackets: 省编办（省审改办）). */
    void alias(String canonical, String form) {
        Unit unit = byForm.get(canonical);
        if (unit != null && !form.equals(unit.name)) {
            unit.forms.add(form);
            byForm.putIfAbsent(form, unit);
        }
    }

    /** The current canonical name of a registered form (a longer form seen later may have renamed it). */
    String canonical(String form) {
        Unit unit = byForm.get(form);
        return unit == null ? form : unit.name;
    }

    /** The one registered body whose name covers the line of work {@code function} (环保 → 区环境与国土资源局), if one. */
    Optional<String> byFunction(String function) {
        Set<String> wanted = DepartmentDirectory.workOf(function);
        String core = DepartmentDirectory.normalizeStems(function);
        List<Unit> matches = new ArrayList<>();
        for (Unit unit : byKey.values()) {
            if (unit.organisation) {
                continue;
            }
            boolean sameWork = !wanted.isEmpty() && DepartmentDirectory.workOf(unit.name).containsAll(wanted);
            boolean written = core.length() >= 2 && unit.key.contains(core);
            if (sameWork || written) {
                matches.add(unit);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.getFirst().name) : Optional.empty();
    }

    /** Sets the document's own tier when the metadata did not say it: the tier most of its bodies state. */
    void settleTier() {
        if (documentTier != UnitNames.Tier.UNSTATED) {
            return;
        }
        Map<UnitNames.Tier, Integer> counts = new LinkedHashMap<>();
        byKey.values().forEach(u -> counts.merge(u.tier, 1, Integer::sum));
        counts.remove(UnitNames.Tier.UNSTATED);
        documentTier = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UnitNames.Tier.UNSTATED);
    }

    List<ParsedDepartment> departments() {
        List<ParsedDepartment> all = new ArrayList<>();
        for (Unit unit : byKey.values()) {
            Level level = level(unit.tier);
            List<String> aliases = unit.forms.stream().filter(f -> !f.equals(unit.name)).toList();
            all.add(new ParsedDepartment(unit.name, aliases, level != Level.OWN, level, unit.organisation));
        }
        return all;
    }

    private Level level(UnitNames.Tier tier) {
        if (tier == UnitNames.Tier.UNSTATED || tier == documentTier) {
            return Level.OWN;
        }
        return switch (tier) {
            case NATIONAL -> Level.NATIONAL;
            case PROVINCE -> Level.PROVINCE;
            case CITY -> Level.CITY;
            default -> Level.DISTRICT;
        };
    }

    /** Two forms of one name share a key: level prefix kept for departments, dropped for organisations. */
    private static String key(String name, boolean organisation) {
        String prefix = UnitNames.prefix(name);
        String core = prefix == null ? name : name.substring(prefix.length());
        core = DepartmentDirectory.normalizeStems(core);
        return organisation ? core : (prefix == null ? "" : prefix.substring(0, 1)) + "|" + core;
    }
}
