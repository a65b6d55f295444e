package org.newsmark.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The heap while it watches: the largest occupancy right after a collection (what must stay
 * reachable, so what a heap limit must cover) and the largest occupancy sampled at all (which also
 * counts garbage not yet collected, so depends on the collector and the heap size).
 */
final class HeapWatch implements AutoCloseable {

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private volatile long peakAfterGc;
    private volatile long peakSampled;
    private volatile boolean running = true;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Thread sampler = new Thread(this::sample, "heap-sampler");

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler.setDaemon(true);
        sampler.start();
    }

    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        peakAfterGc = Math.max(peakAfterGc, used);
    }

    private void sample() {
        while (running) {
            peakSampled = Math.max(peakSampled, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakAfterGc() {
        return peakAfterGc;
    }

    long peakSampled() {
        return peakSampled;
    }

    /** Collects and returns what is left: the live heap now. */
    static long live() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * With {@code -Dbench.heapDump=DIR}, writes the live heap to {@code DIR/heap-AT.hprof} for a heap analyser;
     * with {@code -Dbench.heapDump=histogram}, prints the live heap's twenty largest classes instead.
     */
    static void dumpIfAsked(String at) {
        String where = System.getProperty("bench.heapDump", "");
        try {
            if (where.equals("histogram")) {
                ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
                String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(command, "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()});
                histogram.lines().limit(23).forEach(line -> System.out.println("    " + line));
            } else if (!where.isEmpty()) {
                Path file = Path.of(where, "heap-" + at.replace(' ', '-') + ".hprof");
                Files.deleteIfExists(file);
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws javax.management.ListenerNotFoundException {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(listener);
        }
    }
}
