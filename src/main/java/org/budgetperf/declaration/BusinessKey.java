package org.budgetperf.declaration;

import org.budgetperf.common.NotFoundException;

/** A table's process instances carry its code and budget year as business key: {@code <code>-<year>}. */
record BusinessKey(String code, int budgetYear) {

    static BusinessKey parse(String key) {
        int dash = key == null ? -1 : key.lastIndexOf('-');
        try {
            return new BusinessKey(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1)));
        } catch (RuntimeException e) {
            throw new NotFoundException("业务键不是“编码-年度”：" + key);
        }
    }

    @Override
    public String toString() {
        return code + "-" + budgetYear;
    }
}
