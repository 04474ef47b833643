package org.budgetperf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** A process's resident set size (VmRSS in /proc, Linux), once or its peak while a load runs. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long of(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Peak watch(long pid) {
        return new Peak(pid);
    }

    /** Samples every 200 ms until closed. */
    static final class Peak implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        private Peak(long pid) {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(of(pid), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        long kilobytes() {
            return peak.get();
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }
}
