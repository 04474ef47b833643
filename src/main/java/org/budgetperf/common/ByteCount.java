package org.budgetperf.common;

/** A size in exact bytes, so that a body one byte over a limit never reads as the same figure as the limit. */
public final class ByteCount {

    private ByteCount() {
    }

    /** "20,971,521 字节". */
    public static String format(long bytes) {
        return String.format("%,d 字节", bytes);
    }

    /** "20,971,520 字节（20.0 MB）", for limits. */
    public static String withMegabytes(long bytes) {
        return format(bytes) + String.format("（%.1f MB）", bytes / 1024.0 / 1024.0);
    }
}
