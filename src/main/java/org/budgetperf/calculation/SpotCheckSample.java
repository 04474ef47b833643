package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The finance bureau's spot check (抽查) of self-evaluations: a table is in the sample when the SHA-256 of
 * {@code <code>|<budget year>} falls in the first {@code share} of the hash range (in ten-thousandths). The same
 * tables are chosen on every run and every machine, whatever else is stored, and about {@code share} of them.
 */
public final class SpotCheckSample {

    private static final int BUCKETS = 10_000;
    private final int chosenBuckets;

    /** @param share between 0 and 1: 0.2 samples about one table in five */
    public SpotCheckSample(BigDecimal share) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("抽查比例应在0至1之间：" + share.toPlainString());
        }
        this.chosenBuckets = share.multiply(BigDecimal.valueOf(BUCKETS)).intValue();
    }

    public boolean includes(String code, int budgetYear) {
        return bucket(code + "|" + budgetYear) < chosenBuckets;
    }

    private static int bucket(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(hash).getLong(), BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
