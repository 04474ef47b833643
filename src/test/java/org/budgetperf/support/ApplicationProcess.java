package org.budgetperf.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.budgetperf.BudgetPerformanceApplication;

/**
 * The application as a separate JVM, started from the test classpath on a free port in a working directory of
 * its own (so that the default {@code ./data} H2 database lands there), its output in {@code app-N.log}.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    /** The exit status Java reports for a process ended by signal 9 (128 + SIGKILL). */
    public static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final Path log;
    private final String baseUrl;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /**
     * The JVM options of a node unless the caller gives its own: a small heap, quick start (C1 only) and one GC
     * thread, for tests that start and stop the application a few times.
     */
    public static final List<String> TEST_JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Starts the application with these arguments and returns once {@code /actuator/health} answers UP. */
    public static ApplicationProcess start(Path workDir, List<String> arguments) {
        return start(workDir, TEST_JVM, arguments);
    }

    /** The same with JVM options of the caller's (heap, JIT, flight recording) instead of {@link #TEST_JVM}. */
    public static ApplicationProcess start(Path workDir, List<String> jvmOptions, List<String> arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", classpath(),
                BudgetPerformanceApplication.class.getName(), "--server.port=" + port));
        command.addAll(arguments);
        try {
            Path log = Files.createTempFile(workDir, "app-", ".log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ApplicationProcess application = new ApplicationProcess(process, log, port);
            try {
                application.awaitHealthy();
            } catch (RuntimeException | Error e) {
                application.close();
                throw e;
            }
            return application;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public long pid() {
        return process.pid();
    }

    /** Sends SIGKILL ({@link Process#destroyForcibly()} on Linux) and returns the exit status once it is gone. */
    public int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** Sends SIGTERM and waits for the application's orderly shutdown (a flight recording is written then). */
    public int stop() {
        process.destroy();
        return awaitExit();
    }

    /** The last lines of the application's output, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream()
                    .collect(Collectors.joining("\n", "--- " + log + " (last lines) ---\n", ""));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The lines the application logged at level ERROR (a failed job, a 500), for tests that expect none. */
    public List<String> errorLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(" ERROR "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue()
                        + " during start\n" + logTail());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the application did not become healthy within " + START_TIMEOUT
                + "\n" + logTail());
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the application (pid " + process.pid() + ") is still alive after "
                        + EXIT_TIMEOUT);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Surefire passes the whole test classpath in this property; its own java.class.path is a manifest jar. */
    private static String classpath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
