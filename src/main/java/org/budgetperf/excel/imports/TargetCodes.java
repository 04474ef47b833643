package org.budgetperf.excel.imports;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import org.budgetperf.declaration.TargetType;

/**
 * Gives tables without a code of their own the codes the demo data uses: 〈unit〉-〈year〉-01, -02 … for projects,
 * 〈department〉-〈year〉-ZT for a department's overall table; never one taken already or earlier in the same file.
 */
final class TargetCodes {

    private final BiPredicate<String, Integer> taken;
    private final Set<String> allocated = new HashSet<>();

    TargetCodes(BiPredicate<String, Integer> taken) {
        this.taken = taken;
    }

    String next(TargetType type, String organizationCode, int year) {
        if (type == TargetType.DEPARTMENT) {
            String code = organizationCode + "-" + year + "-ZT";
            reserve(code, year);
            return code;
        }
        for (int sequence = 1; ; sequence++) {
            String code = organizationCode + "-" + year + "-" + String.format("%02d", sequence);
            if (!taken.test(code, year) && reserve(code, year)) {
                return code;
            }
        }
    }

    /** Marks a code as used by this file; false when the file already used it. */
    boolean reserve(String code, int year) {
        return allocated.add(code + "@" + year);
    }
}
