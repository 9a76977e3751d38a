package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The one thread that writes to the store. Article graphs queue up while the NLP stage works on
 * the next article; the writer takes whatever has queued and commits it as one transaction
 * (group commit), which keeps TDB2's append-only files from growing per article.
 */
public final class StoreWriter implements AutoCloseable {
    private record Job(Node graph, Graph content) {}

    private static final Job END = new Job(null, null);
    private static final int MAX_BATCH = 64;

    private final KnowledgeStore store;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>(256);
    private final Thread thread;
    private volatile RuntimeException failure;
    private volatile int written;

    public StoreWriter(KnowledgeStore store) {
        this.store = store;
        this.thread = new Thread(this::run, "newsgraph-store-writer");
        this.thread.start();
    }

    /** Queues a graph replacement; blocks when the writer is far behind. */
    public void submit(Node graph, Graph content) {
        rethrow();
        try {
            queue.put(new Job(graph, content));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing a write", e);
        }
    }

    private void run() {
        try {
            while (true) {
                Job first = queue.take();
                if (first == END) return;
                List<Job> batch = new ArrayList<>();
                batch.add(first);
                Job next;
                boolean end = false;
                while (batch.size() < MAX_BATCH && (next = queue.poll(0, TimeUnit.MILLISECONDS)) != null) {
                    if (next == END) { end = true; break; }
                    batch.add(next);
                }
                Map<Node, Graph> graphs = new LinkedHashMap<>();
                for (Job j : batch) graphs.put(j.graph, j.content);
                store.replaceGraphs(graphs);
                written += graphs.size();
                if (end) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            queue.clear();
        }
    }

    private void rethrow() {
        if (failure != null) throw new IllegalStateException("writing to the store failed: " + failure.getMessage(), failure);
    }

    /** Graphs committed so far. */
    public int written() { return written; }

    /** Waits until everything queued is committed. */
    @Override
    public void close() {
        try {
            if (thread.isAlive()) queue.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }
}
